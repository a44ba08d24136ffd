/**
 * Statistics over REST against a real server: a day of real commands, the day closes at
 * midnight and is summarized once (stats file), figures for closed and running days, both CSV
 * exports, and who may see them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config/load.ts';
import { api, KIOSK, OFFICE, startSystem, type TestSystem } from '../support/start-system.ts';

let sys: TestSystem | undefined;
afterEach(async () => {
  await sys?.close();
  sys = undefined;
});

const MINUTE = 60_000;
const MONDAY_0900 = Date.UTC(2026, 10, 23, 8, 0);

async function serveOne(
  s: TestSystem,
  cookie: string,
  counterId: string,
  waitMinutes: number,
  serveMinutes: number,
) {
  s.clock.now += waitMinutes * MINUTE;
  const call = await api(s.url, 'POST', `/api/offices/${OFFICE}/counters/${counterId}/call-next`, {
    cookie,
    body: {},
  });
  expect(call).toMatchObject({ status: 200 });
  s.clock.now += serveMinutes * MINUTE;
  await api(s.url, 'POST', `/api/tickets/${call.body.ticket.id}/finish`, { cookie, body: {} });
  return call.body.ticket;
}

describe('statistics', () => {
  it('summarizes a closed day once and answers for closed and running days, as JSON and CSV', async () => {
    sys = await startSystem({ now: MONDAY_0900 });
    const clerk = await sys.login('clerk1');
    await api(sys.url, 'POST', `/api/offices/${OFFICE}/counters/platz-3/open`, { cookie: clerk, body: {} });
    for (let i = 0; i < 3; i++)
      await api(sys.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
        token: KIOSK.deviceToken,
        body: { serviceId: 'ausweis' },
      });
    await serveOne(sys, clerk, 'platz-3', 10, 12); // waited 10
    await serveOne(sys, clerk, 'platz-3', 0, 12); // waited 22
    await serveOne(sys, clerk, 'platz-3', 0, 12); // waited 34 (target 30: late)

    // Midnight passes: the day closes with the next command and is summarized.
    sys.clock.now = Date.UTC(2026, 10, 24, 7, 0);
    await sys.system.engine.tick();
    const file = join(sys.dataDir, 'offices', OFFICE, 'stats', '2026-11-23.json');
    await expect.poll(async () => (await readFile(file, 'utf8').catch(() => '')).length).toBeGreaterThan(0);

    // Tuesday, running: one ticket drawn, not called yet.
    await api(sys.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
      token: KIOSK.deviceToken,
      body: { serviceId: 'ausweis' },
    });

    const supervisor = await sys.login('supervisor'); // a new day: yesterday's session has expired
    const res = await api(sys.url, 'GET', `/api/offices/${OFFICE}/statistics?from=2026-11-23&to=2026-11-24`, {
      cookie: supervisor,
    });
    expect(res.status).toBe(200);
    expect(res.body.days).toBe(2);
    const ausweis = res.body.services.find((s: { serviceId: string }) => s.serviceId === 'ausweis');
    expect(ausweis).toMatchObject({ tickets: 4, done: 3, targetWaitMinutes: 30 });
    expect(ausweis.serviceLevel).toBeCloseTo(2 / 3, 5);
    expect(ausweis.wait.mean).toBe(22 * 60);
    expect(ausweis.service.median).toBeGreaterThanOrEqual(12 * 60);
    expect(ausweis.service.median).toBeLessThan(12 * 60 + 60);
    expect(res.body.hours.find((h: { hour: number }) => h.hour === 9).tickets).toBe(3);
    expect(res.body.clerks).toBeUndefined();
    expect(res.body.heatmap[0][9]).toBe(3);

    const csv = await fetch(`${sys.url}/api/offices/${OFFICE}/statistics.csv?from=2026-11-23&to=2026-11-24`, {
      headers: { cookie: supervisor },
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    expect(text.split('\n')[0]).toContain('group;key;tickets;done');
    expect(text).toMatch(/\nservice;ausweis;4;3;/);

    const tickets = await (
      await fetch(`${sys.url}/api/offices/${OFFICE}/statistics/tickets.csv?from=2026-11-23&to=2026-11-24`, {
        headers: { cookie: supervisor },
      })
    ).text();
    const lines = tickets.trim().split('\n');
    expect(lines).toHaveLength(1 + 4);
    expect(lines[0]).not.toContain('clerk');
    expect(tickets).not.toContain('clerk1');
    expect(lines[1]).toContain('2026-11-23;A-001;ausweis;ausweis;kiosk;normal;0;2026-11-23 09:00:00;600;');
  });

  it('is for supervisors and admins of the office, and says which field of the period is wrong', async () => {
    sys = await startSystem({ now: MONDAY_0900 });
    const path = `/api/offices/${OFFICE}/statistics?from=2026-11-01&to=2026-11-30`;
    expect((await api(sys.url, 'GET', path)).status).toBe(401);
    expect((await api(sys.url, 'GET', path, { cookie: await sys.login('clerk1') })).status).toBe(403);
    const admin = await sys.login('admin');
    expect((await api(sys.url, 'GET', path, { cookie: admin })).status).toBe(200);
    const backwards = await api(
      sys.url,
      'GET',
      `/api/offices/${OFFICE}/statistics?from=2026-11-30&to=2026-11-01`,
      {
        cookie: admin,
      },
    );
    expect(backwards.body).toMatchObject({ code: 'validation_failed', field: 'from' });
    const missing = await api(sys.url, 'GET', `/api/offices/${OFFICE}/statistics?from=2026-11-30`, {
      cookie: admin,
    });
    expect(missing.body).toMatchObject({ code: 'validation_failed', field: 'to' });
  });
  it('deletes a day’s event archive after retention.archiveDays, keeping its statistics', async () => {
    const loaded = await loadConfig([], {});
    if (!loaded.ok) throw new Error('demo config');
    sys = await startSystem({
      now: MONDAY_0900,
      config: { ...loaded.config, retention: { archiveDays: 7, auditMonths: 24 } },
    });
    await api(sys.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
      token: KIOSK.deviceToken,
      body: { serviceId: 'ausweis' },
    });
    const office = join(sys.dataDir, 'offices', OFFICE);
    const exists = (path: string) =>
      readFile(path).then(
        () => true,
        () => false,
      );
    // nine midnights pass
    for (let day = 1; day <= 9; day++) {
      sys.clock.now = MONDAY_0900 + day * 86_400_000;
      await sys.system.engine.tick();
    }
    await expect.poll(() => exists(join(office, 'days', '2026-11-23.json'))).toBe(false);
    expect(await exists(join(office, 'stats', '2026-11-23.json'))).toBe(true);
    expect(await exists(join(office, 'days', '2026-11-30.json'))).toBe(true); // within 7 days
    const supervisor = await sys.login('supervisor');
    const res = await api(sys.url, 'GET', `/api/offices/${OFFICE}/statistics?from=2026-11-23&to=2026-11-23`, {
      cookie: supervisor,
    });
    expect(res.body.total.tickets).toBe(1);
  });
});
