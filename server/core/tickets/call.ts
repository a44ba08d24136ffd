/**
 * Owns: calling tickets to a counter — the next by strategy, again (recall), or a parked one back.
 */
import { hasPermission, type Actor, type Command, type DecideContext } from '../command.ts';
import { chooseNext } from '../calling/strategy.ts';
import { accept, reject, type Decision } from '../decision.ts';
import { actorHoldsTicket, actorsCounter, ticketIn } from '../guards.ts';
import { findCounter, type OfficeSetup } from '../setup.ts';
import type { CounterRuntime, OfficeState } from '../state.ts';

function readyCounter(state: OfficeState, actor: Actor, counterId: string): Decision | CounterRuntime {
  const guard = actorsCounter(state, actor, counterId);
  if (!guard.ok) return guard.decision;
  if (guard.value.status === 'paused')
    return reject('counter_paused', 'resume the counter first', 'counterId');
  if (guard.value.currentTicketId) {
    const current = state.tickets[guard.value.currentTicketId];
    return reject('counter_busy', `finish ${current?.number ?? 'the current ticket'} first`, 'counterId');
  }
  return guard.value;
}

function isDecision(x: Decision | CounterRuntime): x is Decision {
  return 'ok' in x;
}

export function decideCallNext(
  state: OfficeState,
  setup: OfficeSetup,
  cmd: Extract<Command, { type: 'call-next' }>,
  ctx: DecideContext,
  actor: Actor,
): Decision {
  const counterSetup = findCounter(setup, cmd.counterId);
  if (!counterSetup) return reject('not_found', 'no such counter', 'counterId');
  if (cmd.serviceId !== undefined && !counterSetup.serviceIds.includes(cmd.serviceId)) {
    return reject('not_found', 'this counter does not serve that service', 'serviceId');
  }
  const runtime = readyCounter(state, actor, cmd.counterId);
  if (isDecision(runtime)) return runtime;
  const pick = chooseNext(state, setup, counterSetup, runtime, ctx.now, cmd.serviceId);
  if (!pick) return reject('queue_empty', 'nobody is waiting for this counter');
  return accept(
    [{ type: 'ticket.called', ticketId: pick.ticket.id, counterId: cmd.counterId, reason: pick.reason }],
    { kind: 'ticket', id: pick.ticket.id },
  );
}

/**
 * A clerk calls one number out of order (a citizen with a question, an appointment the strategy
 * does not know about). Needs the call-specific right; the event records who and that it was
 * chosen, so it shows in the day's log and in statistics.
 */
export function decideCallTicket(
  state: OfficeState,
  setup: OfficeSetup,
  cmd: Extract<Command, { type: 'call-ticket' }>,
  ctx: DecideContext,
  actor: Actor,
): Decision {
  if (!hasPermission(actor, 'call-specific'))
    return reject('forbidden', 'you may not call numbers out of order');
  const counterSetup = findCounter(setup, cmd.counterId);
  if (!counterSetup) return reject('not_found', 'no such counter', 'counterId');
  const guard = ticketIn(state, cmd.ticketId, ['waiting']);
  if (!guard.ok) return guard.decision;
  const ticket = guard.value;
  if (!counterSetup.serviceIds.includes(ticket.serviceId)) {
    return reject(
      'validation_failed',
      `${counterSetup.name} does not serve ${ticket.number}'s service`,
      'ticketId',
    );
  }
  if (ticket.targetCounterId !== undefined && ticket.targetCounterId !== cmd.counterId) {
    const name = findCounter(setup, ticket.targetCounterId)?.name ?? ticket.targetCounterId;
    return reject('invalid_state', `${ticket.number} was sent to ${name}`, 'ticketId');
  }
  const runtime = readyCounter(state, actor, cmd.counterId);
  if (isDecision(runtime)) return runtime;
  const waitedSeconds = Math.round(Math.max(0, ctx.now - ticket.queuedAt) / 1000);
  const targetWaitMinutes = setup.services.find((s) => s.id === ticket.serviceId)?.targetWaitMinutes ?? 0;
  return accept(
    [
      {
        type: 'ticket.called',
        ticketId: ticket.id,
        counterId: cmd.counterId,
        reason: { rule: 'explicit', waitedSeconds, targetWaitMinutes },
      },
    ],
    { kind: 'ticket', id: ticket.id },
  );
}

export function decideRecall(state: OfficeState, cmd: { ticketId: string }, actor: Actor): Decision {
  const guard = ticketIn(state, cmd.ticketId, ['called']);
  if (!guard.ok) return guard.decision;
  const denied = actorHoldsTicket(state, actor, guard.value);
  if (denied) return denied;
  const counterId = guard.value.counterId ?? '';
  return accept([{ type: 'ticket.recalled', ticketId: cmd.ticketId, counterId }], {
    kind: 'ticket',
    id: cmd.ticketId,
  });
}

export function decideCallBack(
  state: OfficeState,
  setup: OfficeSetup,
  cmd: Extract<Command, { type: 'call-back' }>,
  ctx: DecideContext,
  actor: Actor,
): Decision {
  const guard = ticketIn(state, cmd.ticketId, ['parked']);
  if (!guard.ok) return guard.decision;
  const counter = findCounter(setup, cmd.counterId);
  if (!counter) return reject('not_found', 'no such counter', 'counterId');
  if (!counter.serviceIds.includes(guard.value.serviceId)) {
    return reject('validation_failed', "that counter does not serve this ticket's service", 'counterId');
  }
  const runtime = readyCounter(state, actor, cmd.counterId);
  if (isDecision(runtime)) return runtime;
  const waitedSeconds = Math.round(Math.max(0, ctx.now - guard.value.queuedAt) / 1000);
  const targetWaitMinutes =
    setup.services.find((s) => s.id === guard.value.serviceId)?.targetWaitMinutes ?? 0;
  return accept(
    [
      {
        type: 'ticket.called',
        ticketId: cmd.ticketId,
        counterId: cmd.counterId,
        reason: { rule: 'call_back', waitedSeconds, targetWaitMinutes },
      },
    ],
    { kind: 'ticket', id: cmd.ticketId },
  );
}
