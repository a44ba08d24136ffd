import { describe, expect, it } from 'vitest';
import { signal } from '@preact/signals';
import type { CounterView, TicketView } from '#protocol/tickets.ts';
import { createFakeConnection } from '#web/fake-connection.ts';
import type { OfficeState } from '#web/office-fold.ts';
import { SOUND_SETTING_KEY } from './arrivals.ts';
import { DeskModel } from './desk.ts';

const counter: CounterView = {
  id: 'platz-3',
  officeId: 'o',
  name: 'Platz 3',
  status: 'open',
  clerk: 'anna',
  serviceIds: ['registration', 'passport'],
  activeServiceIds: ['registration'],
};
let next = 0;
const aTicket = (o: Partial<TicketView> = {}): TicketView => {
  next++;
  return {
    id: `ticket-${String(next).padStart(10, '0')}`,
    officeId: 'o',
    number: `C-${String(next).padStart(3, '0')}`,
    serviceId: 'registration',
    departmentId: 'bb',
    state: 'waiting',
    channel: 'kiosk',
    priority: 'normal',
    businessDay: '2026-11-25',
    issuedAt: next * 1000,
    queuedAt: next * 1000,
    callCount: 0,
    transferCount: 0,
    ...o,
  };
};
const called = aTicket({ state: 'called', counterId: 'platz-3', callCount: 1, number: 'C-100' });
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

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  };
}

function setup(
  initial: OfficeState,
  options: { mayCallSpecific?: boolean; storage?: ReturnType<typeof memoryStorage> } = {},
) {
  const connection = createFakeConnection();
  const state = signal<OfficeState | undefined>(initial);
  let closed = false;
  const desk = new DeskModel({
    connection,
    state,
    officeId: 'o',
    counterId: 'platz-3',
    onClosed: () => (closed = true),
    mayCallSpecific: options.mayCallSpecific ?? false,
    storage: options.storage,
  });
  return { connection, state, desk, wasClosed: () => closed };
}

describe('desk: calling', () => {
  it('calls the next ticket for its own counter', async () => {
    const { connection, desk } = setup(office(counter));
    expect(desk.can('callNext')).toBe(true);
    await desk.callNext();
    expect(connection.sent).toEqual([
      { name: 'counter:call-next', payload: { officeId: 'o', counterId: 'platz-3' } },
    ]);
  });

  it('calls the next of one service and closes its dialog once the server agreed', async () => {
    const { connection, desk } = setup(office(counter));
    desk.openDialog('callService');
    expect(await desk.callNextOf('passport')).toBe(true);
    expect(connection.sent[0]).toEqual({
      name: 'counter:call-next',
      payload: { officeId: 'o', counterId: 'platz-3', serviceId: 'passport' },
    });
    expect(desk.dialog.value).toBeUndefined();
  });

  it('offers a specific number only with the right, and names the number when it was taken meanwhile', async () => {
    const waiting = aTicket({ number: 'C-007' });
    expect(setup(office(counter, [waiting])).desk.can('callTicket')).toBe(false);
    const { connection, desk } = setup(office(counter, [waiting]), { mayCallSpecific: true });
    expect(desk.can('callTicket')).toBe(true);
    connection.answers['counter:call-ticket'] = [
      { ok: false, error: { code: 'invalid_state', message: 'C-007 is called' } },
    ];
    desk.openDialog('callTicket');
    expect(await desk.callTicket(waiting.id)).toBe(false);
    expect(connection.sent[0]).toEqual({
      name: 'counter:call-ticket',
      payload: { officeId: 'o', counterId: 'platz-3', ticketId: waiting.id },
    });
    // The dialog stays, with the refusal and the number it was about.
    expect(desk.dialog.value).toBe('callTicket');
    expect(desk.errors.value.callTicket).toEqual({
      error: { code: 'invalid_state', message: 'C-007 is called' },
      number: 'C-007',
    });
  });

  it('keeps a refusal next to the action that caused it, until that action is tried again', async () => {
    const { connection, desk } = setup(office(counter));
    connection.answers['counter:call-next'] = [
      { ok: false, error: { code: 'queue_empty', message: 'nobody' } },
    ];
    await desk.callNext();
    expect(desk.errors.value.callNext?.error.code).toBe('queue_empty');
    await desk.callNext();
    expect(desk.errors.value.callNext).toBeUndefined();
  });

  it('shows progress until the server answers and accepts nothing else meanwhile', async () => {
    const { connection, desk } = setup(office(counter));
    let answer: (v: unknown) => void = () => undefined;
    connection.command = (async (name: never, payload: never) => {
      connection.sent.push({ name, payload });
      await new Promise((resolve) => (answer = resolve));
      return { ok: true, data: {} };
    }) as typeof connection.command;
    const running = desk.callNext();
    expect(desk.pending.value).toBe('callNext');
    expect(desk.can('callService')).toBe(false);
    expect(desk.can('help')).toBe(true);
    answer(undefined);
    await running;
    expect(desk.pending.value).toBeUndefined();
  });

  it('calls a parked ticket back to this counter, and only when one of its services is parked', async () => {
    const parkedHere = aTicket({ state: 'parked', counterId: 'platz-1' });
    const parkedElsewhere = aTicket({ state: 'parked', serviceId: 'vehicle' });
    const { connection, desk } = setup(office(counter, [parkedHere, parkedElsewhere]));
    expect(desk.parkedTickets.value.map((t) => t.id)).toEqual([parkedHere.id]);
    expect(desk.can('callBack')).toBe(true);
    await desk.callBack(parkedHere.id);
    expect(connection.sent[0]).toEqual({
      name: 'ticket:call-back',
      payload: { ticketId: parkedHere.id, counterId: 'platz-3' },
    });
    expect(setup(office(counter)).desk.can('callBack')).toBe(false);
  });
});

