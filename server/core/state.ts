/**
 * Owns: the live state of one office for one business day, and `apply`, the only way it changes.
 * Why immutable: the engine keeps the last durable state to fall back to when a write fails, and
 * tests compare states before and after; structural sharing keeps copies cheap.
 */
import type { CallView, CounterStatus, TicketView } from '#protocol/tickets.ts';
import type { CallReason, DomainEvent } from './events.ts';
import type { OfficeSetup } from './setup.ts';

export interface CounterRuntime {
  status: CounterStatus;
  clerk?: string | undefined;
  pauseReason?: string | undefined;
  currentTicketId?: string | undefined;
  since?: number | undefined;
  /** normal tickets called in a row since the last priority ticket (interleave ratio) */
  normalStreak: number;
  /** when the counter last became free (signed in, resumed, or a ticket left it) */
  idleSince?: number | undefined;
  /** the services the clerk serves today (a subset of the setup's); absent: all of them */
  serviceIds?: string[] | undefined;
  /** appointment tickets called in a row (they alternate with overdue walk-ins) */
  appointmentStreak?: number | undefined;
  /** ms paused today in pauses that have ended: the wait estimates know whether a break is still due */
  pausedTodayMs?: number | undefined;
}

/** An appointment as the office keeps it: no name, no birth date — at most their salted hash. */
export interface Appointment {
  bookingCode: string;
  serviceId: string;
  /** epoch ms */
  slot: number;
  /** business day of the slot in the office's time zone */
  businessDay: string;
  /** salted hash of name and birth date, for check-in by ID card; deleted with its day */
  identityKey?: string | undefined;
  state: 'booked' | 'checked_in';
  ticketId?: string | undefined;
}

export interface OfficeState {
  officeId: string;
  businessDay: string;
  /** sequence number of the last applied event */
  seq: number;
  /** last number issued per prefix today */
  lastNumbers: Record<string, number>;
  /** today's tickets in every state */
  tickets: Record<string, TicketView>;
  counters: Record<string, CounterRuntime>;
  /** idempotency key of a draw → the ticket it created today */
  drawKeys: Record<string, string>;
  /** newest first, for wall displays that (re)connect */
  recentCalls: CallView[];
  /** by booking code: today's and future appointments */
  appointments: Record<string, Appointment>;
  /**
   * Random salt per business day for identity keys (ID-card check-in). A day's salt is deleted
   * when the day closes, so its keys can never again be matched against a name and birth date.
   */
  identitySalts: Record<string, string>;
}

export const RECENT_CALLS_KEPT = 12;

export function initialState(setup: OfficeSetup, businessDay: string): OfficeState {
  const counters: Record<string, CounterRuntime> = {};
  for (const c of setup.counters) counters[c.id] = { status: 'closed', normalStreak: 0 };
  return {
    officeId: setup.id,
    businessDay,
    seq: 0,
    lastNumbers: {},
    tickets: {},
    counters,
    drawKeys: {},
    recentCalls: [],
    appointments: {},
    identitySalts: {},
  };
}

function updateTicket(state: OfficeState, id: string, patch: Partial<TicketView>): OfficeState {
  const ticket = state.tickets[id];
  if (!ticket) throw new Error(`apply: unknown ticket ${id}`);
  return { ...state, tickets: { ...state.tickets, [id]: { ...ticket, ...patch } } };
}

function updateCounter(state: OfficeState, id: string, patch: Partial<CounterRuntime>): OfficeState {
  const counter = state.counters[id] ?? { status: 'closed', normalStreak: 0 };
  return { ...state, counters: { ...state.counters, [id]: { ...counter, ...patch } } };
}

/** The counter's paused time today once a pause (if it is in one) ends at `at`. */
function pausedAfter(counter: CounterRuntime | undefined, at: number): number | undefined {
  const before = counter?.pausedTodayMs;
  if (counter?.status !== 'paused' || counter.since === undefined) return before;
  return (before ?? 0) + Math.max(0, at - counter.since);
}

/** Frees the counter that holds a ticket, if any. */
function releaseCounterOf(state: OfficeState, ticketId: string, at: number): OfficeState {
  const counterId = state.tickets[ticketId]?.counterId;
  if (!counterId || state.counters[counterId]?.currentTicketId !== ticketId) return state;
  return updateCounter(state, counterId, { currentTicketId: undefined, idleSince: at });
}

