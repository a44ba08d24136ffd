/**
 * Owns: issuing a waiting number. A repeated idempotency key returns the ticket it created,
 * without a new event, so a kiosk that retries after a lost answer never gets a second number.
 */
import type { TicketView } from '#protocol/tickets.ts';
import type { Actor, Command, DecideContext } from '../command.ts';
import { accept, reject, type Decision } from '../decision.ts';
import { closedReason } from '../hours.ts';
import { nextNumber } from '../numbering.ts';
import { findService, type OfficeSetup } from '../setup.ts';
import type { OfficeState } from '../state.ts';

export function decideDraw(
  state: OfficeState,
  setup: OfficeSetup,
  cmd: Extract<Command, { type: 'draw' }>,
  ctx: DecideContext,
  actor: Actor,
): Decision {
  if (cmd.idempotencyKey !== undefined) {
    const existing = state.drawKeys[keyOf(actor, cmd.idempotencyKey)];
    if (existing) return accept([], { kind: 'ticket', id: existing });
  }
  const service = findService(setup, cmd.serviceId);
  if (!service) return reject('not_found', 'no such service in this office', 'serviceId');
  const closed = closedReason(state, setup, service, ctx.now);
  if (closed === 'daily_cap_reached')
    return reject('daily_cap_reached', 'no more tickets today', 'serviceId');
  if (closed === 'outside_hours') return reject('service_closed', 'outside the issuing hours', 'serviceId');
  if (closed) return reject('service_closed', 'this service takes no tickets now', 'serviceId');
  const ticket: TicketView = {
    id: ctx.newTicketId(),
    officeId: setup.id,
    number: nextNumber(state, service),
    serviceId: service.id,
    departmentId: service.departmentId,
    state: 'waiting',
    channel: cmd.channel,
    priority: cmd.priority,
    businessDay: state.businessDay,
    issuedAt: ctx.now,
    queuedAt: ctx.now,
    callCount: 0,
    transferCount: 0,
  };
  const drawKey = cmd.idempotencyKey === undefined ? undefined : keyOf(actor, cmd.idempotencyKey);
  return accept([{ type: 'ticket.issued', ticket, drawKey, estimate: cmd.estimate }], {
    kind: 'ticket',
    id: ticket.id,
  });
}

/** Keys are scoped by who drew, so two kiosks can never collide on the same key. */
export function keyOf(actor: Actor, idempotencyKey: string): string {
  const who =
    actor.kind === 'user' ? `u:${actor.userId}` : actor.kind === 'device' ? `d:${actor.deviceId}` : 's';
  return `${who}:${idempotencyKey}`;
}
