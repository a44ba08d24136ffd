/**
 * The clerk's new desk commands through REST and Socket.IO against a real server: today's
 * services, calling a chosen number (a right, logged), finishing with services and a note, the
 * no-show list, and the queue figures every screen receives.
 */
import { readLiveDay } from '../support/live-files.ts';
import { afterEach, describe, expect, it } from 'vitest';
import {
  api,
  DISPLAY,
  KIOSK,
  nextEvent,
  OFFICE,
  startSystem,
  type TestSystem,
} from '../support/start-system.ts';

let sys: TestSystem | undefined;
afterEach(async () => {
  await sys?.close();
  sys = undefined;
});

const draw = async (s: TestSystem, serviceId: string) =>
  (
    await api(s.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
      token: KIOSK.deviceToken,
      body: { serviceId },
    })
  ).body.ticket;
const counter = (id: string, action: string) => `/api/offices/${OFFICE}/counters/${id}/${action}`;

describe('counter desk', () => {
  it("serves only today's services, and says which when opening", async () => {
    sys = await startSystem();
    const clerk = await sys.login('clerk1');
    const bad = await api(sys.url, 'POST', counter('platz-1', 'open'), {
      cookie: clerk,
      body: { serviceIds: ['zulassung'] },
    });
    expect(bad).toMatchObject({ status: 400, body: { code: 'validation_failed', field: 'serviceIds' } });
    const opened = await api(sys.url, 'POST', counter('platz-1', 'open'), {
      cookie: clerk,
      body: { serviceIds: ['meldung'] },
    });
    expect(opened.body.counter).toMatchObject({ activeServiceIds: ['meldung'] });
    expect(opened.body.counter.serviceIds.length).toBeGreaterThan(1);
    const ausweis = await draw(sys, 'ausweis');
    const meldung = await draw(sys, 'meldung');
    const next = await api(sys.url, 'POST', counter('platz-1', 'call-next'), { cookie: clerk, body: {} });
    expect(next.body.ticket.id).toBe(meldung.id);
    await api(sys.url, 'POST', `/api/tickets/${meldung.id}/finish`, { cookie: clerk, body: {} });
    const changed = await api(sys.url, 'POST', counter('platz-1', 'services'), {
      cookie: clerk,
      body: { serviceIds: ['ausweis', 'meldung'] },
    });
    expect(changed.body.counter.activeServiceIds).toEqual(['ausweis', 'meldung']);
    const then = await api(sys.url, 'POST', counter('platz-1', 'call-next'), { cookie: clerk, body: {} });
    expect(then.body.ticket.id).toBe(ausweis.id);
  });

  it('calls a chosen number only with the right, and the day log says who chose it', async () => {
    sys = await startSystem();
    const first = await draw(sys, 'ausweis');
    const second = await draw(sys, 'ausweis');
    const clerk5 = await sys.login('clerk5');
    await api(sys.url, 'POST', counter('platz-5', 'open'), { cookie: clerk5, body: {} });
    const refused = await api(sys.url, 'POST', counter('platz-5', 'call-ticket'), {
      cookie: clerk5,
      body: { ticketId: second.id },
    });
    expect(refused).toMatchObject({ status: 403, body: { code: 'forbidden' } });
    const clerk1 = await sys.login('clerk1');
    await api(sys.url, 'POST', counter('platz-1', 'open'), { cookie: clerk1, body: {} });
    const session = await api(sys.url, 'GET', '/api/auth/session', { cookie: clerk1 });
    expect(session.body.user.permissions).toEqual(['call-specific']);
    const called = await api(sys.url, 'POST', counter('platz-1', 'call-ticket'), {
      cookie: clerk1,
      body: { ticketId: second.id },
    });
    expect(called.body.ticket).toMatchObject({ id: second.id, state: 'called', counterId: 'platz-1' });
    const log = await readLiveDay(sys.dataDir, OFFICE);
    const call = log.events.find((e: { type: string; ticketId?: string }) => e.type === 'ticket.called');
    expect(call).toMatchObject({ ticketId: second.id, by: 'clerk1', reason: { rule: 'explicit' } });
    const state = await api(sys.url, 'GET', `/api/offices/${OFFICE}/state`, { cookie: clerk1 });
    const waiting = state.body.tickets.find((t: { id: string }) => t.id === first.id);
    expect(waiting.state).toBe('waiting');
  });

  it('finishes with the services performed and a note the public never sees', async () => {
    sys = await startSystem();
    const display = await sys.connectAs(DISPLAY);
    const ticket = await draw(sys, 'meldung');
    const clerk = await sys.login('clerk2');
    await api(sys.url, 'POST', counter('platz-2', 'open'), { cookie: clerk, body: {} });
    await api(sys.url, 'POST', counter('platz-2', 'call-next'), { cookie: clerk, body: {} });
    const tooLong = await api(sys.url, 'POST', `/api/tickets/${ticket.id}/finish`, {
      cookie: clerk,
      body: { note: 'x'.repeat(501) },
    });
    expect(tooLong.body).toMatchObject({ code: 'validation_failed', field: 'note' });
    const finished = nextEvent(display, 'ticket:finished');
    const done = await api(sys.url, 'POST', `/api/tickets/${ticket.id}/finish`, {
      cookie: clerk,
      body: { performedServiceIds: ['meldung', 'meldebescheinigung'], note: 'Bescheinigung mitgegeben' },
    });
    expect(done.body.ticket).toMatchObject({
      state: 'done',
      performedServiceIds: ['meldung', 'meldebescheinigung'],
    });
    expect(JSON.stringify(await finished)).not.toContain('Bescheinigung mitgegeben');
    const status = await api(sys.url, 'GET', `/api/tickets/${ticket.id}/status`);
    expect(JSON.stringify(status.body)).not.toContain('Bescheinigung');
  });

  it('lists today’s no-shows for staff only, so a supervisor can reopen one', async () => {
    sys = await startSystem();
    const ticket = await draw(sys, 'ausweis');
    const clerk = await sys.login('clerk1');
    await api(sys.url, 'POST', counter('platz-1', 'open'), { cookie: clerk, body: {} });
    await api(sys.url, 'POST', counter('platz-1', 'call-next'), { cookie: clerk, body: {} });
    await api(sys.url, 'POST', `/api/tickets/${ticket.id}/no-show`, { cookie: clerk });
    const path = `/api/offices/${OFFICE}/tickets?state=no_show`;
    expect((await api(sys.url, 'GET', path, { token: DISPLAY.deviceToken })).status).toBe(403);
    expect(
      (await api(sys.url, 'GET', `/api/offices/${OFFICE}/tickets?state=lost`, { cookie: clerk })).body,
    ).toMatchObject({
      code: 'validation_failed',
      field: 'state',
    });
    const list = await api(sys.url, 'GET', path, { cookie: clerk });
    expect(list.body.tickets.map((t: { number: string }) => t.number)).toEqual(['A-001']);
  });

  it('pushes waiting counts and estimates per service after every change', async () => {
    sys = await startSystem();
    const display = await sys.connectAs(DISPLAY);
    const clerk = await sys.login('clerk1');
    const opened = nextEvent(display, 'office:queues');
    await api(sys.url, 'POST', counter('platz-1', 'open'), { cookie: clerk, body: {} });
    await opened; // the update of the sign-in, so the next one is the draw's
    let update = nextEvent(display, 'office:queues');
    await draw(sys, 'ausweis');
    const first = await update;
    expect(first.queues.find((q) => q.serviceId === 'ausweis')).toMatchObject({
      waiting: 1,
      waitEstimate: { lowMinutes: expect.any(Number), highMinutes: expect.any(Number) },
    });
    // Nobody serves vehicle registration yet: a count, but no estimate.
    update = nextEvent(display, 'office:queues');
    await draw(sys, 'zulassung');
    const second = await update;
    expect(second.asOfSeq).toBeGreaterThan(first.asOfSeq);
    expect(second.queues.find((q) => q.serviceId === 'zulassung')).toEqual({
      serviceId: 'zulassung',
      waiting: 1,
    });
  });
});
