/**
 * A reconnection storm: 500 displays and staff screens hold live connections to the real server
 * process; it is killed and started again on the same port and files, and all of them reconnect
 * at once. Each client runs the apps' own ordering code (common/web/office-sync.ts: seq, gaps,
 * snapshots). Then: every client holds the office as it was (nothing lost in the restart), and
 * every call made before and after reaches every client exactly once as news — none missed,
 * none announced twice.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as ioClient, type Socket } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import type { OfficeSnapshot } from '#protocol/snapshots.ts';
import { PROTOCOL_VERSION } from '#protocol/version.ts';
import type { Fact } from '#web/office-fold.ts';
import {
  initialSync,
  receiveFact,
  receiveSnapshot,
  resetForReconnect,
  type SyncState,
} from '#web/office-sync.ts';
import { loadConfig } from '../../server/config/load.ts';
import { loginTo, spawnServer, type ServerProcess } from '../support/server-process.ts';
import { api, DISPLAY, OFFICE } from '../support/start-system.ts';

const DISPLAYS = 400;
const STAFF = 100;

const running: ServerProcess[] = [];
const sockets: Socket[] = [];
let dataDir = '';
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  for (const s of running) await s.kill();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** One screen: the apps' sequencing (every fact, snapshots, reconnects), and what it announced. */
class Screen {
  sync: SyncState = initialSync;
  connects = 0;
  /** calls announced (fresh facts), by "number@seq" */
  announced = new Map<string, number>();
  lastSnapshot: OfficeSnapshot | undefined;

  constructor(readonly socket: Socket) {
    socket.on('connect', () => {
      this.connects++;
      if (this.sync.seq !== undefined) this.sync = resetForReconnect(this.sync);
    });
    socket.on('office:snapshot', (snapshot: OfficeSnapshot) => this.snapshot(snapshot));
    socket.onAny((event: string, payload: { seq?: unknown }) => {
      if (event === 'office:snapshot' || typeof payload?.seq !== 'number') return;
      const fact = { name: event, payload } as Fact;
      const step = receiveFact(this.sync, fact);
      this.sync = step.sync;
      for (const f of step.apply) {
        if (f.name !== 'ticket:called' || !step.fresh) continue;
        const key = `${f.payload.call.number}@${f.payload.seq}`;
        this.announced.set(key, (this.announced.get(key) ?? 0) + 1);
      }
      if (step.requestSnapshot) {
        socket.emit(
          'office:get-snapshot',
          { officeId: OFFICE },
          (r: { ok: boolean; data?: OfficeSnapshot }) => {
            if (r.ok && r.data) this.snapshot(r.data);
          },
        );
      }
    });
  }

  /** connected (again) and in step with the office */
  get live(): boolean {
    return this.sync.seq !== undefined && !this.sync.resyncing;
  }

  private snapshot(snapshot: OfficeSnapshot) {
    const step = receiveSnapshot(this.sync, snapshot.seq);
    this.sync = step.sync;
    if (step.accepted) this.lastSnapshot = snapshot;
  }
}

describe('reconnection storm', () => {
  it(`${DISPLAYS} displays and ${STAFF} staff screens come back after a restart, missing and repeating no call`, async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'aufruf-storm-'));
    // The demo setup as a file: its password hashes (and so the staff sessions) survive the restart.
    const loaded = await loadConfig([], {});
    if (!loaded.ok) throw new Error('demo config');
    const configFile = join(dataDir, 'aufruf.json');
    await writeFile(configFile, JSON.stringify(loaded.config));
    const env = { AUFRUF_CONFIG: configFile, DATA_DIR: join(dataDir, 'data') };
    const port = await freePort();
    let server = await spawnServer(join(dataDir, 'data'), port, env);
    running.push(server);
    const clerk = await loginTo(server.url, 'clerk1');
    const supervisor = await loginTo(server.url, 'supervisor');
    await api(server.url, 'POST', `/api/offices/${OFFICE}/counters/platz-3/open`, {
      cookie: clerk,
      body: {},
    });
    for (let i = 0; i < 8; i++) {
      await api(server.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
        cookie: supervisor,
        body: { serviceId: 'ausweis' },
      });
    }
    const connect = (auth: Record<string, unknown>, extraHeaders: Record<string, string> = {}) => {
      const socket = ioClient(server.url, {
        transports: ['websocket'],
        auth: { protocolVersion: PROTOCOL_VERSION, ...auth },
        extraHeaders,
        reconnectionDelay: 200,
        reconnectionDelayMax: 2000,
      });
      sockets.push(socket);
      return new Screen(socket);
    };
    const screens = [
      ...Array.from({ length: DISPLAYS }, () => connect({ deviceToken: DISPLAY.deviceToken })),
      ...Array.from({ length: STAFF }, () => connect({}, { cookie: supervisor })),
    ];
    await expect.poll(() => screens.every((s) => s.live), { timeout: 20_000 }).toBe(true);

    const call = async (url: string) => {
      const r = await api(url, 'POST', `/api/offices/${OFFICE}/counters/platz-3/call-next`, {
        cookie: clerk,
        body: {},
      });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      await api(url, 'POST', `/api/tickets/${r.body.ticket.id}/finish`, { cookie: clerk, body: {} });
      return r.body.ticket.number as string;
    };
    const before = [await call(server.url), await call(server.url), await call(server.url)];
    await expect.poll(() => screens.every((s) => s.announced.size === 3), { timeout: 20_000 }).toBe(true);
    const seqBefore = Math.max(...screens.map((s) => s.sync.seq ?? 0));

    // The restart: every connection drops at once and comes back to the new process.
    await server.kill('SIGKILL');
    server = await spawnServer(join(dataDir, 'data'), port, env);
    running.push(server);
    const storm = performance.now();
    await expect
      .poll(() => screens.every((s) => s.connects >= 2 && s.live), { timeout: 60_000, interval: 100 })
      .toBe(true);
    const seconds = (performance.now() - storm) / 1000;
    for (const s of screens) {
      expect(s.sync.seq).toBeGreaterThanOrEqual(seqBefore);
      const numbers = s.lastSnapshot!.recentCalls.map((c) => c.number);
      for (const n of before) expect(numbers).toContain(n);
    }

    const after = [await call(server.url), await call(server.url), await call(server.url)];
    await expect.poll(() => screens.every((s) => s.announced.size === 6), { timeout: 20_000 }).toBe(true);
    for (const s of screens) {
      expect([...s.announced.values()].every((n) => n === 1)).toBe(true);
      const announcedNumbers = [...s.announced.keys()].map((k) => k.split('@')[0]);
      expect(announcedNumbers).toEqual([...before, ...after]);
    }
    console.log(
      `reconnection storm: ${screens.length} screens back with a fresh snapshot in ${seconds.toFixed(1)} s`,
    );
  }, 120_000);
});
