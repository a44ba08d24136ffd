/**
 * startSystem(): a whole aufruf in this process — temp data dir, port 0, real lowdb files, the
 * virtual printer on its own port, a controllable clock, the demo configuration (unless given).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as ioClient, type Socket } from 'socket.io-client';
import { startVirtualPrinter, type VirtualPrinter } from '#printer';
import type { ClientToServerEvents, ServerToClientEvents } from '#protocol/events.ts';
import type { OfficeSnapshot } from '#protocol/snapshots.ts';
import { PROTOCOL_VERSION } from '#protocol/version.ts';
import { DEMO_DEVICE_TOKENS } from '../../server/config/demo.ts';
import { loadConfig } from '../../server/config/load.ts';
import type { Config } from '../../server/config/schema.ts';
import { createLogger } from '../../server/log.ts';
import { LowdbStore } from '../../server/store/lowdb/lowdb-store.ts';
import { createSystem, type System } from '../../server/system.ts';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface TestSystem {
  url: string;
  dataDir: string;
  system: System;
  printer: VirtualPrinter;
  clock: { now: number };
  /** stops the server but keeps the data directory */
  stop(): Promise<void>;
  /** stops everything and removes the data directory */
  close(): Promise<void>;
  login(username: string, password?: string): Promise<string>;
  connectAs(who: { cookie: string } | { deviceToken: string }): Promise<ClientSocket>;
}

const sockets: ClientSocket[] = [];
const firstSnapshots = new WeakMap<ClientSocket, Promise<OfficeSnapshot>>();

/** The snapshot the server sent when this socket connected. */
export function firstSnapshot(socket: ClientSocket): Promise<OfficeSnapshot> {
  const snapshot = firstSnapshots.get(socket);
  if (!snapshot) throw new Error('socket was not made by connectAs');
  return snapshot;
}

export async function startSystem(
  options: { dataDir?: string; config?: Config; now?: number; logLines?: string[] } = {},
): Promise<TestSystem> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'aufruf-test-')));
  const loaded = await loadConfig([], {});
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const config = options.config ?? loaded.config;
  const printer = await startVirtualPrinter({ port: 0 });
  const clock = { now: options.now ?? Date.UTC(2026, 10, 25, 8, 0) };
  const system = await createSystem({
    config: { ...config, port: 0 },
    store: new LowdbStore(dataDir),
    clock: () => clock.now,
    log: options.logLines
      ? createLogger('trace', { write: (line) => options.logLines?.push(line) })
      : createLogger('silent'),
    sessionSecret: Buffer.alloc(32, 7),
    staticOptions: { distDir: join(process.cwd(), 'dist'), demoTokens: DEMO_DEVICE_TOKENS },
    virtualPrinterPort: () => printer.port,
    printerJobs: () => printer.jobs,
    backupDir: `${dataDir}-backups`,
  });
  await new Promise<void>((resolve) => system.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(system.httpServer.address() as AddressInfo).port}`;
  await system.startEmbeddedAgents(url);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    for (const s of sockets.splice(0)) s.disconnect();
    await system.close();
    await printer.close();
  };

  return {
    url,
    dataDir,
    system,
    printer,
    clock,
    stop,
    async close() {
      await stop();
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
      await rm(`${dataDir}-backups`, { recursive: true, force: true });
    },
    async login(username, password = 'demo') {
      const res = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
      const cookie = res.headers.get('set-cookie')?.split(';')[0];
      if (!cookie) throw new Error('no session cookie');
      return cookie;
    },
    async connectAs(who) {
      const socket: ClientSocket = ioClient(url, {
        transports: ['websocket'],
        reconnection: false,
        auth: {
          protocolVersion: PROTOCOL_VERSION,
          ...('deviceToken' in who ? { deviceToken: who.deviceToken } : {}),
        },
        extraHeaders: 'cookie' in who ? { cookie: who.cookie } : {},
      });
      sockets.push(socket);
      // The server sends the snapshot right after the handshake; catch it before it can be missed.
      firstSnapshots.set(socket, new Promise((resolve) => socket.once('office:snapshot', resolve)));
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      return socket;
    },
  };
}

/** Resolves with the next payload of a server event (or rejects after a timeout). */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: ClientSocket,
  event: E,
  timeoutMs = 3000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    (socket.once as (e: string, l: (p: unknown) => void) => void)(event, (payload) => {
      clearTimeout(timer);
      resolve(payload as Parameters<ServerToClientEvents[E]>[0]);
    });
  });
}

export const KIOSK = { deviceToken: DEMO_DEVICE_TOKENS.kiosk };
export const KIOSK_AGENT = { deviceToken: DEMO_DEVICE_TOKENS.kioskAgent };
export const DISPLAY = { deviceToken: DEMO_DEVICE_TOKENS.display };
export const OFFICE = 'leverkusen';

export async function api(
  base: string,
  method: string,
  path: string,
  options: { body?: unknown; cookie?: string; token?: string } = {},
): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.cookie) headers.cookie = options.cookie;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/**
 * Tries a Socket.IO handshake and tells how it ended: 'connected', or the error code the server
 * refused it with (e.g. 'not_authenticated'). The socket is closed either way.
 */
export function handshakeOutcome(
  url: string,
  auth: Record<string, unknown>,
  extraHeaders: Record<string, string> = {},
): Promise<string> {
  return new Promise((resolve) => {
    const s = ioClient(url, { transports: ['websocket'], reconnection: false, auth, extraHeaders });
    s.on('connect', () => {
      s.disconnect();
      resolve('connected');
    });
    s.on('connect_error', (e: Error & { data?: { code?: string } }) => {
      s.disconnect();
      resolve(e.data?.code ?? e.message);
    });
  });
}
