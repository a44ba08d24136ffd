/** Factories for the board's unit tests: an office state and setup built per test, with overrides. */
import type { CounterView, TicketView } from '#protocol/tickets.ts';
import type { OfficeState } from '#web/office-fold.ts';
import type { BoardSetup } from './board-rows.ts';

export const MINUTE = 60_000;
/** the server's clock in these tests: 25 Nov 2026, 10:00 UTC */
export const NOW = Date.UTC(2026, 10, 25, 10, 0);

let nextId = 0;

export function aTicket(over: Partial<TicketView> = {}): TicketView {
  nextId += 1;
  return {
    id: `ticket-${String(nextId).padStart(10, '0')}`,
    officeId: 'o',
    number: `A-${String(nextId).padStart(3, '0')}`,
    serviceId: 'ausweis',
    departmentId: 'bb',
    state: 'waiting',
    channel: 'kiosk',
    priority: 'normal',
    businessDay: '2026-11-25',
    issuedAt: NOW,
    queuedAt: NOW,
    callCount: 0,
    transferCount: 0,
    ...over,
  };
}

export function aCounter(over: Partial<CounterView> = {}): CounterView {
  return {
    id: 'platz-1',
    officeId: 'o',
    name: 'Platz 1',
    status: 'open',
    clerk: 'clerk1',
    serviceIds: ['ausweis', 'meldung'],
    activeServiceIds: ['ausweis', 'meldung'],
    since: NOW - 60 * MINUTE,
    ...over,
  };
}

export function aState(
  over: { tickets?: TicketView[]; counters?: CounterView[] } & Partial<
    Omit<OfficeState, 'tickets' | 'counters'>
  > = {},
): OfficeState {
  const { tickets = [], counters = [aCounter()], ...rest } = over;
  return {
    officeId: 'o',
    seq: 1,
    businessDay: '2026-11-25',
    serverOffsetMs: 0,
    recentCalls: [],
    queues: [],
    queuesSeq: 1,
    ...rest,
    tickets: Object.fromEntries(tickets.map((t) => [t.id, t])),
    counters: Object.fromEntries(counters.map((c) => [c.id, c])),
  };
}

export function aSetup(over: Partial<BoardSetup['alarms']> = {}): BoardSetup {
  return {
    services: [
      { id: 'ausweis', departmentId: 'bb', targetWaitMinutes: 30 },
      { id: 'meldung', departmentId: 'bb', targetWaitMinutes: 20 },
      { id: 'fuehrerschein', departmentId: 'sv', targetWaitMinutes: 30 },
    ],
    alarms: { maxWaiting: 3, waitOverTargetPercent: 100, pausedMinutes: 30, ...over },
  };
}
