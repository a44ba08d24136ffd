import { describe, expect, it } from 'vitest';
import { signal } from '@preact/signals';
import type { CounterView, TicketView } from '#protocol/tickets.ts';
import { createFakeConnection } from '#web/fake-connection.ts';
import type { OfficeState } from '#web/office-fold.ts';
import { DeskModel } from './desk.ts';

const counter: CounterView = {
  id: 'platz-3',
  officeId: 'o',
  name: 'Platz 3',
  status: 'open',
  clerk: 'anna',
  serviceIds: ['registration'],
  activeServiceIds: ['registration'],
};
const called = { id: 'tttttttttttttttt', state: 'called', serviceId: 'registration' } as TicketView;
const office = (c: CounterView, tickets: TicketView[] = []): OfficeState => ({
  officeId: 'o',
  seq: 1,
  businessDay: '2026-11-25',
  serverOffsetMs: 0,
  tickets: Object.fromEntries(tickets.map((t) => [t.id, t])),
  counters: { [c.id]: c },
  recentCalls: [],
  queues: [],
  queuesSeq: 0,
});

function setup(state: OfficeState) {
  const connection = createFakeConnection();
  let closed = false;
  const desk = new DeskModel({
    connection,
    state: signal(state),
    officeId: 'o',
    counterId: 'platz-3',
    onClosed: () => (closed = true),
  });
  return { connection, desk, wasClosed: () => closed };
}

describe('desk', () => {
  it('calls the next ticket for its own counter', async () => {
    const { connection, desk } = setup(office(counter));
    expect(desk.can('callNext')).toBe(true);
    await desk.callNext();
    expect(connection.sent).toEqual([
      { name: 'counter:call-next', payload: { officeId: 'o', counterId: 'platz-3' } },
    ]);
  });

  it('acts on the current ticket by its id', async () => {
    const { connection, desk } = setup(office({ ...counter, currentTicketId: called.id }, [called]));
    expect(desk.can('callNext')).toBe(false);
    await desk.noShow();
    expect(connection.sent).toEqual([{ name: 'ticket:mark-no-show', payload: { ticketId: called.id } }]);
  });

  it('keeps a refusal next to the action that caused it, until that action is tried again', async () => {
    const { connection, desk } = setup(office(counter));
    connection.answers['counter:call-next'] = [
      { ok: false, error: { code: 'queue_empty', message: 'nobody' } },
    ];
    await desk.callNext();
    expect(desk.errors.value.callNext?.code).toBe('queue_empty');
    await desk.callNext();
    expect(desk.errors.value.callNext).toBeUndefined();
  });

  it('sends a pause reason only when one was given, and closes the form', async () => {
    const { connection, desk } = setup(office(counter));
    desk.openForm('pause');
    await desk.pause('  ');
    await desk.pause(' Mittag ');
    expect(connection.sent.map((s) => s.payload)).toEqual([
      { officeId: 'o', counterId: 'platz-3' },
      { officeId: 'o', counterId: 'platz-3', reason: 'Mittag' },
    ]);
    expect(desk.form.value).toBeUndefined();
  });

  it('tells the workspace when the counter was closed', async () => {
    const { desk, wasClosed } = setup(office(counter));
    await desk.close();
    expect(wasClosed()).toBe(true);
  });
});