describe('desk: the current ticket', () => {
  const busy = () => office({ ...counter, currentTicketId: called.id }, [called]);

  it('acts on the current ticket by its id', async () => {
    const { connection, desk } = setup(busy());
    expect(desk.can('callNext')).toBe(false);
    await desk.noShow();
    expect(connection.sent).toEqual([{ name: 'ticket:mark-no-show', payload: { ticketId: called.id } }]);
  });

  it('finishes with the services performed and a trimmed note, leaving out what was not given', async () => {
    const { connection, desk } = setup(busy());
    desk.openDialog('finish');
    await desk.finish({
      performedServiceIds: ['registration', 'passport'],
      note: '  Rückfrage Meldeadresse ',
    });
    await desk.finish({ performedServiceIds: [], note: '   ' });
    expect(connection.sent.map((s) => s.payload)).toEqual([
      {
        ticketId: called.id,
        performedServiceIds: ['registration', 'passport'],
        note: 'Rückfrage Meldeadresse',
      },
      { ticketId: called.id },
    ]);
    expect(desk.dialog.value).toBeUndefined();
  });

  it('transfers to a service, to one counter only when one was chosen, and to the front', async () => {
    const { connection, desk } = setup(busy());
    await desk.transfer({ serviceId: 'passport', toFront: true });
    await desk.transfer({ serviceId: 'passport', counterId: 'platz-1', toFront: false });
    expect(connection.sent.map((s) => s.payload)).toEqual([
      { ticketId: called.id, serviceId: 'passport', toFront: true },
      { ticketId: called.id, serviceId: 'passport', counterId: 'platz-1', toFront: false },
    ]);
  });

  it('keeps the server’s explanation when a no-show comes too early', async () => {
    const { connection, desk } = setup(busy());
    connection.answers['ticket:mark-no-show'] = [
      {
        ok: false,
        error: { code: 'invalid_state', message: 'call C-100 2 times before marking it a no-show' },
      },
    ];
    await desk.noShow();
    expect(desk.errors.value.noShow).toEqual({
      error: { code: 'invalid_state', message: 'call C-100 2 times before marking it a no-show' },
      number: 'C-100',
    });
  });

  it('does not pause, close or call while a ticket is at the counter', () => {
    const { desk } = setup(busy());
    expect(['pause', 'close', 'callService', 'callBack'].map((a) => desk.can(a as never))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(desk.can('finish')).toBe(true);
  });
});

describe('desk: the counter', () => {
  it('sends a pause reason only when one was given, and closes the dialog', async () => {
    const { connection, desk } = setup(office(counter));
    desk.openDialog('pause');
    await desk.pause('  ');
    await desk.pause(' Mittagspause ');
    expect(connection.sent.map((s) => s.payload)).toEqual([
      { officeId: 'o', counterId: 'platz-3' },
      { officeId: 'o', counterId: 'platz-3', reason: 'Mittagspause' },
    ]);
    expect(desk.dialog.value).toBeUndefined();
  });

  it('changes today’s services', async () => {
    const { connection, desk } = setup(office(counter));
    await desk.setServices(['registration', 'passport']);
    expect(connection.sent).toEqual([
      {
        name: 'counter:set-services',
        payload: { officeId: 'o', counterId: 'platz-3', serviceIds: ['registration', 'passport'] },
      },
    ]);
  });

  it('tells the workspace when the counter was closed, and not when closing was refused', async () => {
    const refused = setup(office(counter));
    refused.connection.answers['counter:close'] = [
      { ok: false, error: { code: 'counter_busy', message: 'x' } },
    ];
    await refused.desk.close();
    expect(refused.wasClosed()).toBe(false);
    const { desk, wasClosed } = setup(office(counter));
    await desk.close();
    expect(wasClosed()).toBe(true);
  });

  it('lists today’s waiting with waits, and every number it may call for a specific call', () => {
    const today = aTicket({ issuedAt: 0 });
    const otherService = aTicket({ serviceId: 'passport' });
    const { desk } = setup(office(counter, [today, otherService]));
    expect(desk.waiting.value.map((r) => r.ticket.id)).toEqual([today.id]);
    expect(desk.waiting.value[0]?.waitedMs).toBeGreaterThan(0);
    expect(desk.callable.value.map((r) => r.ticket.id)).toEqual([today.id, otherService.id]);
    expect(desk.counts.value).toEqual([['registration', 1]]);
    expect(desk.allowedCounts.value).toEqual([
      ['registration', 1],
      ['passport', 1],
    ]);
  });
});

describe('desk: the arrival sound', () => {
  it('sounds when someone new waits while the counter is free, not for those already there', () => {
    const { state, desk } = setup(office(counter, [aTicket()]));
    expect(desk.chimes.value).toBe(0);
    state.value = office(counter, [...Object.values(state.value!.tickets), aTicket()]);
    expect(desk.chimes.value).toBe(1);
  });

  it('stays quiet while a ticket is at the counter, when switched off, and when today’s services grow', () => {
    const busy = setup(office({ ...counter, currentTicketId: called.id }, [called]));
    busy.state.value = office({ ...counter, currentTicketId: called.id }, [called, aTicket()]);
    expect(busy.desk.chimes.value).toBe(0);

    const storage = memoryStorage();
    const off = setup(office(counter), { storage });
    off.desk.toggleSound();
    expect(storage.data.get(SOUND_SETTING_KEY)).toBe('off');
    off.state.value = office(counter, [aTicket()]);
    expect(off.desk.chimes.value).toBe(0);

    const wider = setup(office(counter));
    const both = { ...counter, activeServiceIds: ['registration', 'passport'] };
    wider.state.value = office(both, [aTicket({ serviceId: 'passport' })]);
    expect(wider.desk.chimes.value).toBe(0);
  });

  it('does not announce the clerk’s own ticket coming back to the queue', () => {
    const { state, desk } = setup(office({ ...counter, currentTicketId: called.id }, [called]));
    state.value = office(counter, [{ ...called, state: 'waiting', toFront: true }]);
    expect(desk.chimes.value).toBe(0);
  });

  it('remembers the setting in the browser', () => {
    const { desk } = setup(office(counter), { storage: memoryStorage({ [SOUND_SETTING_KEY]: 'off' }) });
    expect(desk.soundOn.value).toBe(false);
  });
});
