/**
 * Appointments end to end over REST and Socket.IO: import (with name and birth date kept only as
 * a salted hash), list, check in by booking code at the kiosk (printed), and by ID card through
 * the kiosk agent — without the name, birth date or anything like them reaching a file.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readLiveDay } from '../support/live-files.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startKioskAgent } from '../../kiosk/agent/agent.ts';
import { api, KIOSK, KIOSK_AGENT, OFFICE, startSystem, type TestSystem } from '../support/start-system.ts';

const NOW = Date.UTC(2026, 10, 25, 8, 0); // 09:00 in Berlin
let sys: TestSystem;
let cookie: string;
beforeEach(async () => {
  sys = await startSystem({ now: NOW });
  cookie = await sys.login('supervisor');
});
afterEach(async () => {
  await sys.close();
});

const slot = (minutesFromNow: number) => new Date(NOW + minutesFromNow * 60_000).toISOString();

async function importDemo() {
  return api(sys.url, 'POST', `/api/offices/${OFFICE}/appointments`, {
    cookie,
    body: {
      appointments: [
        {
          bookingCode: 'lev-4711',
          serviceId: 'ausweis',
          slot: slot(20),
          name: 'Erika Mustermann',
          birthDate: '1964-08-12',
        },
        { bookingCode: 'LEV-4712', serviceId: 'zulassung', slot: slot(120) },
      ],
    },
  });
}

async function filesOf(dir: string): Promise<string> {
  let all = '';
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) all += await readFile(join(entry.parentPath, entry.name), 'utf8');
  }
  return all;
}

describe('appointments', () => {
  it('imports and lists appointments; only staff may import', async () => {
    const imported = await importDemo();
    expect(imported).toMatchObject({ status: 201, body: { imported: 2 } });
    const list = await api(sys.url, 'GET', `/api/offices/${OFFICE}/appointments`, { cookie });
    expect(list.body.appointments).toEqual([
      {
        bookingCode: 'LEV-4711',
        serviceId: 'ausweis',
        slot: NOW + 20 * 60_000,
        state: 'booked',
        idCheckIn: true,
      },
      {
        bookingCode: 'LEV-4712',
        serviceId: 'zulassung',
        slot: NOW + 120 * 60_000,
        state: 'booked',
        idCheckIn: false,
      },
    ]);
    const kiosk = await api(sys.url, 'POST', `/api/offices/${OFFICE}/appointments`, {
      token: KIOSK.deviceToken,
      body: { appointments: [{ bookingCode: 'X-0001', serviceId: 'ausweis', slot: slot(5) }] },
    });
    expect(kiosk.status).toBe(403);
    const bad = await api(sys.url, 'POST', `/api/offices/${OFFICE}/appointments`, {
      cookie,
      body: { appointments: [{ bookingCode: 'X-0001', serviceId: 'ausweis', slot: 'tomorrow' }] },
    });
    expect(bad).toMatchObject({
      status: 400,
      body: { code: 'validation_failed', field: 'appointments.0.slot' },
    });
  });

  it('checks in by booking code at the kiosk, prints, and says early or unknown', async () => {
    await importDemo();
    const checkIn = (bookingCode: string) =>
      api(sys.url, 'POST', `/api/offices/${OFFICE}/check-ins`, {
        token: KIOSK.deviceToken,
        body: { bookingCode },
      });
    const ok = await checkIn('lev-4711');
    expect(ok).toMatchObject({
      status: 201,
      body: { ticket: { number: 'A-001', channel: 'appointment' }, print: { status: 'printed' } },
    });
    expect((await checkIn('LEV-4711')).body).toMatchObject({
      ticket: { id: ok.body.ticket.id },
      print: { status: 'skipped' },
    });
    expect(await checkIn('LEV-4712')).toMatchObject({ status: 409, body: { code: 'check_in_too_early' } });
    expect(await checkIn('LEV-9999')).toMatchObject({
      status: 404,
      body: { code: 'not_found', field: 'bookingCode' },
    });
    const list = await api(sys.url, 'GET', `/api/offices/${OFFICE}/appointments`, { cookie });
    expect(list.body.appointments[0]).toMatchObject({ state: 'checked_in', ticketNumber: 'A-001' });
  });

  it('checks in by ID card through the kiosk agent, and keeps no name or birth date anywhere', async () => {
    // This test's own system logs everything, so the logs can be searched too.
    const logLines: string[] = [];
    await sys.close();
    sys = await startSystem({ now: NOW, logLines });
    cookie = await sys.login('supervisor');
    await importDemo();
    const agent = startKioskAgent({
      serverUrl: sys.url,
      deviceToken: KIOSK_AGENT.deviceToken,
      log: { info: () => {}, warn: () => {} },
    });
    await agent.ready;
    try {
      // The names as the MRZ writes them: upper case, no umlauts.
      const r = await agent.socket.timeout(5000).emitWithAck('appointment:check-in-identity', {
        officeId: OFFICE,
        lastName: 'MUSTERMANN',
        firstNames: 'ERIKA',
        birthDate: '1964-08-12',
      });
      expect(r).toMatchObject({ ok: true, data: { ticket: { number: 'A-001', channel: 'appointment' } } });
      const wrong = await agent.socket.timeout(5000).emitWithAck('appointment:check-in-identity', {
        officeId: OFFICE,
        lastName: 'MUSTERMANN',
        firstNames: 'ERIKA',
        birthDate: '1964-08-13',
      });
      expect(wrong).toMatchObject({ ok: false, error: { code: 'not_found' } });
    } finally {
      await agent.close();
    }
    const files = await filesOf(sys.dataDir);
    expect(logLines.length).toBeGreaterThan(0);
    // the logger's own fields (timestamps, pid) are numbers that may contain "1964" by chance
    const logs = logLines
      .map((line) => {
        const { time: _time, pid: _pid, ...rest } = JSON.parse(line) as Record<string, unknown>;
        return JSON.stringify(rest);
      })
      .join('\n');
    for (const secret of ['Mustermann', 'MUSTERMANN', 'Erika', 'ERIKA', '1964-08-12', '1964']) {
      expect(files).not.toContain(secret);
      expect(logs).not.toContain(secret);
    }
  });

  it('deletes identity keys with their day: the archive keeps appointments without them', async () => {
    await importDemo();
    const live = (await readLiveDay(sys.dataDir, OFFICE)).text;
    expect(live).toContain('identityKey');
    sys.clock.now += 24 * 3600_000;
    await sys.system.engine.tick();
    const archive = await readFile(join(sys.dataDir, 'offices', OFFICE, 'days', '2026-11-25.json'), 'utf8');
    expect(archive).toContain('LEV-4711');
    expect(archive).not.toContain('identityKey');
    const after = (await readLiveDay(sys.dataDir, OFFICE)).text;
    expect(after).not.toContain('identityKey');
  });

  it('lets only kiosk agents check in by ID card', async () => {
    await importDemo();
    const page = await sys.connectAs(KIOSK);
    const r = await page.timeout(3000).emitWithAck('appointment:check-in-identity', {
      officeId: OFFICE,
      lastName: 'MUSTERMANN',
      firstNames: 'ERIKA',
      birthDate: '1964-08-12',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
