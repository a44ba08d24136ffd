/**
 * Owns: sending a ticket to another service (and optionally one counter). The ticket keeps its
 * number and its original place in time, so a citizen sent on does not start over at the back.
 */
import type { Actor, Command } from '../command.ts';
import { isSupervisor } from '../command.ts';
import { accept, reject, type Decision } from '../decision.ts';
import { actorHoldsTicket, ticketIn } from '../guards.ts';
import { findCounter, findService, type OfficeSetup } from '../setup.ts';
import type { OfficeState } from '../state.ts';

export function decideTransfer(
  state: OfficeState,
  setup: OfficeSetup,
  cmd: Extract<Command, { type: 'transfer' }>,
  actor: Actor,
): Decision {
  // Supervisors may also move tickets that are still waiting (e.g. drawn for the wrong service).
  const allowed = isSupervisor(actor)
    ? (['waiting', 'called', 'serving'] as const)
    : (['called', 'serving'] as const);
  const guard = ticketIn(state, cmd.ticketId, allowed);
  if (!guard.ok) return guard.decision;
  const denied = guard.value.state === 'waiting' ? undefined : actorHoldsTicket(state, actor, guard.value);
  if (denied) return denied;
  const service = findService(setup, cmd.serviceId);
  if (!service) return reject('not_found', 'no such service in this office', 'serviceId');
  if (cmd.counterId !== undefined) {
    const counter = findCounter(setup, cmd.counterId);
    if (!counter) return reject('not_found', 'no such counter', 'counterId');
    if (!counter.serviceIds.includes(service.id)) {
      return reject('validation_failed', 'that counter does not serve that service', 'counterId');
    }
  }
  return accept(
    [
      {
        type: 'ticket.transferred',
        ticketId: cmd.ticketId,
        serviceId: service.id,
        departmentId: service.departmentId,
        counterId: cmd.counterId,
        toFront: cmd.toFront ?? false,
      },
    ],
    { kind: 'ticket', id: cmd.ticketId },
  );
}
