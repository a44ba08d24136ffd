import { describe, expect, it } from 'vitest';
import type { CallView, CounterView, TicketView } from '#protocol/tickets.ts';
import type { OfficeSnapshot } from '#protocol/snapshots.ts';
import {
  applyFact,
  stateFromSnapshot,
  RECENT_CALLS_KEPT,
  type Fact,
  type OfficeState,
} from './office-fold.ts';

const aTicket = (o: Partial<TicketView> = {}): TicketView => ({
  id: 'ticket-aaaaaaaaaaaa1',
  officeId: 'buergerbuero',
  number: 'A-001',
  serviceId: 'registration',
  departmentId: 'buergerbuero',
  state: 'waiting',
  channel: 'kiosk',
  priority: 'normal',
  businessDay: '2026-11-25',
  issuedAt: 1000,
  queuedAt: 1000,
  callCount: 0,
  transferCount: 0,
  ...o,
});
const aCounter = (o: Partial<CounterView> = {}): CounterView => ({
  id: 'platz-3',
  officeId: 'buergerbuero',
  name: 'Platz 3',
  status: 'open',
  clerk: 'clerk1',
  serviceIds: ['registration'],
  activeServiceIds: ['registration'],
  ...o,
});
const aCall = (o: Partial<CallView> = {}): CallView => ({
  number: 'A-001',
  counterId: 'platz-3',
  counterName: 'Platz 3',
  departmentId: 'buergerbuero',
  calledAt: 2000,
  recall: false,
  ...o,
});
const snapshot = (o: Partial<OfficeSnapshot> = {}): OfficeSnapshot => ({
  officeId: 'buergerbuero',
  seq: 10,
  businessDay: '2026-11-25',
  serverTime: 5000,
  tickets: [],
  counters: [aCounter()],
  recentCalls: [],
  queues: [],
  ...o,
});
const base = { officeId: 'buergerbuero', at: 0 };
const fold = (state: OfficeState, ...facts: Fact[]) => facts.reduce(applyFact, state);

describe('stateFromSnapshot', () => {
  it('indexes tickets and counters and remembers the server clock offset', () => {
    const state = stateFromSnapshot(snapshot({ tickets: [aTicket()] }), 4000);
    expect(state.tickets['ticket-aaaaaaaaaaaa1']?.number).toBe('A-001');
    expect(state.counters['platz-3']?.name).toBe('Platz 3');
    expect(state.serverOffsetMs).toBe(1000);
    expect(state.seq).toBe(10);
  });
});

describe('applyFact', () => {
  const start = stateFromSnapshot(snapshot(), 5000);
  const issued = aTicket();
  const called = aTicket({ state: 'called', counterId: 'platz-3', callCount: 1, calledAt: 2000 });

  it('adds an issued ticket and advances the seq', () => {
    const state = fold(start, { name: 'ticket:issued', payload: { ...base, seq: 11, ticket: issued } });
    expect(Object.values(state.tickets)).toEqual([issued]);
    expect(state.seq).toBe(11);
  });

  it('puts a called ticket on its counter and at the top of the recent calls', () => {
    const state = fold(
      start,
      { name: 'ticket:issued', payload: { ...base, seq: 11, ticket: issued } },
      { name: 'ticket:called', payload: { ...base, seq: 12, ticket: called, call: aCall() } },
    );
    expect(state.counters['platz-3']?.currentTicketId).toBe(called.id);
    expect(state.tickets[called.id]?.state).toBe('called');
    expect(state.recentCalls).toEqual([aCall()]);
  });

  it('adds a recall to the recent calls without moving the ticket', () => {
    const state = fold(
      start,
      { name: 'ticket:called', payload: { ...base, seq: 11, ticket: called, call: aCall() } },
      {
        name: 'ticket:recalled',
        payload: { ...base, seq: 12, ticket: called, call: aCall({ recall: true }) },
      },
    );
    expect(state.recentCalls.map((c) => c.recall)).toEqual([true, false]);
    expect(state.counters['platz-3']?.currentTicketId).toBe(called.id);
  });

  it.each([
    ['ticket:finished', 'done'],
    ['ticket:marked-no-show', 'no_show'],
    ['ticket:cancelled', 'cancelled'],
    ['ticket:expired', 'expired'],
  ] as const)('%s removes the ticket and frees its counter', (name, finalState) => {
    const state = fold(
      start,
      { name: 'ticket:called', payload: { ...base, seq: 11, ticket: called, call: aCall() } },
      { name, payload: { ...base, seq: 12, ticket: { ...called, state: finalState } } },
    );
    expect(state.tickets).toEqual({});
    expect(state.counters['platz-3']?.currentTicketId).toBeUndefined();
  });

  it('a counter is free from the moment its ticket left, busy again when it calls', () => {
    const called1 = {
      name: 'ticket:called',
      payload: { ...base, seq: 11, at: 5000, ticket: called, call: aCall() },
    } as const;
    const done = {
      name: 'ticket:finished',
      payload: { ...base, seq: 12, at: 9000, ticket: { ...called, state: 'done' } },
    } as const;
    const free = fold(start, called1, done);
    expect(free.counters['platz-3']?.idleSince).toBe(9000);
    const again = fold(free, { ...called1, payload: { ...called1.payload, seq: 13 } });
    expect(again.counters['platz-3']?.idleSince).toBeUndefined();
  });

  it('keeps a parked ticket (still naming its counter) but frees the counter', () => {
    const state = fold(
      start,
      { name: 'ticket:called', payload: { ...base, seq: 11, ticket: called, call: aCall() } },
      { name: 'ticket:parked', payload: { ...base, seq: 12, ticket: { ...called, state: 'parked' } } },
    );
    expect(state.tickets[called.id]?.state).toBe('parked');
    expect(state.counters['platz-3']?.currentTicketId).toBeUndefined();
  });

  it('replaces a counter from a counter fact', () => {
    const paused = aCounter({ status: 'paused', pauseReason: 'Mittag' });
    const state = fold(start, { name: 'counter:paused', payload: { ...base, seq: 11, counter: paused } });
    expect(state.counters['platz-3']).toEqual(paused);
  });

  it(`keeps the newest ${RECENT_CALLS_KEPT} calls`, () => {
    let state = start;
    for (let i = 1; i <= RECENT_CALLS_KEPT + 3; i++) {
      const call = aCall({ number: `A-${String(i).padStart(3, '0')}` });
      state = applyFact(state, {
        name: 'ticket:called',
        payload: { ...base, seq: 10 + i, ticket: called, call },
      });
    }
    expect(state.recentCalls).toHaveLength(RECENT_CALLS_KEPT);
    expect(state.recentCalls[0]?.number).toBe('A-015');
  });
});
