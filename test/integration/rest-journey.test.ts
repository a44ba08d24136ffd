/**
 * The core journey over the REST API, observed by a wall display's socket: a kiosk draws, a
 * clerk calls and serves, the display sees each fact with the next sequence number.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  api,
  DISPLAY,
  firstSnapshot,
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

describe('REST API', () => {
  it('reports health and lists offices with departments, services and counters', async () => {
    expect((await api(sys.url, 'GET', '/api/health')).body).toMatchObject({ status: 'ok' });
    const { body } = await api(sys.url, 'GET', '/api/offices');
    const office = body.offices[0];
    expect(office.id).toBe(OFFICE);
    expect(office.departments.map((d: { name: string }) => d.name)).toEqual(['Bürgerbüro', 'Straßenverkehr']);
    expect(office.services.find((s: { id: string }) => s.id === 'ausweis')).toMatchObject({ prefix: 'A' });
    expect(office.counters.find((c: { id: string }) => c.id === 'platz-3')).toMatchObject({
      name: 'Platz 3',
    });
  });

  it('draws, calls, serves — and the display sees every step in sequence', async () => {
    const display = await sys.connectAs(DISPLAY);
    const snapshot = await firstSnapshot(display);
    const issued = nextEvent(display, 'ticket:issued');
    const draw = await api(sys.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
      token: KIOSK.deviceToken,
      body: { serviceId: 'ausweis', idempotencyKey: 'kiosk-draw-0001' },
    });
    expect(draw.status).toBe(201);
    expect(draw.body.ticket).toMatchObject({ number: 'A-001', serviceId: 'ausweis', state: 'waiting' });
    expect((await issued).seq).toBe(snapshot.seq + 1);

    const again = await api(sys.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
      token: KIOSK.deviceToken,
      body: { serviceId: 'ausweis', idempotencyKey: 'kiosk-draw-0001' },
    });
    expect(again.body.ticket.id).toBe(draw.body.ticket.id);

    const cookie = await sys.login('clerk3');
    const open = await api(sys.url, 'POST', `/api/offices/${OFFICE}/counters/platz-3/open`, { cookie });
    expect(open.body.counter).toMatchObject({ status: 'open', clerk: 'clerk3' });
    const called = nextEvent(display, 'ticket:called');
    const call = await api(sys.url, 'POST', `/api/offices/${OFFICE}/counters/platz-3/call-next`, { cookie });
    expect(call.status).toBe(200);
    expect(call.body.ticket).toMatchObject({ number: 'A-001', state: 'called', counterId: 'platz-3' });
    expect((await called).call).toMatchObject({ number: 'A-001', counterName: 'Platz 3', recall: false });

    const id = call.body.ticket.id as string;
    const recalled = nextEvent(display, 'ticket:recalled');
    expect((await api(sys.url, 'POST', `/api/tickets/${id}/recall`, { cookie })).body.ticket.callCount).toBe(
      2,
    );
    expect((await recalled).call.recall).toBe(true);
    expect((await api(sys.url, 'POST', `/api/tickets/${id}/start`, { cookie })).body.ticket.state).toBe(
      'serving',
    );
    expect((await api(sys.url, 'POST', `/api/tickets/${id}/finish`, { cookie })).body.ticket.state).toBe(
      'done',
    );

    const empty = await api(sys.url, 'POST', `/api/offices/${OFFICE}/counters/platz-3/call-next`, { cookie });
    expect(empty).toMatchObject({ status: 409, body: { code: 'queue_empty' } });

    const state = await api(sys.url, 'GET', `/api/offices/${OFFICE}/state`, { cookie });
    expect(state.body.seq).toBeGreaterThan(snapshot.seq + 4);
    expect(state.body.recentCalls[0]).toMatchObject({ number: 'A-001', counterName: 'Platz 3' });
  });

  it('transfers, parks and calls back, and a supervisor cancels', async () => {
    const cookie = await sys.login('clerk1');
    const draw = (serviceId: string) =>
      api(sys.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
        cookie,
        body: { serviceId, channel: 'phone' },
      });
    const first = await draw('meldung');
    expect(first.body.ticket).toMatchObject({ number: 'C-001', channel: 'phone' });
    const second = await draw('meldung');
    await api(sys.url, 'POST', `/api/offices/${OFFICE}/counters/platz-1/open`, { cookie });
    const call = await api(sys.url, 'POST', `/api/offices/${OFFICE}/counters/platz-1/call-next`, { cookie });
    const id = call.body.ticket.id as string;
    const moved = await api(sys.url, 'POST', `/api/tickets/${id}/transfer`, {
      cookie,
      body: { serviceId: 'ausweis' },
    });
    expect(moved.body.ticket).toMatchObject({ number: 'C-001', serviceId: 'ausweis', state: 'waiting' });
    // Transferred tickets keep their original place in time, so C-001 is first in its new queue.
    const next = await api(sys.url, 'POST', `/api/offices/${OFFICE}/counters/platz-1/call-next`, { cookie });
    expect(next.body.ticket).toMatchObject({ number: 'C-001', callCount: 2 });
    const parked = await api(sys.url, 'POST', `/api/tickets/${next.body.ticket.id}/park`, { cookie });
    expect(parked.body.ticket.state).toBe('parked');
    const back = await api(sys.url, 'POST', `/api/tickets/${next.body.ticket.id}/call-back`, {
      cookie,
      body: { counterId: 'platz-1' },
    });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(back.body.ticket).toMatchObject({ number: 'C-001', state: 'called', callCount: 3 });
    const waitingId = second.body.ticket.id as string;
    expect((await api(sys.url, 'POST', `/api/tickets/${waitingId}/cancel`, { cookie })).status).toBe(403);
    const boss = await sys.login('supervisor');
    const cancel = await api(sys.url, 'POST', `/api/tickets/${waitingId}/cancel`, { cookie: boss });
    expect(cancel.status, JSON.stringify(cancel.body)).toBe(200);
    expect(cancel.body.ticket).toMatchObject({ number: 'C-002', state: 'cancelled' });
  });

  it('answers bad input with the field and why, and refuses the unauthenticated', async () => {
    const path = `/api/offices/${OFFICE}/tickets`;
    expect(await api(sys.url, 'POST', path, { body: { serviceId: 'ausweis' } })).toMatchObject({
      status: 401,
      body: { code: 'not_authenticated' },
    });
    expect(
      await api(sys.url, 'POST', path, { token: KIOSK.deviceToken, body: { serviceId: 42 } }),
    ).toMatchObject({
      status: 400,
      body: { code: 'validation_failed', field: 'serviceId' },
    });
    expect(
      await api(sys.url, 'POST', path, {
        token: KIOSK.deviceToken,
        body: { serviceId: 'ausweis', extra: 1 },
      }),
    ).toMatchObject({ status: 400, body: { code: 'validation_failed' } });
    expect(
      await api(sys.url, 'POST', path, { token: KIOSK.deviceToken, body: { serviceId: 'nope' } }),
    ).toMatchObject({ status: 404, body: { code: 'not_found', field: 'serviceId' } });
    const raw = await fetch(`${sys.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KIOSK.deviceToken}` },
      body: '{"serviceId":',
    });
    expect(raw.status).toBe(400);
    expect((await raw.json()).code).toBe('validation_failed');
    // A display may watch but not draw; a kiosk may draw but not call.
    expect(
      (await api(sys.url, 'POST', path, { token: DISPLAY.deviceToken, body: { serviceId: 'ausweis' } }))
        .status,
    ).toBe(403);
    const call = await api(sys.url, 'POST', `/api/offices/${OFFICE}/counters/platz-1/call-next`, {
      token: KIOSK.deviceToken,
    });
    expect(call.status).toBe(403);
    expect(
      (await api(sys.url, 'POST', '/api/auth/login', { body: { username: 'clerk1', password: 'nope' } })).body
        .code,
    ).toBe('invalid_credentials');
  });

  it('shows the public status of a ticket to anyone with its id', async () => {
    const a = await api(sys.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
      token: KIOSK.deviceToken,
      body: { serviceId: 'abholung' },
    });
    const b = await api(sys.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
      token: KIOSK.deviceToken,
      body: { serviceId: 'abholung' },
    });
    expect(b.body.peopleAhead).toBe(1);
    const status = await api(sys.url, 'GET', `/api/tickets/${b.body.ticket.id}/status`);
    expect(status.body).toMatchObject({
      number: 'B-002',
      state: 'waiting',
      peopleAhead: 1,
      serviceName: 'Dokumente abholen',
    });
    expect(status.body.id).toBeUndefined();
    expect((await api(sys.url, 'GET', `/api/tickets/${'x'.repeat(22)}/status`)).status).toBe(404);
    void a;
  });
});

describe('supervisor interventions over REST', () => {
  it('reopens a no-show and raises a waiting ticket to priority; clerks may not', async () => {
    const display = await sys.connectAs(DISPLAY);
    await firstSnapshot(display);
    const clerk = await sys.login('clerk3');
    const boss = await sys.login('supervisor');
    const a = await api(sys.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
      cookie: clerk,
      body: { serviceId: 'ausweis' },
    });
    const b = await api(sys.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
      cookie: clerk,
      body: { serviceId: 'ausweis' },
    });
    await api(sys.url, 'POST', `/api/offices/${OFFICE}/counters/platz-3/open`, { cookie: clerk });
    await api(sys.url, 'POST', `/api/offices/${OFFICE}/counters/platz-3/call-next`, { cookie: clerk });
    await api(sys.url, 'POST', `/api/tickets/${a.body.ticket.id}/no-show`, { cookie: clerk });

    expect(
      (await api(sys.url, 'POST', `/api/tickets/${a.body.ticket.id}/reopen`, { cookie: clerk })).status,
    ).toBe(403);
    const reopened = nextEvent(display, 'ticket:reopened');
    const r = await api(sys.url, 'POST', `/api/tickets/${a.body.ticket.id}/reopen`, { cookie: boss });
    expect(r.body.ticket).toMatchObject({ number: 'A-001', state: 'waiting' });
    expect((await reopened).ticket.number).toBe('A-001');

    const bad = await api(sys.url, 'POST', `/api/tickets/${b.body.ticket.id}/priority`, {
      cookie: boss,
      body: { priority: 'vip' },
    });
    expect(bad).toMatchObject({ status: 400, body: { field: 'priority' } });
    const raised = nextEvent(display, 'ticket:reprioritized');
    const p = await api(sys.url, 'POST', `/api/tickets/${b.body.ticket.id}/priority`, {
      cookie: boss,
      body: { priority: 'priority' },
    });
    expect(p.body.ticket).toMatchObject({ number: 'A-002', priority: 'priority' });
    expect((await raised).ticket.priority).toBe('priority');
  });
});
