/**
 * Owns: what happens at the counter after a call — the citizen arrives (start), is served
 * (finish) or does not come (no-show).
 */
import type { Actor, Command } from '../command.ts';
import { accept, reject, type Decision } from '../decision.ts';
import { findService, type OfficeSetup } from '../setup.ts';
import { actorHoldsTicket, ticketIn } from '../guards.ts';
import type { OfficeState } from '../state.ts';

export function decideStart(state: OfficeState, cmd: { ticketId: string }, actor: Actor): Decision {
  const guard = ticketIn(state, cmd.ticketId, ['called']);
  if (!guard.ok) return guard.decision;
  const denied = actorHoldsTicket(state, actor, guard.value);
  if (denied) return denied;
  return accept([{ type: 'ticket.started', ticketId: cmd.ticketId }], { kind: 'ticket', id: cmd.ticketId });
}

/**
 * Finishing a called ticket also starts it: clerks often skip "start" for short cases. The clerk
 * may name the services actually performed (one visit, several matters) and leave a short note.
 */
export function decideFinish(
  state: OfficeState,
  setup: OfficeSetup,
  cmd: Extract<Command, { type: 'finish' }>,
  actor: Actor,
): Decision {
  const guard = ticketIn(state, cmd.ticketId, ['called', 'serving']);
  if (!guard.ok) return guard.decision;
  const denied = actorHoldsTicket(state, actor, guard.value);
  if (denied) return denied;
  const performed = cmd.performedServiceIds;
  if (performed !== undefined) {
    if (performed.length === 0)
      return reject(
        'validation_failed',
        'name at least one service, or leave the list out',
        'performedServiceIds',
      );
    const unknown = performed.find((id) => !findService(setup, id));
    if (unknown !== undefined)
      return reject('validation_failed', `no service "${unknown}" in this office`, 'performedServiceIds');
  }
  const note = cmd.note?.trim() || undefined;
  const start =
    guard.value.state === 'called' ? [{ type: 'ticket.started' as const, ticketId: cmd.ticketId }] : [];
  const finished = {
    type: 'ticket.finished' as const,
    ticketId: cmd.ticketId,
    performedServiceIds: performed ? [...new Set(performed)] : undefined,
    note,
  };
  return accept([...start, finished], {
    kind: 'ticket',
    id: cmd.ticketId,
  });
}

/** Offices may require a recall or two before a citizen counts as not having come. */
export function decideNoShow(
  state: OfficeState,
  setup: OfficeSetup,
  cmd: { ticketId: string },
  actor: Actor,
): Decision {
  const guard = ticketIn(state, cmd.ticketId, ['called']);
  if (!guard.ok) return guard.decision;
  const denied = actorHoldsTicket(state, actor, guard.value);
  if (denied) return denied;
  const required = setup.calling.noShowAfterCalls;
  if (guard.value.callCount < required) {
    return reject(
      'invalid_state',
      `call ${guard.value.number} ${required} times before marking it a no-show`,
    );
  }
  return accept([{ type: 'ticket.no_show', ticketId: cmd.ticketId }], { kind: 'ticket', id: cmd.ticketId });
}
