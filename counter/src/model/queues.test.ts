import { describe, expect, it } from 'vitest';
import type { CounterView, TicketView } from '#protocol/tickets.ts';
import type { OfficeState } from '#web/office-fold.ts';
import { actionForKey, isAvailable, SHORTCUT_ORDER, SHORTCUTS, type ClerkAction } from './actions.ts';
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

  it('lists only today’s services, or every allowed one for a call out of order', () => {
    const registration = aTicket();
    const passport = aTicket({ serviceId: 'passport' });
    const state = officeWith([registration, passport]);
    const today = aCounter({ activeServiceIds: ['registration'] });
    expect(waitingFor(state, today).map((t) => t.id)).toEqual([registration.id]);
    expect(waitingFor(state, today, 'allowed').map((t) => t.id)).toEqual([registration.id, passport.id]);
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
    expect(parked(state, ['registration'])).toEqual([held]);
    expect(parked(state, ['vehicle'])).toEqual([]);
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
    ['callService', undefined, true],
    ['callService', serving, false],
    ['pause', undefined, true],
    ['pause', called, false],
    ['close', undefined, true],
    ['close', serving, false],
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

  it('offers a specific call only with the right, and call-back only with a parked ticket', () => {
    const none = { mayCallSpecific: false, hasParked: false };
    expect(isAvailable('callTicket', aCounter(), undefined, none)).toBe(false);
    expect(isAvailable('callTicket', aCounter(), undefined, { ...none, mayCallSpecific: true })).toBe(true);
    expect(isAvailable('callBack', aCounter(), undefined, none)).toBe(false);
    expect(isAvailable('callBack', aCounter(), undefined, { ...none, hasParked: true })).toBe(true);
  });

  it('offers no-show only once the office’s number of calls is reached', () => {
    const rule = { mayCallSpecific: false, hasParked: false, noShowAfterCalls: 2 };
    expect(isAvailable('noShow', aCounter(), aTicket({ state: 'called', callCount: 1 }), rule)).toBe(false);
    expect(isAvailable('noShow', aCounter(), aTicket({ state: 'called', callCount: 2 }), rule)).toBe(true);
    expect(isAvailable('noShow', aCounter(), aTicket({ state: 'serving', callCount: 3 }), rule)).toBe(false);
  });

  it('allows only resume and close while paused, nothing while closed', () => {
    const paused = aCounter({ status: 'paused' });
    expect(isAvailable('callNext', paused, undefined)).toBe(false);
    expect(isAvailable('resume', paused, undefined)).toBe(true);
    expect(isAvailable('close', aCounter({ status: 'closed' }), undefined)).toBe(false);
    expect(isAvailable('services', paused, undefined)).toBe(true);
    expect(isAvailable('help', undefined, undefined)).toBe(true);
  });
});

describe('actionForKey', () => {
  const all = () => true;
  const key = (
    k: string,
    o: Partial<{ ctrlKey: boolean; target: EventTarget | null }> = {},
    enabled: (a: ClerkAction) => boolean = all,
  ) => actionForKey({ key: k, ctrlKey: false, altKey: false, metaKey: false, target: null, ...o }, enabled);

  it('maps the shortcut letters, in either case', () => {
    expect(key('n')).toBe('callNext');
    expect(key('F')).toBe('finish');
    expect(key('x')).toBe('noShow');
    expect(key('g')).toBe('callTicket');
    expect(key('a')).toBe('callService');
    expect(key('z')).toBe('callBack');
    expect(key('q')).toBe('close');
    expect(key('j')).toBeUndefined();
  });

  it('opens the help with ? or F1', () => {
    expect(key('?')).toBe('help');
    expect(key('F1')).toBe('help');
  });

  it('means pause or resume on U, whichever is possible', () => {
    expect(key('u', {}, (a) => a === 'pause')).toBe('pause');
    expect(key('u', {}, (a) => a === 'resume')).toBe('resume');
    expect(key('u', {}, () => false)).toBeUndefined();
  });

  it('ignores keys of actions that are not possible now', () => {
    expect(key('n', {}, (a) => a !== 'callNext')).toBeUndefined();
  });

  it('ignores keys with modifiers and keys typed into a field', () => {
    expect(key('n', { ctrlKey: true })).toBeUndefined();
    expect(key('n', { target: { tagName: 'INPUT' } as unknown as EventTarget })).toBeUndefined();
    expect(key('n', { target: { tagName: 'TEXTAREA' } as unknown as EventTarget })).toBeUndefined();
  });

  it('gives every action a key, and no key two actions that can apply at once', () => {
    expect([...SHORTCUT_ORDER].sort()).toEqual((Object.keys(SHORTCUTS) as ClerkAction[]).sort());
    const owners = new Map<string, ClerkAction[]>();
    for (const action of SHORTCUT_ORDER) {
      for (const k of SHORTCUTS[action]) owners.set(k, [...(owners.get(k) ?? []), action]);
    }
    const shared = [...owners.values()].filter((actions) => actions.length > 1);
    expect(shared).toEqual([['pause', 'resume']]);
  });
});