function pushCall(state: OfficeState, ticketId: string, counterId: string, at: number, recall: boolean) {
  const ticket = state.tickets[ticketId];
  if (!ticket) return state;
  const call: CallView = {
    number: ticket.number,
    counterId,
    counterName: counterId,
    departmentId: ticket.departmentId,
    serviceId: ticket.serviceId,
    calledAt: at,
    recall,
  };
  return { ...state, recentCalls: [call, ...state.recentCalls].slice(0, RECENT_CALLS_KEPT) };
}

/**
 * A counter's interleave streaks after it calls a ticket: normal calls in a row (for the
 * priority interleave) and appointment calls in a row (they alternate with overdue walk-ins).
 * A call-back changes neither. Shared with the estimator, which plays calls forward.
 */
export function streaksAfterCall(
  counter: Pick<CounterRuntime, 'normalStreak' | 'appointmentStreak'> | undefined,
  priority: TicketView['priority'] | undefined,
  rule: CallReason['rule'],
): Pick<CounterRuntime, 'normalStreak' | 'appointmentStreak'> {
  if (rule === 'call_back')
    return { normalStreak: counter?.normalStreak ?? 0, appointmentStreak: counter?.appointmentStreak };
  return {
    normalStreak: priority === 'priority' ? 0 : (counter?.normalStreak ?? 0) + 1,
    appointmentStreak: rule === 'appointment' ? (counter?.appointmentStreak ?? 0) + 1 : 0,
  };
}

/** Applies one event. Events were produced by `decide`, so they are legal; a bad one is a bug and throws. */
export function apply(state: OfficeState, event: DomainEvent, setup: OfficeSetup): OfficeState {
  if (event.seq !== state.seq + 1) throw new Error(`apply: event seq ${event.seq} after ${state.seq}`);
  const next = applyBody(state, event, setup);
  return { ...next, seq: event.seq };
}

