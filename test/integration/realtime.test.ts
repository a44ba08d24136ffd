/**
 * Commands over Socket.IO: one client acts, another observes; snapshots for resync; a restart
 * from the same data directory keeps everything that was acknowledged.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '#protocol/version.ts';
import { io as ioClient } from 'socket.io-client';
import {
  DISPLAY,
  handshakeOutcome,
  firstSnapshot,
  KIOSK,
  nextEvent,
  OFFICE,
  startSystem,
  type TestSystem,
} from '../support/start-system.ts';

const systems: TestSystem[] = [];
async function start(options: Parameters<typeof startSystem>[0] = {}) {
  const sys = await startSystem(options);
  systems.push(sys);
  return sys;
}
afterEach(async () => {
  for (const s of systems.splice(0).reverse()) await s.close();
});

describe('Socket.IO commands', () => {
  it('a kiosk draws, a clerk calls, and every client sees facts with consecutive seq', async () => {
    const sys = await start();
    const kiosk = await sys.connectAs(KIOSK);
    const clerk = await sys.connectAs({ cookie: await sys.login('clerk2') });
    const display = await sys.connectAs(DISPLAY);
    const initial = await firstSnapshot(display);

    const seen: number[] = [];
    display.onAny((_event, fact: { seq?: number }) => fact.seq !== undefined && seen.push(fact.seq));

    const drawn = await kiosk.timeout(3000).emitWithAck('ticket:draw', {
      officeId: OFFICE,
      serviceId: 'zulassung',
      idempotencyKey: 'socket-draw-0001',
      language: 'en',
    });
    expect(drawn).toMatchObject({ ok: true, data: { ticket: { number: 'K-001' }, peopleAhead: 0 } });
    const opened = await clerk
      .timeout(3000)
      .emitWithAck('counter:open', { officeId: OFFICE, counterId: 'platz-5' });
    expect(opened).toMatchObject({ ok: true, data: { counter: { status: 'open', clerk: 'clerk2' } } });
    const called = nextEvent(display, 'ticket:called');
    const call = await clerk
      .timeout(3000)
      .emitWithAck('counter:call-next', { officeId: OFFICE, counterId: 'platz-5' });
    expect(call).toMatchObject({ ok: true, data: { ticket: { number: 'K-001', state: 'called' } } });
    expect((await called).call).toMatchObject({ number: 'K-001', counterName: 'Platz 5' });
    expect(seen).toEqual([initial.seq + 1, initial.seq + 2, initial.seq + 3]);

    const pause = await clerk.timeout(3000).emitWithAck('counter:pause', {
      officeId: OFFICE,
      counterId: 'platz-5',
      reason: 'Mittag',
    });
    expect(pause).toMatchObject({ ok: false, error: { code: 'counter_busy' } });
  });

  it('serves clients that fall back to HTTP long-polling', async () => {
    const sys = await start();
    const polling = ioClient(sys.url, {
      transports: ['polling'],
      reconnection: false,
      auth: { protocolVersion: PROTOCOL_VERSION, deviceToken: KIOSK.deviceToken },
    });
    await new Promise<void>((resolve, reject) => {
      polling.once('connect', resolve);
      polling.once('connect_error', reject);
    });
    const r = await polling
      .timeout(3000)
      .emitWithAck('ticket:draw', { officeId: OFFICE, serviceId: 'ausweis' });
    expect(r).toMatchObject({ ok: true, data: { ticket: { number: 'A-001' } } });
    polling.disconnect();
    expect((await fetch(`${sys.url}/api/health`)).status).toBe(200);
  });

  it('validates payloads and answers with the field', async () => {
    const sys = await start();
    const clerk = await sys.connectAs({ cookie: await sys.login('clerk1') });
    const bad = await clerk.timeout(3000).emitWithAck('counter:call-next', { officeId: OFFICE } as never);
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation_failed', field: 'counterId' } });
    const wrong = await clerk.timeout(3000).emitWithAck('ticket:start', { ticketId: 'short' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'validation_failed', field: 'ticketId' } });
  });

  it('refuses sockets without credentials or with another protocol version', async () => {
    const sys = await start();
    const attempt = (auth: Record<string, unknown>) => handshakeOutcome(sys.url, auth);
    expect(await attempt({ protocolVersion: PROTOCOL_VERSION })).toBe('not_authenticated');
    expect(await attempt({ protocolVersion: PROTOCOL_VERSION, deviceToken: 'wrong' })).toBe(
      'not_authenticated',
    );
    expect(await attempt({ protocolVersion: 999, deviceToken: DISPLAY.deviceToken })).toBe(
      'protocol_mismatch',
    );
  });

  it('gives a snapshot on request that matches what the facts built', async () => {
    const sys = await start();
    const kiosk = await sys.connectAs(KIOSK);
    for (const serviceId of ['ausweis', 'ausweis', 'meldung']) {
      await kiosk.timeout(3000).emitWithAck('ticket:draw', { officeId: OFFICE, serviceId });
    }
    const snap = await kiosk.timeout(3000).emitWithAck('office:get-snapshot', { officeId: OFFICE });
    expect(snap.ok).toBe(true);
    if (!snap.ok) return;
    expect(snap.data.tickets.map((t: { number: string }) => t.number).sort()).toEqual([
      'A-001',
      'A-002',
      'C-001',
    ]);
    expect(snap.data.counters).toHaveLength(8);
    const other = await kiosk.timeout(3000).emitWithAck('office:get-snapshot', { officeId: 'elsewhere' });
    expect(other).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('keeps acknowledged state across a restart and continues numbering', async () => {
    const first = await start();
    const kiosk = await first.connectAs(KIOSK);
    const numbers: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await kiosk
        .timeout(3000)
        .emitWithAck('ticket:draw', { officeId: OFFICE, serviceId: 'abholung' });
      if (r.ok) numbers.push(r.data.ticket.number);
    }
    const clerk = await first.connectAs({ cookie: await first.login('clerk1') });
    await clerk.timeout(3000).emitWithAck('counter:open', { officeId: OFFICE, counterId: 'platz-3' });
    await clerk.timeout(3000).emitWithAck('counter:call-next', { officeId: OFFICE, counterId: 'platz-3' });
    await first.stop();

    const second = await start({ dataDir: first.dataDir });
    const display = await second.connectAs(DISPLAY);
    const snap = await firstSnapshot(display);
    expect(numbers).toEqual(['B-001', 'B-002', 'B-003']);
    expect(snap.tickets.find((t) => t.number === 'B-001')).toMatchObject({
      state: 'called',
      counterId: 'platz-3',
    });
    expect(snap.counters.find((c) => c.id === 'platz-3')).toMatchObject({ status: 'open', clerk: 'clerk1' });
    expect(snap.recentCalls[0]).toMatchObject({ number: 'B-001' });
    const kiosk2 = await second.connectAs(KIOSK);
    const next = await kiosk2
      .timeout(3000)
      .emitWithAck('ticket:draw', { officeId: OFFICE, serviceId: 'abholung' });
    expect(next).toMatchObject({ ok: true, data: { ticket: { number: 'B-004' } } });
  });

  it('closes the business day at midnight: tickets expire, the day is archived, numbers restart', async () => {
    const sys = await start({ now: Date.UTC(2026, 10, 25, 22, 50) }); // 23:50 in Berlin
    const kiosk = await sys.connectAs(KIOSK);
    const display = await sys.connectAs(DISPLAY);
    await firstSnapshot(display);
    await kiosk.timeout(3000).emitWithAck('ticket:draw', { officeId: OFFICE, serviceId: 'ausweis' });
    sys.clock.now += 20 * 60_000;
    const closed = nextEvent(display, 'office:day-closed');
    const r = await kiosk
      .timeout(3000)
      .emitWithAck('ticket:draw', { officeId: OFFICE, serviceId: 'ausweis' });
    expect(r).toMatchObject({ ok: true, data: { ticket: { number: 'A-001', businessDay: '2026-11-26' } } });
    expect((await closed).businessDay).toBe('2026-11-25');
    const { readFile } = await import('node:fs/promises');
    const archive = JSON.parse(
      await readFile(`${sys.dataDir}/offices/${OFFICE}/days/2026-11-25.json`, 'utf8'),
    );
    expect(archive.tickets.map((t: { number: string; state: string }) => `${t.number}:${t.state}`)).toEqual([
      'A-001:expired',
    ]);
  });
});
