/**
 * Owns: supervisor and counter interventions on one ticket: park, cancel, reopen a no-show,
 * change priority. A parked ticket leaves the counter free
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

/** A no-show came after all: a supervisor puts the ticket back into the queue (same number). */
export function decideReopen(state: OfficeState, cmd: { ticketId: string }): Decision {
  const guard = ticketIn(state, cmd.ticketId, ['no_show']);
  if (!guard.ok) return guard.decision;
  return accept([{ type: 'ticket.reopened', ticketId: cmd.ticketId }], { kind: 'ticket', id: cmd.ticketId });
}

/** Supervisors change the priority class of a ticket that still waits. */
export function decideSetPriority(
  state: OfficeState,
  cmd: { ticketId: string; priority: 'normal' | 'priority' },
): Decision {
  const guard = ticketIn(state, cmd.ticketId, ['waiting']);
  if (!guard.ok) return guard.decision;
  if (guard.value.priority === cmd.priority) return accept([], { kind: 'ticket', id: cmd.ticketId });
  return accept([{ type: 'ticket.reprioritized', ticketId: cmd.ticketId, priority: cmd.priority }], {
    kind: 'ticket',
    id: cmd.ticketId,
  });
}
