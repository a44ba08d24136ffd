/**
 * A virtual ESC/POS network printer: a real TCP server (port 9100 by hand, port 0 in tests).
 * Each connection's bytes are one job, decoded and previewed when the sender closes; `DLE EOT n`
 * is answered from a settable state.
 *
 * Why a real server instead of a mock: the production TCP transport, the status probe and the
 * layout are all exercised, and tests read the ticket back from the bytes that were sent.
 */
import net from 'node:net';
import { decodeTokens, type DecodedJob } from './decode.ts';
import { READY, statusByteFor, type VirtualPrinterState } from './printer-state.ts';
import { renderPreviewSvg } from './preview.ts';
import { EscPosTokenizer, type Token } from './tokenizer.ts';

export interface PrintedJob {
  id: number;
  /** Epoch ms when the sender closed the connection. */
  receivedAt: number;
  bytes: Buffer;
  decoded: DecodedJob;
  svg: string;
}

export interface VirtualPrinter {
  /** The bound port (useful when started on port 0). */
  port: number;
  /** The most recent jobs, oldest first. */
  jobs: PrintedJob[];
  setState(partial: Partial<VirtualPrinterState>): void;
  /** Called for every recorded job; returns an unsubscribe function. */
  onJob(listener: (job: PrintedJob) => void): () => void;
  close(): Promise<void>;
}

export interface VirtualPrinterOptions {
  port?: number;
  host?: string;
  /** Injected for deterministic `receivedAt` in tests. */
  now?: () => number;
}

const KEPT_JOBS = 50;

/** Status requests alone (what the status probe sends) are not a print job. */
function isPrintable(token: Token): boolean {
  return !(token.kind === 'command' && token.name === 'DLE EOT');
}

export async function startVirtualPrinter({
  port = 0,
  host = '127.0.0.1',
  now = Date.now,
}: VirtualPrinterOptions = {}): Promise<VirtualPrinter> {
  let state: VirtualPrinterState = { ...READY };
  const jobs: PrintedJob[] = [];
  const listeners = new Set<(job: PrintedJob) => void>();
  const sockets = new Set<net.Socket>();
  let nextId = 1;

  const record = (chunks: Buffer[], tokens: Token[]): void => {
    if (!tokens.some(isPrintable)) return;
    const decoded = decodeTokens(tokens);
    const job: PrintedJob = {
      id: nextId++,
      receivedAt: now(),
      bytes: Buffer.concat(chunks),
      decoded,
      svg: renderPreviewSvg(decoded),
    };
    jobs.push(job);
    if (jobs.length > KEPT_JOBS) jobs.splice(0, jobs.length - KEPT_JOBS);
    for (const listener of listeners) listener(job);
  };

  const server = net.createServer((socket) => {
    sockets.add(socket);
    const tokenizer = new EscPosTokenizer();
    const chunks: Buffer[] = [];
    const tokens: Token[] = [];
    let recorded = false;
    const finish = (): void => {
      if (recorded) return;
      recorded = true;
      tokens.push(...tokenizer.end());
      record(chunks, tokens);
    };
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      // The tokenizer knows command boundaries, so 10 04 n inside QR or image data is not a
      // status request here (a real Epson printer may wrongly answer those; we must not).
      for (const token of tokenizer.push(chunk)) {
        tokens.push(token);
        if (token.kind !== 'command' || token.name !== 'DLE EOT') continue;
        const answer = statusByteFor(state, token.raw[2] ?? 0);
        if (answer !== undefined) socket.write(Buffer.of(answer));
      }
    });
    // Record on 'end', before our side closes: the sender's write() resolves on that close, so
    // the job is in `jobs` by the time the sender's promise settles.
    socket.on('end', finish);
    // A reset mid-job still printed what arrived.
    socket.on('close', () => {
      sockets.delete(socket);
      finish();
    });
    socket.on('error', () => undefined);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('virtual printer has no TCP address');

  return {
    port: address.port,
    jobs,
    setState(partial) {
      state = { ...state, ...partial };
    },
    onJob(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
