/**
 * Owns: setting a ticket aside (park) and cancelling one. A parked ticket leaves the counter free
 * and is called back later with `call-back`.
 */
import type { Actor } from '../command.ts';
import { accept, type Decision } from '../decision.ts';
import { actorHoldsTicket, ticketIn } from '../guards.ts';
import type { OfficeState } from '../state.ts';

export function decidePark(state: OfficeState, cmd: { ticketId: string }, actor: Actor): Decision {
  const guard = ticketIn(state, cmd.ticketId, ['called', 'serving']);
  if (!guard.ok) return guard.decision;
  const denied = actorHoldsTicket(state, actor, guard.value);
  if (denied) return denied;
  return accept([{ type: 'ticket.parked', ticketId: cmd.ticketId }], { kind: 'ticket', id: cmd.ticketId });
}

/** Who may cancel is decided by the authorization table (supervisors); here only the state matters. */
export function decideCancel(state: OfficeState, cmd: { ticketId: string }): Decision {
  const guard = ticketIn(state, cmd.ticketId, ['waiting', 'parked']);
  if (!guard.ok) return guard.decision;
  return accept([{ type: 'ticket.cancelled', ticketId: cmd.ticketId }], { kind: 'ticket', id: cmd.ticketId });
}
