/**
 * What a kiosk page learns from the server: its screen settings, whether services are open (and
 * why not), the staff exit checked against a hashed PIN, and a wait range for a new ticket.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config/load.ts';
import {
  api,
  DISPLAY,
  KIOSK,
  nextEvent,
  OFFICE,
  startSystem,
  type TestSystem,
} from '../support/start-system.ts';

let sys: TestSystem;
beforeEach(async () => {
  sys = await startSystem();
});
afterEach(async () => {
  await sys.close();
});

describe('kiosk settings', () => {
  it('gives the kiosk its settings, and nobody else', async () => {
    const config = await api(sys.url, 'GET', '/api/kiosk/config', { token: KIOSK.deviceToken });
    expect(config.body).toEqual({
      deviceId: 'kiosk-1',
      officeId: OFFICE,
      fastPathServices: ['abholung'],
      idleSeconds: 60,
      staffExit: true,
    });
    expect((await api(sys.url, 'GET', '/api/kiosk/config', { token: DISPLAY.deviceToken })).status).toBe(401);
    expect((await api(sys.url, 'GET', '/api/kiosk/config')).status).toBe(401);
  });

  it('opens the staff exit only with the right PIN, and limits attempts', async () => {
    const exit = (pin: string) =>
      api(sys.url, 'POST', '/api/kiosk/staff-exit', { token: KIOSK.deviceToken, body: { pin } });
    expect((await exit('1234')).status).toBe(204);
    expect(await exit('9999')).toMatchObject({ status: 403, body: { code: 'forbidden', field: 'pin' } });
    expect(await exit('12')).toMatchObject({ status: 400, body: { field: 'pin' } });
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await exit('0000')).status);
    expect(statuses).toContain(429);
  });

  it('says which services are closed and why', async () => {
    const loaded = await loadConfig([], {});
    if (!loaded.ok) throw new Error('demo config');
    const office = loaded.config.offices[0]!;
    const services = office.services.map((s) =>
      s.id === 'abholung' ? { ...s, dailyCap: 1 } : s.id === 'meldung' ? { ...s, active: false } : s,
    );
    const custom = await startSystem({ config: { ...loaded.config, offices: [{ ...office, services }] } });
    try {
      await api(custom.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
        token: KIOSK.deviceToken,
        body: { serviceId: 'abholung' },
      });
      const { body } = await api(custom.url, 'GET', '/api/offices');
      const byId = Object.fromEntries(body.offices[0].services.map((s: { id: string }) => [s.id, s]));
      expect(byId.abholung).toMatchObject({ open: false, closedReason: 'daily_cap_reached' });
      expect(byId.meldung).toMatchObject({ open: false, closedReason: 'inactive' });
      expect(byId.ausweis).toMatchObject({ open: true });
      expect(byId.ausweis.closedReason).toBeUndefined();
    } finally {
      await custom.close();
    }
  });

  it('estimates the wait for a new ticket as a range once a counter is open', async () => {
    const kiosk = await sys.connectAs(KIOSK);
    const before = await kiosk
      .timeout(5000)
      .emitWithAck('ticket:draw', { officeId: OFFICE, serviceId: 'meldung' });
    expect(before.ok && before.data.waitEstimate).toBeUndefined();
    const cookie = await sys.login('clerk4');
    const shown = nextEvent(kiosk, 'office:queues');
    await api(sys.url, 'POST', `/api/offices/${OFFICE}/counters/platz-4/open`, { cookie });
    // The kiosk shows the fresh estimate (pushed after the change); the citizen draws after that.
    expect((await shown).queues.find((q) => q.serviceId === 'meldung')?.waitEstimate).toBeDefined();
    const after = await kiosk
      .timeout(5000)
      .emitWithAck('ticket:draw', { officeId: OFFICE, serviceId: 'meldung' });
    expect(after).toMatchObject({ ok: true, data: { peopleAhead: 1 } });
    const range = after.ok ? after.data.waitEstimate : undefined;
    if (!range) throw new Error('no estimate once a counter is open');
    // One person ahead of a ~8-minute service at one counter: a range around a few minutes.
    expect(range.lowMinutes).toBeLessThan(range.highMinutes);
    expect(range.medianMinutes).toBeGreaterThanOrEqual(range.lowMinutes);
    expect(range.medianMinutes).toBeLessThanOrEqual(range.highMinutes);
    expect(range.highMinutes).toBeLessThan(60);
    expect(after.ok && after.data.print.status).toBe('printed');
    // The printed ticket carries the same range the kiosk showed.
    await expect
      .poll(() => sys.printer.jobs.at(-1)?.decoded.lines.map((l) => l.text.trim()) ?? [])
      .toContain(`Geschätzte Wartezeit: ${range.lowMinutes}-${range.highMinutes} Min.`);
    const id = after.ok ? after.data.ticket.id : '';
    // The status page shows the ticket's own live estimate, in minutes and in seconds.
    // (made right after the draw: the estimates follow a change within a fraction of a second on
    // an idle machine; a busy CI machine gets longer)
    let status = await api(sys.url, 'GET', `/api/tickets/${id}/status`);
    await expect
      .poll(async () => (status = await api(sys.url, 'GET', `/api/tickets/${id}/status`)).body.estimate, {
        timeout: 10_000,
      })
      .toBeDefined();
    const { median, low, high } = status.body.estimate;
    expect(low).toBeLessThanOrEqual(median);
    expect(median).toBeLessThanOrEqual(high);
    expect(status.body.waitEstimate.medianMinutes).toBe(Math.round(median / 60));
  });

  it('a priority ticket drawn at the desk gets its own, shorter estimate, not the kiosk’s figure', async () => {
    const kiosk = await sys.connectAs(KIOSK);
    // the kiosk's figure for a newcomer, once the estimates caught up with five waiting
    let normal: { lowMinutes: number; highMinutes: number } | undefined;
    kiosk.on(
      'office:queues',
      (e: { queues: { serviceId: string; waiting: number; waitEstimate?: typeof normal }[] }) => {
        const q = e.queues.find((x) => x.serviceId === 'meldung');
        if (q?.waiting === 5 && q.waitEstimate) normal = q.waitEstimate;
      },
    );
    const clerk = await sys.login('clerk4');
    await api(sys.url, 'POST', `/api/offices/${OFFICE}/counters/platz-4/open`, { cookie: clerk });
    for (let i = 0; i < 5; i++) {
      await api(sys.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
        token: KIOSK.deviceToken,
        body: { serviceId: 'meldung' },
      });
    }
    await expect.poll(() => normal).toBeDefined();
    const supervisor = await sys.login('supervisor');
    const drawn = await api(sys.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
      cookie: supervisor,
      body: { serviceId: 'meldung', priority: 'priority' },
    });
    expect(drawn.status).toBe(201);
    expect(drawn.body.ticket.priority).toBe('priority');
    // called before most of the five: under what a newcomer would wait at the least
    expect(drawn.body.waitEstimate.medianMinutes).toBeLessThan(normal!.lowMinutes);
  });

  it('links the ticket to its public status page on screen and on paper', async () => {
    const loaded = await loadConfig([], {});
    if (!loaded.ok) throw new Error('demo config');
    const linked = await startSystem({
      config: { ...loaded.config, publicUrl: 'https://aufruf.example.de' },
    });
    try {
      const kiosk = await linked.connectAs(KIOSK);
      const r = await kiosk
        .timeout(5000)
        .emitWithAck('ticket:draw', { officeId: OFFICE, serviceId: 'ausweis' });
      const id = r.ok ? r.data.ticket.id : '';
      expect(r.ok && r.data.statusUrl).toBe(`https://aufruf.example.de/status/?t=${id}`);
      await expect
        .poll(() => linked.printer.jobs.at(-1)?.decoded.qrCodes)
        .toEqual([`https://aufruf.example.de/status/?t=${id}`]);
    } finally {
      await linked.close();
    }
  });
});
