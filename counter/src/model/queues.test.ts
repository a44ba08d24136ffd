import { describe, expect, it } from 'vitest';
import type { CounterView, TicketView } from '#protocol/tickets.ts';
import type { OfficeState } from '#web/office-fold.ts';
import { actionForKey, isAvailable } from './actions.ts';
import { counterOfClerk, countsByService, currentTicket, parked, waitingFor } from './queues.ts';

let next = 0;
const aTicket = (o: Partial<TicketView> = {}): TicketView => {
  next++;
  return {
    id: `ticket-${String(next).padStart(10, '0')}`,
    officeId: 'o',
    number: `A-${String(next).padStart(3, '0')}`,
    serviceId: 'registration',
    departmentId: 'buergerbuero',
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
const aCounter = (o: Partial<CounterView> = {}): CounterView => ({
  id: 'platz-3',
  officeId: 'o',
  name: 'Platz 3',
  status: 'open',
  clerk: 'anna',
  serviceIds: ['registration', 'passport'],
  activeServiceIds: ['registration', 'passport'],
  ...o,
});
const officeWith = (tickets: TicketView[], counters: CounterView[] = [aCounter()]): OfficeState => ({
  officeId: 'o',
  seq: 1,
  businessDay: '2026-11-25',
  serverOffsetMs: 0,
  tickets: Object.fromEntries(tickets.map((t) => [t.id, t])),
  counters: Object.fromEntries(counters.map((c) => [c.id, c])),
  recentCalls: [],
  queues: [],
  queuesSeq: 0,
});

describe('waitingFor', () => {
  it('lists waiting tickets of the counter’s services, to-the-front first, then longest waiting', () => {
    const early = aTicket();
    const late = aTicket({ serviceId: 'passport' });
    const front = aTicket({ toFront: true });
    const otherService = aTicket({ serviceId: 'vehicle' });
    const otherCounter = aTicket({ targetCounterId: 'platz-9' });
    const forMe = aTicket({ targetCounterId: 'platz-3' });
    const called = aTicket({ state: 'called' });
    const state = officeWith([early, late, front, otherService, otherCounter, forMe, called]);
    expect(waitingFor(state, aCounter()).map((t) => t.number)).toEqual(
      [front, early, late, forMe].map((t) => t.number),
    );
  });

  it('counts per service with zeros', () => {
    const tickets = [aTicket(), aTicket()];
    expect(countsByService(tickets, ['registration', 'passport'])).toEqual([
      ['registration', 2],
      ['passport', 0],
    ]);
  });
});

describe('current, parked and own counter', () => {
  it('finds the counter’s ticket, the parked tickets and where a clerk is signed in', () => {
    const called = aTicket({ state: 'called', counterId: 'platz-3' });
    const held = aTicket({ state: 'parked', counterId: 'platz-3' });
    const state = officeWith(
      [called, held],
      [
        aCounter({ currentTicketId: called.id }),
        aCounter({ id: 'platz-1', clerk: undefined, status: 'closed' }),
      ],
    );
    expect(currentTicket(state, 'platz-3')).toEqual(called);
    expect(parked(state)).toEqual([held]);
    expect(counterOfClerk(state, 'anna')?.id).toBe('platz-3');
    expect(counterOfClerk(state, 'bernd')).toBeUndefined();
  });
});

describe('isAvailable', () => {
  const called = aTicket({ state: 'called' });
  const serving = aTicket({ state: 'serving' });
  it.each([
    ['callNext', undefined, true],
    ['callNext', called, false],
    ['recall', called, true],
    ['recall', serving, false],
    ['start', called, true],
    ['finish', serving, true],
    ['noShow', serving, false],
    ['park', serving, true],
    ['transfer', called, true],
  ] as const)('%s with %o → %s', (action, ticket, expected) => {
    expect(isAvailable(action, aCounter(), ticket)).toBe(expected);
  });

  it('allows only resume and close while paused, nothing while closed', () => {
    const paused = aCounter({ status: 'paused' });
    expect(isAvailable('callNext', paused, undefined)).toBe(false);
    expect(isAvailable('resume', paused, undefined)).toBe(true);
    expect(isAvailable('close', aCounter({ status: 'closed' }), undefined)).toBe(false);
  });
});

describe('actionForKey', () => {
  const key = (k: string, o: Partial<{ ctrlKey: boolean; target: EventTarget | null }> = {}) =>
    actionForKey({ key: k, ctrlKey: false, altKey: false, metaKey: false, target: null, ...o });

  it('maps the shortcut letters, in either case', () => {
    expect(key('n')).toBe('callNext');
    expect(key('F')).toBe('finish');
    expect(key('x')).toBe('noShow');
    expect(key('q')).toBeUndefined();
  });

  it('ignores keys with modifiers and keys typed into a field', () => {
    expect(key('n', { ctrlKey: true })).toBeUndefined();
    expect(key('n', { target: { tagName: 'INPUT' } as unknown as EventTarget })).toBeUndefined();
  });
});
