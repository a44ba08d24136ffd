/**
 * Owns: turning core state into the protocol's views — what clients may see.
 */
import type { OfficeView } from '#protocol/office.ts';
import type { OfficeSnapshot } from '#protocol/snapshots.ts';
import { OPEN_TICKET_STATES, type CounterView, type TicketView } from '#protocol/tickets.ts';
import { localized } from '#protocol/language.ts';
import { chooseNext } from './calling/strategy.ts';
import type { OfficeSetup } from './setup.ts';
import type { OfficeState } from './state.ts';

export function counterView(
  state: OfficeState,
  setup: OfficeSetup,
  counterId: string,
): CounterView | undefined {
  const c = setup.counters.find((x) => x.id === counterId);
  const r = state.counters[counterId];
  if (!c || !r) return undefined;
  return {
    id: c.id,
    officeId: setup.id,
    name: c.name,
    status: r.status,
    clerk: r.clerk,
    pauseReason: r.pauseReason,
    currentTicketId: r.currentTicketId,
    serviceIds: c.serviceIds,
    since: r.since,
  };
}

export function snapshotOf(state: OfficeState, setup: OfficeSetup, now: number): OfficeSnapshot {
  return {
    officeId: setup.id,
    seq: state.seq,
    businessDay: state.businessDay,
    serverTime: now,
    tickets: Object.values(state.tickets).filter((t) => OPEN_TICKET_STATES.includes(t.state)),
    counters: setup.counters.flatMap((c) => counterView(state, setup, c.id) ?? []),
    recentCalls: state.recentCalls,
  };
}

/**
 * How many waiting tickets would be called before this one if nobody else arrived: the number
 * of its service's competitors that the strategy ranks ahead of it now. An estimate for the
 * citizen, not a promise; wait-time estimation proper is a later, separate model.
 */
export function peopleAhead(state: OfficeState, setup: OfficeSetup, ticket: TicketView, now: number): number {
  if (ticket.state !== 'waiting') return 0;
  const bound = Object.values(state.tickets).filter((t) => t.state === 'waiting').length;
  // Simulate calls on one virtual counter that serves just this service, in strategy order.
  let s = state;
  let ahead = 0;
  const virtual = { id: '\u0000', name: '', serviceIds: [ticket.serviceId] };
  const runtime = { status: 'open' as const, normalStreak: 0 };
  for (let i = 0; i < bound; i++) {
    const pick = chooseNext(s, setup, virtual, runtime, now);
    if (!pick || pick.ticket.id === ticket.id) break;
    ahead++;
    s = { ...s, tickets: { ...s.tickets, [pick.ticket.id]: { ...pick.ticket, state: 'called' } } };
  }
  return ahead;
}

export function officeView(setup: OfficeSetup, language = 'de'): OfficeView {
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
      open: s.active,
    })),
    counters: setup.counters.map((c) => ({ id: c.id, name: c.name, serviceIds: c.serviceIds })),
  };
}
