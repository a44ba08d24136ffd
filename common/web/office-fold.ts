/**
 * Owns: folding the server's facts into one office's client-side state — the one place all three
 * apps turn `ticket:*`/`counter:*` facts into tickets, counters and recent calls.
 * Does not: check sequence numbers (office-sync.ts) or hold signals (office-model.ts).
 * Why counters are patched here: ticket facts carry only the ticket, so which counter it frees
 * or occupies is derived the same way the server's core does it.
 */
import type { FactName, QueuesUpdate, ServerToClientEvents } from '#protocol/events.ts';
import type { ServiceQueue } from '#protocol/office.ts';
import type { OfficeSnapshot } from '#protocol/snapshots.ts';
import { OPEN_TICKET_STATES } from '#protocol/ticket-states.ts';
import type { CallView, CounterView, TicketView } from '#protocol/tickets.ts';

/** A fact as received: its event name and payload, typed together. */
export type Fact = {
  [K in FactName]: { name: K; payload: Parameters<ServerToClientEvents[K]>[0] };
}[FactName];

export interface OfficeState {
  officeId: string;
  seq: number;
  businessDay: string;
  /** server clock minus local clock at the last snapshot, to show waited minutes correctly */
  serverOffsetMs: number;
  /** open tickets only (waiting, called, serving, parked), like the snapshot */
  tickets: Readonly<Record<string, TicketView>>;
  counters: Readonly<Record<string, CounterView>>;
  /** newest first */
  recentCalls: readonly CallView[];
  /** per service: waiting count and the estimate for a newcomer (derived by the server) */
  queues: readonly ServiceQueue[];
  /** office seq the queues were computed at: an older update never replaces a newer one */
  queuesSeq: number;
}

/** As many as the server keeps, so a fact-fed list looks like a snapshot-fed one. */
export const RECENT_CALLS_KEPT = 12;

export function stateFromSnapshot(snapshot: OfficeSnapshot, localNowMs: number): OfficeState {
  return {
    officeId: snapshot.officeId,
    seq: snapshot.seq,
    businessDay: snapshot.businessDay,
    serverOffsetMs: snapshot.serverTime - localNowMs,
    tickets: Object.fromEntries(snapshot.tickets.map((t) => [t.id, t])),
    counters: Object.fromEntries(snapshot.counters.map((c) => [c.id, c])),
    recentCalls: snapshot.recentCalls,
    queues: snapshot.queues,
    queuesSeq: snapshot.seq,
  };
}

/** Takes the server's latest queue figures unless they are older than the ones shown. */
export function applyQueues(state: OfficeState, update: QueuesUpdate): OfficeState {
  if (update.asOfSeq < state.queuesSeq) return state;
  return { ...state, queues: update.queues, queuesSeq: update.asOfSeq };
}

/** Applies one fact. The caller guarantees order (seq = state.seq + 1). */
export function applyFact(state: OfficeState, fact: Fact): OfficeState {
  const next = { ...state, seq: fact.payload.seq };
  switch (fact.name) {
    case 'counter:opened':
    case 'counter:paused':
    case 'counter:resumed':
    case 'counter:closed':
    case 'counter:services-changed':
      return { ...next, counters: { ...state.counters, [fact.payload.counter.id]: fact.payload.counter } };
    case 'office:day-closed':
      return next;
    case 'ticket:called':
      return withCall(occupy(withTicket(next, fact.payload.ticket), fact.payload.ticket), fact.payload.call);
    case 'ticket:recalled':
      return withCall(withTicket(next, fact.payload.ticket), fact.payload.call);
    case 'ticket:issued':
    case 'ticket:started':
    case 'ticket:reopened':
    case 'ticket:reprioritized':
      return withTicket(next, fact.payload.ticket);
    case 'ticket:finished':
    case 'ticket:marked-no-show':
    case 'ticket:transferred':
    case 'ticket:parked':
    case 'ticket:cancelled':
    case 'ticket:expired':
      return release(withTicket(next, fact.payload.ticket), fact.payload.ticket.id, fact.payload.at);
  }
}

/** Upserts an open ticket, drops a final one (the snapshot holds open tickets only). */
function withTicket(state: OfficeState, ticket: TicketView): OfficeState {
  const tickets = { ...state.tickets };
  if (OPEN_TICKET_STATES.includes(ticket.state)) tickets[ticket.id] = ticket;
  else delete tickets[ticket.id];
  return { ...state, tickets };
}

function withCall(state: OfficeState, call: CallView): OfficeState {
  return { ...state, recentCalls: [call, ...state.recentCalls].slice(0, RECENT_CALLS_KEPT) };
}

function occupy(state: OfficeState, ticket: TicketView): OfficeState {
  const counter = ticket.counterId === undefined ? undefined : state.counters[ticket.counterId];
  if (!counter) return state;
  return {
    ...state,
    counters: {
      ...state.counters,
      [counter.id]: { ...counter, currentTicketId: ticket.id, idleSince: undefined },
    },
  };
}

/** Frees whichever counter holds the ticket (a parked ticket keeps its counterId, so search). */
function release(state: OfficeState, ticketId: string, at: number): OfficeState {
  const holder = Object.values(state.counters).find((c) => c.currentTicketId === ticketId);
  if (!holder) return state;
  const { currentTicketId: _freed, ...rest } = holder;
  // As the server does: a counter whose ticket left is free from then on.
  return { ...state, counters: { ...state.counters, [holder.id]: { ...rest, idleSince: at } } };
}
