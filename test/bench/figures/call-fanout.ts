/**
 * Owns: the call → display figure. A clerk's call-next on the real system (validation, engine,
 * fsync, publish) until each of 1,000 connected displays receives `ticket:called`, over loopback;
 * against a bare Socket.IO server that broadcasts the same payload to 1,000 clients, measured
 * the same way in the same run. Latency of one display = its receipt time − the command's start.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io as ioClient, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '#protocol/version.ts';
import { DISPLAY, KIOSK, OFFICE, startSystem } from '../../support/start-system.ts';
import { percentile, round, sleep } from './stats.ts';

export interface FanoutFigures {
  displays: number;
  calls: number;
  callToDisplayP50Ms: number;
  callToDisplayP99Ms: number;
  bareBroadcastP50Ms: number;
  bareBroadcastP99Ms: number;
  /** ours ÷ bare, at P50 and P99 (target ≤ 1.5) */
  callToDisplayRatioP50: number;
  callToDisplayRatioP99: number;
}

/**
 * Between calls, as in an office (seconds, not milliseconds, apart): the follow-ups of a call —
 * the finish, fresh wait estimates and waiting counts for every screen — are done before the next.
 */
const SETTLE_MS = 1500;

async function connectMany(url: string, count: number, auth: Record<string, unknown>): Promise<Socket[]> {
  const sockets: Socket[] = [];
  for (let i = 0; i < count; i += 50) {
    const batch = Array.from({ length: Math.min(50, count - i) }, () =>
      ioClient(url, { transports: ['websocket'], reconnection: false, auth }),
    );
    await Promise.all(
      batch.map(
        (s) =>
          new Promise<void>((resolve, reject) => {
            s.once('connect', resolve);
            s.once('connect_error', reject);
          }),
      ),
    );
    sockets.push(...batch);
  }
  return sockets;
}

/** Starts `send`, resolves with every socket's receipt latency of `event` (ms). */
function receipts(sockets: Socket[], event: string, send: () => Promise<unknown>): Promise<number[]> {
  return new Promise((resolve) => {
    const latencies: number[] = [];
    const started = performance.now();
    for (const s of sockets) {
      s.once(event, () => {
        latencies.push(performance.now() - started);
        if (latencies.length === sockets.length) resolve(latencies);
      });
    }
    void send();
  });
}

export async function measureCallFanout(displays = 1000, calls = 20): Promise<FanoutFigures> {
  // ours
  const sys = await startSystem({ now: Date.now() });
  sys.clock.now = Date.now();
  const clerk = await sys.connectAs({ cookie: await sys.login('clerk1') });
  const kiosk = await sys.connectAs(KIOSK);
  await clerk.timeout(5000).emitWithAck('counter:open', { officeId: OFFICE, counterId: 'platz-2' });
  for (let i = 0; i < calls + 2; i++) {
    await kiosk.timeout(5000).emitWithAck('ticket:draw', { officeId: OFFICE, serviceId: 'meldung' });
  }
  const screens = await connectMany(sys.url, displays, {
    protocolVersion: PROTOCOL_VERSION,
    deviceToken: DISPLAY.deviceToken,
  });
  await sleep(500); // let the connect snapshots settle
  let payload: unknown;
  screens[0]!.on('ticket:called', (fact) => (payload = fact));
  const ours: number[] = [];
  for (let i = 0; i < calls; i++) {
    let ticketId = '';
    ours.push(
      ...(await receipts(screens, 'ticket:called', async () => {
        const r = await clerk
          .timeout(5000)
          .emitWithAck('counter:call-next', { officeId: OFFICE, counterId: 'platz-2' });
        if (r.ok) ticketId = r.data.ticket.id;
      })),
    );
    await clerk.timeout(5000).emitWithAck('ticket:finish', { ticketId });
    await sleep(SETTLE_MS);
  }
  for (const s of screens) s.disconnect();
  await sys.close();

  // a bare Socket.IO broadcast of the same payload
  const http = createServer();
  const io = new Server(http, { serveClient: false });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const bareClients = await connectMany(url, displays, {});
  await sleep(500);
  const bare: number[] = [];
  for (let i = 0; i < calls; i++) {
    bare.push(
      ...(await receipts(bareClients, 'ticket:called', async () => io.emit('ticket:called', payload))),
    );
    await sleep(SETTLE_MS);
  }
  for (const s of bareClients) s.disconnect();
  await new Promise<void>((resolve) => io.close(() => resolve()));

  const p = (xs: number[], q: number) => round(percentile(xs, q));
  return {
    displays,
    calls,
    callToDisplayP50Ms: p(ours, 0.5),
    callToDisplayP99Ms: p(ours, 0.99),
    bareBroadcastP50Ms: p(bare, 0.5),
    bareBroadcastP99Ms: p(bare, 0.99),
    callToDisplayRatioP50: round(percentile(ours, 0.5) / percentile(bare, 0.5)),
    callToDisplayRatioP99: round(percentile(ours, 0.99) / percentile(bare, 0.99)),
  };
}
