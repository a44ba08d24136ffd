/**
 * `npm run printer:virtual`: a standalone virtual printer for manual testing.
 * PORT (default 9100) and HOST (default 127.0.0.1) choose the address; PREVIEW_DIR, when set,
 * receives one SVG per job. This is a composition root, so it alone reads the environment.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PrintedLine } from './decode.ts';
import { startVirtualPrinter, type PrintedJob } from './server.ts';

const port = Number(process.env['PORT'] ?? 9100);
const host = process.env['HOST'] ?? '127.0.0.1';
const previewDir = process.env['PREVIEW_DIR'];

function describeLine(line: PrintedLine): string {
  const marks = [line.align, `${line.width}x${line.height}`, ...(line.bold ? ['bold'] : [])].join(' ');
  return `  [${marks.padEnd(15)}] ${line.text}`;
}

async function show(job: PrintedJob): Promise<void> {
  const out = [
    `--- job ${job.id}: ${job.bytes.length} bytes at ${new Date(job.receivedAt).toISOString()}`,
    ...job.decoded.blocks.map((block) => {
      if (block.kind === 'line') return describeLine(block.line);
      if (block.kind === 'qr') return `  [QR] ${block.payload}`;
      if (block.kind === 'image')
        return `  [image ${block.widthDots}x${block.heightDots}]${block.qrPayload ? ` QR ${block.qrPayload}` : ''}`;
      return `  ----- ${block.partial ? 'partial ' : ''}cut -----`;
    }),
    ...job.decoded.unknown.map((u) => `  unknown: ${u}`),
  ];
  if (previewDir !== undefined) {
    const file = path.join(previewDir, `job-${job.id}.svg`);
    await mkdir(previewDir, { recursive: true });
    await writeFile(file, job.svg);
    out.push(`  preview: ${file}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

const printer = await startVirtualPrinter({ port, host });
printer.onJob((job) => {
  show(job).catch((error: unknown) => process.stderr.write(`preview failed: ${String(error)}\n`));
});
process.stdout.write(`virtual printer listening on ${host}:${printer.port} (Ctrl+C to stop)\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void printer.close().then(() => process.exit(0));
  });
}
