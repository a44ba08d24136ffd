/**
 * Owns: which waiting ticket a counter gets next, and why.
 * Does not: read the clock or storage — the caller passes `now` and the office state.
 *
 * Rules, in order:
 * 1. A ticket transferred "to the front" for this counter's services goes first; then a
 *    checked-in appointment whose slot is at most `favourMinutes` away (earliest slot first),
 *    alternating with overdue walk-ins so appointments cannot starve anyone.
 * 2. Otherwise the ticket with the highest relative wait (waited ÷ its service's target wait; a
 *    priority ticket's counts `priorityWeight` times) — a long queue for a slow service cannot
 *    starve a short one, because every ticket's score grows without bound.
 * 3. Interleave: when both classes wait and this counter has called `normalPerPriority` normal
 *    tickets in a row, the best priority ticket goes next, whatever the scores say.
 */
import type { TicketView } from '#protocol/tickets.ts';
import type { CallReason } from '../events.ts';
import { activeServices, type CounterSetup, type OfficeSetup } from '../setup.ts';
import type { CounterRuntime, OfficeState } from '../state.ts';

export interface Pick {
  ticket: TicketView;
  reason: CallReason;
}

/** Tickets this counter may call: waiting, of its services, not reserved for another counter. */
export function candidatesFor(state: OfficeState, counter: CounterSetup, serviceId?: string): TicketView[] {
  // "Next of one service" may reach a service the clerk left out today; "next" keeps to today's.
  const services = new Set(
    serviceId
      ? counter.serviceIds.filter((s) => s === serviceId)
      : activeServices(counter, state.counters[counter.id]),
  );
  return Object.values(state.tickets).filter(
    (t) =>
      t.state === 'waiting' &&
      services.has(t.serviceId) &&
      (t.targetCounterId === undefined || t.targetCounterId === counter.id),
  );
}

/** Target wait per service in ms, per setup: the estimator scores tickets millions of times. */
const targets = new WeakMap<OfficeSetup, Map<string, number>>();
function targetMs(setup: OfficeSetup, serviceId: string): number {
  let byService = targets.get(setup);
  if (!byService) {
    byService = new Map(setup.services.map((s) => [s.id, s.targetWaitMinutes * 60_000]));
    targets.set(setup, byService);
  }
  return byService.get(serviceId) ?? 30 * 60_000;
}

export function relativeWait(ticket: TicketView, setup: OfficeSetup, now: number): number {
  const waited = Math.max(0, now - ticket.queuedAt);
  const weight = ticket.priority === 'priority' ? setup.calling.priorityWeight : 1;
  // +1 ms keeps a ticket drawn this instant comparable by weight instead of all scoring zero.
  return ((waited + 1) / targetMs(setup, ticket.serviceId)) * weight;
}

/** The number part of `A-042`, for ordering within a prefix. */
export function sequenceOf(number: string): number {
  return Number(number.slice(number.lastIndexOf('-') + 1));
}

/** Orders best first: higher score, then earlier in the queue, then lower number. */
function better(a: TicketView, b: TicketView, scoreA: number, scoreB: number): boolean {
  if (scoreA !== scoreB) return scoreA > scoreB;
  if (a.queuedAt !== b.queuedAt) return a.queuedAt < b.queuedAt;
  return sequenceOf(a.number) < sequenceOf(b.number);
}

function best(tickets: TicketView[], setup: OfficeSetup, now: number): TicketView | undefined {
  let top: TicketView | undefined;
  let topScore = -1;
  for (const t of tickets) {
    const score = relativeWait(t, setup, now);
    if (!top || better(t, top, score, topScore)) {
      top = t;
      topScore = score;
    }
  }
  return top;
}

function reasonFor(
  ticket: TicketView,
  rule: CallReason['rule'],
  setup: OfficeSetup,
  now: number,
): CallReason {
  return {
    rule,
    waitedSeconds: Math.round(Math.max(0, now - ticket.queuedAt) / 1000),
    targetWaitMinutes: setup.services.find((s) => s.id === ticket.serviceId)?.targetWaitMinutes ?? 0,
  };
}

export function chooseNext(
  state: OfficeState,
  setup: OfficeSetup,
  counter: CounterSetup,
  runtime: CounterRuntime,
  now: number,
  serviceId?: string,
): Pick | undefined {
  const candidates = candidatesFor(state, counter, serviceId);
  if (candidates.length === 0) return undefined;

  const front = candidates.filter((t) => t.toFront).sort((a, b) => a.queuedAt - b.queuedAt)[0];
  if (front) return { ticket: front, reason: reasonFor(front, 'front', setup, now) };

  // Checked-in appointments whose slot is near go before walk-ins, earliest slot first — but
  // after an appointment call, an overdue walk-in (waited past its target) gets the next turn,
  // so a day full of appointments cannot starve the waiting room.
  const favourFrom = now + setup.appointments.favourMinutes * 60_000;
  const due = candidates
    .filter((t) => t.appointmentSlot !== undefined && t.appointmentSlot <= favourFrom)
    .sort((a, b) => (a.appointmentSlot ?? 0) - (b.appointmentSlot ?? 0))[0];
  const walkIns = due ? candidates.filter((t) => t.appointmentSlot === undefined) : candidates;
  const overdueWalkIn = walkIns.some((t) => relativeWait(t, setup, now) >= 1);
  if (due && !((runtime.appointmentStreak ?? 0) >= 1 && overdueWalkIn)) {
    return { ticket: due, reason: reasonFor(due, 'appointment', setup, now) };
  }

  const top = best(walkIns, setup, now);
  if (!top) return undefined;
  if (top.priority === 'normal' && runtime.normalStreak >= setup.calling.normalPerPriority) {
    const priority = best(
      walkIns.filter((t) => t.priority === 'priority'),
      setup,
      now,
    );
    if (priority) return { ticket: priority, reason: reasonFor(priority, 'interleave', setup, now) };
  }
  return { ticket: top, reason: reasonFor(top, 'relative_wait', setup, now) };
}