function applyBody(state: OfficeState, e: DomainEvent, setup: OfficeSetup): OfficeState {
  switch (e.type) {
    case 'ticket.issued': {
      const t = e.ticket;
      const prefix = t.number.split('-')[0] ?? '';
      return {
        ...state,
        tickets: { ...state.tickets, [t.id]: t },
        drawKeys: e.drawKey === undefined ? state.drawKeys : { ...state.drawKeys, [e.drawKey]: t.id },
        lastNumbers: { ...state.lastNumbers, [prefix]: Number(t.number.slice(prefix.length + 1)) },
      };
    }
    case 'ticket.called': {
      const ticket = state.tickets[e.ticketId];
      let s = updateTicket(state, e.ticketId, {
        state: 'called',
        counterId: e.counterId,
        calledAt: e.at,
        callCount: (ticket?.callCount ?? 0) + 1,
        targetCounterId: undefined,
        toFront: undefined,
      });
      s = updateCounter(s, e.counterId, {
        currentTicketId: e.ticketId,
        ...streaksAfterCall(s.counters[e.counterId], ticket?.priority, e.reason.rule),
      });
      return withCounterName(pushCall(s, e.ticketId, e.counterId, e.at, false), setup);
    }
    case 'ticket.recalled': {
      const ticket = state.tickets[e.ticketId];
      const s = updateTicket(state, e.ticketId, { calledAt: e.at, callCount: (ticket?.callCount ?? 0) + 1 });
      return withCounterName(pushCall(s, e.ticketId, e.counterId, e.at, true), setup);
    }
    case 'ticket.started':
      return updateTicket(state, e.ticketId, { state: 'serving', startedAt: e.at });
    case 'ticket.finished':
      return updateTicket(releaseCounterOf(state, e.ticketId, e.at), e.ticketId, {
        state: 'done',
        finishedAt: e.at,
        performedServiceIds: e.performedServiceIds,
      });
    case 'ticket.no_show':
      return updateTicket(releaseCounterOf(state, e.ticketId, e.at), e.ticketId, {
        state: 'no_show',
        finishedAt: e.at,
      });
    case 'ticket.transferred': {
      const ticket = state.tickets[e.ticketId];
      return updateTicket(releaseCounterOf(state, e.ticketId, e.at), e.ticketId, {
        state: 'waiting',
        serviceId: e.serviceId,
        departmentId: e.departmentId,
        counterId: undefined,
        targetCounterId: e.counterId,
        toFront: e.toFront || undefined,
        transferCount: (ticket?.transferCount ?? 0) + 1,
      });
    }
    case 'ticket.parked':
      return updateTicket(releaseCounterOf(state, e.ticketId, e.at), e.ticketId, { state: 'parked' });
    case 'ticket.cancelled':
      return updateTicket(releaseCounterOf(state, e.ticketId, e.at), e.ticketId, {
        state: 'cancelled',
        finishedAt: e.at,
      });
    case 'ticket.expired':
      return updateTicket(releaseCounterOf(state, e.ticketId, e.at), e.ticketId, {
        state: 'expired',
        finishedAt: e.at,
      });
    case 'ticket.reopened':
      // Back in the queue with its number and its original place in time.
      return updateTicket(state, e.ticketId, {
        state: 'waiting',
        counterId: undefined,
        finishedAt: undefined,
      });
    case 'ticket.reprioritized':
      return updateTicket(state, e.ticketId, { priority: e.priority });
    case 'counter.opened':
      return updateCounter(state, e.counterId, {
        status: 'open',
        clerk: e.clerk,
        since: e.at,
        pauseReason: undefined,
        normalStreak: 0,
        serviceIds: e.serviceIds,
        idleSince: e.at,
      });
    case 'counter.services_set':
      return updateCounter(state, e.counterId, { serviceIds: e.serviceIds });
    case 'counter.paused':
      return updateCounter(state, e.counterId, { status: 'paused', pauseReason: e.reason, since: e.at });
    case 'counter.resumed':
      return updateCounter(state, e.counterId, {
        pausedTodayMs: pausedAfter(state.counters[e.counterId], e.at),
        status: 'open',
        pauseReason: undefined,
        since: e.at,
        idleSince: e.at,
      });
    case 'counter.closed':
      return updateCounter(state, e.counterId, {
        pausedTodayMs: pausedAfter(state.counters[e.counterId], e.at),
        status: 'closed',
        clerk: undefined,
        pauseReason: undefined,
        currentTicketId: undefined,
        serviceIds: undefined,
        since: e.at,
      });
    case 'day.closed':
      return state;
    case 'day.opened': {
      // Future appointments stay; the closed day's go, with their identity keys and salts
      // (retention). A check-in made before midnight for a slot after it expired with its ticket.
      const appointments = Object.fromEntries(
        Object.entries(state.appointments ?? {})
          .filter(([, a]) => a.businessDay >= e.businessDay)
          .map(([code, a]): [string, Appointment] => [
            code,
            a.state === 'checked_in' ? { ...a, state: 'booked', ticketId: undefined } : a,
          ]),
      );
      const identitySalts = Object.fromEntries(
        Object.entries(state.identitySalts ?? {}).filter(([day]) => day >= e.businessDay),
      );
      return {
        ...initialState(setup, e.businessDay),
        seq: state.seq,
        counters: state.counters,
        appointments,
        identitySalts,
      };
    }
    case 'identity.salt_created':
      return { ...state, identitySalts: { ...(state.identitySalts ?? {}), [e.businessDay]: e.salt } };
    case 'appointments.imported': {
      const appointments = { ...(state.appointments ?? {}) };
      for (const a of e.appointments) appointments[a.bookingCode] = a;
      return { ...state, appointments };
    }
    case 'appointment.checked_in': {
      const appointment = state.appointments?.[e.bookingCode];
      if (!appointment) throw new Error(`apply: unknown appointment ${e.bookingCode}`);
      return {
        ...state,
        appointments: {
          ...state.appointments,
          [e.bookingCode]: { ...appointment, state: 'checked_in', ticketId: e.ticketId },
        },
      };
    }
  }
}

/** Display names come from the setup, so renaming a counter needs no migration of history. */
function withCounterName(state: OfficeState, setup: OfficeSetup): OfficeState {
  const [first, ...rest] = state.recentCalls;
  if (!first) return state;
  const name = setup.counters.find((c) => c.id === first.counterId)?.name ?? first.counterId;
  return { ...state, recentCalls: [{ ...first, counterName: name }, ...rest] };
}
