/**
 * Composition root: the only file that reads argv and the environment, opens files and listens.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startVirtualPrinter, type VirtualPrinter } from '#printer';
import { DEMO_DEVICE_TOKENS, DEMO_PASSWORD, DEMO_USERS } from './config/demo.ts';
import { loadConfig } from './config/load.ts';
import { createLogger } from './log.ts';
import { LowdbStore } from './store/lowdb/lowdb-store.ts';
import { createSystem } from './system.ts';

const log = createLogger(process.env.LOG_LEVEL ?? 'info');
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A secret of this installation, made on first start and kept in the data directory. */
async function secret(dataDir: string, name: string): Promise<Buffer> {
  const path = join(dataDir, name);
  try {
    return Buffer.from(await readFile(path, 'utf8'), 'base64url');
  } catch {
    const secret = randomBytes(32);
    await writeFile(path, secret.toString('base64url'), { mode: 0o600 });
    return secret;
  }
}

const loaded = await loadConfig(process.argv.slice(2), process.env);
if (!loaded.ok) {
  process.stderr.write(
    `aufruf: configuration ${loaded.source} is invalid:\n  ${loaded.problems.join('\n  ')}\n`,
  );
  process.exit(1);
}
const { config, demo } = loaded;
// The demo's tickets link to this machine, so the QR code and the status page can be tried out.
if (demo && !config.publicUrl && config.port !== 0) config.publicUrl = `http://localhost:${config.port}`;
const dataDir = resolve(config.dataDir);
await mkdir(dataDir, { recursive: true });

const usesVirtual =
  config.printer.kind === 'virtual' || config.devices.some((d) => d.printer?.kind === 'virtual');
let printer: VirtualPrinter | undefined;
if (usesVirtual) {
  printer = await startVirtualPrinter({ port: Number(process.env.AUFRUF_VIRTUAL_PRINTER_PORT ?? 0) });
  log.info({ port: printer.port }, 'virtual ticket printer listening (previews at /counter/ → Drucker)');
}

const system = await createSystem({
  config,
  store: new LowdbStore(dataDir),
  clock: Date.now,
  log,
  sessionSecret: await secret(dataDir, 'session-secret'),
  // beside the data directory, never inside it (a backup would copy its predecessors)
  backupDir: resolve(config.backupDir ?? `${dataDir}-backups`),
  staticOptions: { distDir: join(repoRoot, 'dist'), demoTokens: demo ? DEMO_DEVICE_TOKENS : undefined },
  virtualPrinterPort: () => printer?.port,
  printerJobs: () => printer?.jobs ?? [],
  seed: demo ? 'demo' : 'file',
}).catch((error: unknown) => {
  // e.g. a stored setup that no longer validates: say what is wrong, do not print a stack.
  process.stderr.write(`aufruf: cannot start: ${(error as Error).message}\n`);
  process.exit(1);
});

system.httpServer.listen(config.port, config.host, () => {
  const address = system.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = `http://localhost:${port}`;
  void system.startEmbeddedAgents(`http://127.0.0.1:${port}`);
  log.info(
    { port, dataDir, config: loaded.source },
    `aufruf is running: ${base}/kiosk/  ${base}/counter/  ${base}/display/`,
  );
  if (demo) {
    log.info(
      { users: DEMO_USERS, password: DEMO_PASSWORD },
      `demo configuration: log in at ${base}/counter/ as admin, supervisor or clerk1 … clerk6 with the password "${DEMO_PASSWORD}"`,
    );
  }
  // A parent process (tests, scripts/start.mjs) reads this line to learn the port.
  process.stdout.write(`AUFRUF_LISTENING ${port}\n`);
});

// Every request path handles its own errors; anything that still escapes is a bug to log, not a
// reason to stop serving a waiting hall (the state on disk is consistent at every moment).
process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  await system.close();
  await printer?.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
