/**
 * Owns: turning core state into the protocol's views — what clients may see.
 */
import type { OfficeView, ServiceQueue } from '#protocol/office.ts';
import type { OfficeSnapshot } from '#protocol/snapshots.ts';
import {
  OPEN_TICKET_STATES,
  type CounterView,
  type TicketView,
  type WaitEstimate,
} from '#protocol/tickets.ts';
import { localized } from '#protocol/language.ts';
import { relativeWait, sequenceOf } from './calling/strategy.ts';
import { closedReason } from './hours.ts';
import { activeServices, type OfficeSetup, type ServiceSetup } from './setup.ts';
import type { OfficeState } from './state.ts';
import { own } from './own.ts';

export function counterView(
  state: OfficeState,
  setup: OfficeSetup,
  counterId: string,
): CounterView | undefined {
  const c = setup.counters.find((x) => x.id === counterId);
  // A counter an admin added today has no runtime until someone signs in: it is closed.
  const r = own(state.counters, counterId) ?? { status: 'closed' as const, normalStreak: 0 };
  if (!c) return undefined;
  return {
    id: c.id,
    officeId: setup.id,
    name: c.name,
    status: r.status,
    clerk: r.clerk,
    pauseReason: r.pauseReason,
    currentTicketId: r.currentTicketId,
    serviceIds: c.serviceIds,
    activeServiceIds: activeServices(c, r),
    ...(r.status === 'open' && !r.currentTicketId && r.idleSince !== undefined
      ? { idleSince: r.idleSince }
      : {}),
    since: r.since,
  };
}

export function snapshotOf(
  state: OfficeState,
  setup: OfficeSetup,
  now: number,
  newcomer: NewcomerEstimate = () => undefined,
): OfficeSnapshot {
  return {
    officeId: setup.id,
    seq: state.seq,
    businessDay: state.businessDay,
    serverTime: now,
    tickets: Object.values(state.tickets).filter((t) => OPEN_TICKET_STATES.includes(t.state)),
    counters: setup.counters.flatMap((c) => counterView(state, setup, c.id) ?? []),
    recentCalls: state.recentCalls,
    queues: queuesOf(state, setup, newcomer),
  };
}

/** The wait estimate for someone drawing a ticket of this service now (see server/estimates). */
export type NewcomerEstimate = (serviceId: string) => WaitEstimate | undefined;

/**
 * Per service: how many wait, and the estimate for someone drawing a ticket now. Displays and
 * supervisors show it; one pass over today's tickets.
 */
export function queuesOf(
  state: OfficeState,
  setup: OfficeSetup,
  newcomer: NewcomerEstimate = () => undefined,
): ServiceQueue[] {
  const waiting = new Map<string, number>();
  for (const t of Object.values(state.tickets)) {
    if (t.state === 'waiting') waiting.set(t.serviceId, (waiting.get(t.serviceId) ?? 0) + 1);
  }
  return setup.services.map((s) => {
    const count = waiting.get(s.id) ?? 0;
    const estimate = newcomer(s.id);
    return { serviceId: s.id, waiting: count, ...(estimate ? { waitEstimate: estimate } : {}) };
  });
}

/**
 * How many waiting tickets of the same service the call strategy ranks ahead of this one now:
 * tickets sent to the front first, then appointments due now (by slot), then by relative wait. An estimate for the citizen (new
 * arrivals and the priority interleave can change it), in one pass over the queue because the
 * public status page asks for it often.
 */
export function peopleAhead(state: OfficeState, setup: OfficeSetup, ticket: TicketView, now: number): number {
  if (ticket.state !== 'waiting') return 0;
  const mine = relativeWait(ticket, setup, now);
  const favourFrom = now + setup.appointments.favourMinutes * 60_000;
  const isDue = (t: TicketView) => t.appointmentSlot !== undefined && t.appointmentSlot <= favourFrom;
  const mineDue = isDue(ticket);
  let ahead = 0;
  for (const other of Object.values(state.tickets)) {
    if (other.id === ticket.id || other.state !== 'waiting' || other.serviceId !== ticket.serviceId) continue;
    if (Boolean(other.toFront) !== Boolean(ticket.toFront)) {
      if (other.toFront) ahead++;
      continue;
    }
    // Due appointments go before walk-ins, among themselves by slot (as the strategy calls them).
    const otherDue = isDue(other);
    if (otherDue !== mineDue) {
      if (otherDue) ahead++;
      continue;
    }
    if (mineDue) {
      if ((other.appointmentSlot ?? 0) < (ticket.appointmentSlot ?? 0)) ahead++;
      continue;
    }
    const theirs = relativeWait(other, setup, now);
    if (theirs !== mine) {
      if (theirs > mine) ahead++;
    } else if (other.queuedAt !== ticket.queuedAt) {
      if (other.queuedAt < ticket.queuedAt) ahead++;
    } else if (sequenceOf(other.number) < sequenceOf(ticket.number)) ahead++;
  }
  return ahead;
}

/** The office as kiosks list it: `open` and `closedReason` are for this instant. */
export function officeView(
  setup: OfficeSetup,
  state?: OfficeState,
  now?: number,
  language = 'de',
): OfficeView {
  return {
    id: setup.id,
    name: setup.name,
    timeZone: setup.timeZone,
    departments: setup.departments.map((d) => ({
      id: d.id,
      name: localized(d.names, language),
      names: d.names,
      serviceIds: setup.services.filter((s) => s.departmentId === d.id).map((s) => s.id),
    })),
    services: setup.services.map((s) => ({
      id: s.id,
      departmentId: s.departmentId,
      name: localized(s.names, language),
      names: s.names,
      description: s.description,
      prefix: s.prefix,
      expectedMinutes: s.expectedMinutes,
      targetWaitMinutes: s.targetWaitMinutes,
      ...(s.documents ? { documents: s.documents } : {}),
      ...openness(setup, s, state, now),
    })),
    counters: setup.counters.map((c) => ({ id: c.id, name: c.name, serviceIds: c.serviceIds })),
    calling: { noShowAfterCalls: setup.calling.noShowAfterCalls },
    alarms: setup.alarms,
  };
}

/** Open now, or closed and why; without state and time only the `active` switch is known. */
function openness(setup: OfficeSetup, service: ServiceSetup, state?: OfficeState, now?: number) {
  const reason =
    state && now !== undefined
      ? closedReason(state, setup, service, now)
      : service.active
        ? undefined
        : 'inactive';
  return reason ? { open: false, closedReason: reason } : { open: true };
}
