/**
 * Owns: the memory figure — the server process's resident memory (VmRSS, Linux) started on a
 * data directory with a year of history, idle, then with 1,000 live display connections.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as ioClient, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '#protocol/version.ts';
import { spawnServer } from '../../support/server-process.ts';
import { DISPLAY } from '../../support/start-system.ts';
import { writeHistory } from './durable-engine.ts';
import { round, sleep } from './stats.ts';

export interface MemoryFigures {
  connections: number;
  serverRssMbIdle: number;
  serverRssMbWithConnections: number;
}

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return round(kb / 1024, 0);
}

export async function measureMemory(connections = 1000): Promise<MemoryFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'aufruf-bench-'));
  const server = await spawnServer(dir).catch(async (e: unknown) => {
    await rm(dir, { recursive: true, force: true });
    throw e;
  });
  try {
    // the history is written while the first process is up, then a second one starts on it
    await server.kill('SIGTERM');
    await writeHistory(dir);
    const running = await spawnServer(dir);
    try {
      await sleep(1000);
      const pid = running.child.pid!;
      const idle = await rssMb(pid);
      const sockets: Socket[] = [];
      for (let i = 0; i < connections; i += 50) {
        const batch = Array.from({ length: Math.min(50, connections - i) }, () =>
          ioClient(running.url, {
            transports: ['websocket'],
            reconnection: false,
            auth: { protocolVersion: PROTOCOL_VERSION, deviceToken: DISPLAY.deviceToken },
          }),
        );
        await Promise.all(batch.map((s) => new Promise((resolve) => s.once('office:snapshot', resolve))));
        sockets.push(...batch);
      }
      await sleep(1000);
      const busy = await rssMb(pid);
      for (const s of sockets) s.disconnect();
      return { connections, serverRssMbIdle: idle, serverRssMbWithConnections: busy };
    } finally {
      await running.kill();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
