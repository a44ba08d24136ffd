/**
 * Owns: the checks several commands share — does the ticket exist, is it in a state that allows
 * this, and may this actor act on it at its counter.
 */
import type { TicketState, TicketView } from '#protocol/tickets.ts';
import { isSupervisor, type Actor } from './command.ts';
import { reject, type Decision } from './decision.ts';
import type { CounterRuntime, OfficeState } from './state.ts';
import { own } from './own.ts';

export type Guarded<T> = { ok: true; value: T } | { ok: false; decision: Decision };

export function ticketIn(
  state: OfficeState,
  ticketId: string,
  allowed: readonly TicketState[],
): Guarded<TicketView> {
  const ticket = own(state.tickets, ticketId);
  if (!ticket) return { ok: false, decision: reject('not_found', 'no such ticket today', 'ticketId') };
  if (!allowed.includes(ticket.state)) {
    return {
      ok: false,
      decision: reject(
        'invalid_state',
        `ticket ${ticket.number} is ${ticket.state}, needs ${allowed.join(' or ')}`,
      ),
    };
  }
  return { ok: true, value: ticket };
}

/** A clerk acts on a ticket only at the counter where they are signed in; supervisors anywhere. */
export function actorHoldsTicket(state: OfficeState, actor: Actor, ticket: TicketView): Decision | undefined {
  if (isSupervisor(actor) || actor.kind === 'system') return undefined;
  const counter = own(state.counters, ticket.counterId);
  if (actor.kind === 'user' && counter?.clerk === actor.userId) return undefined;
  return reject('not_your_ticket', `ticket ${ticket.number} is handled at another counter`);
}

/** The counter exists in the setup and the actor is the clerk signed in there. */
export function actorsCounter(state: OfficeState, actor: Actor, counterId: string): Guarded<CounterRuntime> {
  const counter = own(state.counters, counterId);
  if (!counter) return { ok: false, decision: reject('not_found', 'no such counter', 'counterId') };
  if (counter.status === 'closed') {
    return { ok: false, decision: reject('counter_closed', 'sign in at the counter first', 'counterId') };
  }
  if (actor.kind !== 'user' || counter.clerk !== actor.userId) {
    return {
      ok: false,
      decision: reject('counter_taken', `counter is staffed by ${counter.clerk ?? 'nobody'}`, 'counterId'),
    };
  }
  return { ok: true, value: counter };
}
