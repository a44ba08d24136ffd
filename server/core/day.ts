/**
 * Owns: the business-day boundary. When the first command (or the engine's timer) of a new day
 * arrives, every open ticket of the old day expires, counters close, and numbering restarts.
 * Why here and not in a cron: the close is then part of the same ordered, durable history, and a
 * server that was down at midnight closes the day on its first command after start.
 */
import { OPEN_TICKET_STATES, type TicketView } from '#protocol/tickets.ts';
import { businessDayOf } from './business-day.ts';
import type { DomainEvent, DomainEventBody } from './events.ts';
import type { OfficeSetup } from './setup.ts';
import { stamp } from './stamp.ts';
import type { OfficeState } from './state.ts';

export function rolloverEvents(state: OfficeState, today: string): DomainEventBody[] {
  // Only forward: a clock stepped back over midnight must not reopen (and later overwrite) a closed day.
  if (today <= state.businessDay) return [];
  const events: DomainEventBody[] = [];
  for (const ticket of Object.values(state.tickets)) {
    if (OPEN_TICKET_STATES.includes(ticket.state))
      events.push({ type: 'ticket.expired', ticketId: ticket.id });
  }
  for (const [counterId, counter] of Object.entries(state.counters)) {
    if (counter.status !== 'closed') events.push({ type: 'counter.closed', counterId });
  }
  events.push(
    { type: 'day.closed', businessDay: state.businessDay },
    { type: 'day.opened', businessDay: today },
  );
  return events;
}

export interface Rollover {
  closedDay: string;
  /** every ticket of the closed day, in its final state */
  closedTickets: TicketView[];
  /** expiries, counter closes and `day.closed`: the last events of the old day */
  closingEvents: DomainEvent[];
  /** `day.opened`: the first event of the new day */
  openingEvents: DomainEvent[];
  state: OfficeState;
}

/** The day change as two parts, so the engine can archive the old day before it forgets it. */
export function rollover(state: OfficeState, setup: OfficeSetup, now: number): Rollover | undefined {
  const bodies = rolloverEvents(state, businessDayOf(now, setup.timeZone));
  if (bodies.length === 0) return undefined;
  const opening = bodies.slice(-1);
  const closing = stamp(state, setup, bodies.slice(0, -1), now, 'system');
  const opened = stamp(closing.state, setup, opening, now, 'system');
  return {
    closedDay: state.businessDay,
    closedTickets: Object.values(closing.state.tickets),
    closingEvents: closing.events,
    openingEvents: opened.events,
    state: opened.state,
  };
}
