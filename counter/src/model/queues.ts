/**
 * Owns: the lists a clerk and a supervisor look at, derived from one office's state — who waits
 * for a counter, how many per service, what is parked, what each counter is doing.
 * Pure, so the rules (transferred-to-this-counter, to-the-front first) are unit-tested.
 * Why the order is "to the front, then longest waiting": it mirrors what the clerk expects to be
 * called soon; the real choice (priority interleave, relative wait) is the server's strategy.
 */
import type { CounterView, TicketView } from '#protocol/tickets.ts';
import type { OfficeState } from '#web/office-fold.ts';

const byQueueOrder = (a: TicketView, b: TicketView) =>
  Number(b.toFront ?? false) - Number(a.toFront ?? false) || a.queuedAt - b.queuedAt;

/**
 * Waiting tickets this counter calls today: the services it serves today (`activeServiceIds`),
 * not reserved for another counter. With `scope: 'allowed'`, every service it may serve — the
 * numbers a clerk may call out of order, even of a service set aside for today.
 */
export function waitingFor(
  state: OfficeState,
  counter: Pick<CounterView, 'id' | 'serviceIds' | 'activeServiceIds'>,
  scope: 'today' | 'allowed' = 'today',
): TicketView[] {
  const services = scope === 'today' ? counter.activeServiceIds : counter.serviceIds;
  return Object.values(state.tickets)
    .filter(
      (t) =>
        t.state === 'waiting' &&
        services.includes(t.serviceId) &&
        (t.targetCounterId === undefined || t.targetCounterId === counter.id),
    )
    .sort(byQueueOrder);
}

/** Every waiting ticket of the office, for the supervisor's board. */
export function allWaiting(state: OfficeState): TicketView[] {
  return Object.values(state.tickets)
    .filter((t) => t.state === 'waiting')
    .sort(byQueueOrder);
}

/** Parked tickets of the office; with `serviceIds`, only those a counter of these services can call back. */
export function parked(state: OfficeState, serviceIds?: readonly string[]): TicketView[] {
  return Object.values(state.tickets)
    .filter((t) => t.state === 'parked' && (serviceIds === undefined || serviceIds.includes(t.serviceId)))
    .sort((a, b) => a.queuedAt - b.queuedAt);
}

/** Waiting count per service, in the order of `serviceIds`, zeros included. */
export function countsByService(
  tickets: readonly TicketView[],
  serviceIds: readonly string[],
): [string, number][] {
  return serviceIds.map((id) => [id, tickets.filter((t) => t.serviceId === id).length]);
}

/** The ticket a counter is working on, if any. */
export function currentTicket(state: OfficeState, counterId: string): TicketView | undefined {
  const id = state.counters[counterId]?.currentTicketId;
  return id === undefined ? undefined : state.tickets[id];
}

/** The counter this user is already signed in at (after a page reload), if any. */
export function counterOfClerk(state: OfficeState, username: string): CounterView | undefined {
  return Object.values(state.counters).find((c) => c.clerk === username && c.status !== 'closed');
}
