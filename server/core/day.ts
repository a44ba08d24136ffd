/**
 * Owns: the business-day boundary. When the first command (or the engine's timer) of a new day
 * arrives, every open ticket of the old day expires, counters close, and numbering restarts.
 * Why here and not in a cron: the close is then part of the same ordered, durable history, and a
 * server that was down at midnight closes the day on its first command after start.
 */
import type { DomainEventBody } from './events.ts';
import { OPEN_TICKET_STATES } from '#protocol/tickets.ts';
import type { OfficeState } from './state.ts';

export function rolloverEvents(state: OfficeState, today: string): DomainEventBody[] {
  if (today === state.businessDay) return [];
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
