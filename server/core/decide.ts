/**
 * Owns: the one entry point of the core: `runCommand(state, setup, actor, command, ctx)` decides,
 * numbers the events with the office sequence and applies them. The engine, the simulator, the
 * benchmarks and the tests all call this.
 */
import type { AppError } from '#protocol/result.ts';
import { decideCheckIn, decideEnsureIdentitySalt, decideImportAppointments } from './appointments.ts';
import { businessDayOf } from './business-day.ts';
import type { Actor, Command, DecideContext } from './command.ts';
import {
  decideCloseCounter,
  decideOpenCounter,
  decidePauseCounter,
  decideResumeCounter,
  decideSetCounterServices,
} from './counters.ts';
import { rolloverEvents } from './day.ts';
import { accept, type Decision, type Subject } from './decision.ts';
import type { DomainEvent } from './events.ts';
import type { OfficeSetup } from './setup.ts';
import type { OfficeState } from './state.ts';
import { actorName, stamp } from './stamp.ts';
import { decideCallBack, decideCallNext, decideCallTicket, decideRecall } from './tickets/call.ts';
import { decideDraw } from './tickets/draw.ts';
import { decideCancel, decidePark, decideReopen, decideSetPriority } from './tickets/park.ts';
import { decideFinish, decideNoShow, decideStart } from './tickets/serve.ts';
import { decideTransfer } from './tickets/transfer.ts';

export function decide(
  state: OfficeState,
  setup: OfficeSetup,
  actor: Actor,
  cmd: Command,
  ctx: DecideContext,
): Decision {
  switch (cmd.type) {
    case 'draw':
      return decideDraw(state, setup, cmd, ctx, actor);
    case 'open-counter':
      return decideOpenCounter(state, setup, cmd, actor);
    case 'pause-counter':
      return decidePauseCounter(state, cmd, actor);
    case 'resume-counter':
      return decideResumeCounter(state, cmd, actor);
    case 'close-counter':
      return decideCloseCounter(state, cmd, actor);
    case 'call-next':
      return decideCallNext(state, setup, cmd, ctx, actor);
    case 'recall':
      return decideRecall(state, cmd, actor);
    case 'start':
      return decideStart(state, cmd, actor);
    case 'finish':
      return decideFinish(state, setup, cmd, actor);
    case 'call-ticket':
      return decideCallTicket(state, setup, cmd, ctx, actor);
    case 'set-counter-services':
      return decideSetCounterServices(state, setup, cmd, actor);
    case 'no-show':
      return decideNoShow(state, setup, cmd, actor);
    case 'park':
      return decidePark(state, cmd, actor);
    case 'cancel':
      return decideCancel(state, cmd);
    case 'reopen':
      return decideReopen(state, cmd);
    case 'set-priority':
      return decideSetPriority(state, cmd);
    case 'transfer':
      return decideTransfer(state, setup, cmd, actor);
    case 'call-back':
      return decideCallBack(state, setup, cmd, ctx, actor);
    case 'import-appointments':
      return decideImportAppointments(state, setup, cmd, ctx);
    case 'check-in':
      return decideCheckIn(state, setup, cmd, ctx);
    case 'ensure-identity-salt':
      return decideEnsureIdentitySalt(state, cmd);
    case 'tick':
      return accept([], { kind: 'none' });
  }
}

export type RunOutcome =
  | { ok: true; state: OfficeState; events: DomainEvent[]; subject: Subject }
  | { ok: false; state: OfficeState; events: DomainEvent[]; error: AppError };

/**
 * Closes the business day first when the clock has passed into a new one, then decides the
 * command on the fresh day. A rejected command still returns the rollover events: the day did
 * change, whatever became of the command.
 */
export function runCommand(
  state: OfficeState,
  setup: OfficeSetup,
  actor: Actor,
  cmd: Command,
  ctx: DecideContext,
): RunOutcome {
  const rolled = stamp(
    state,
    setup,
    rolloverEvents(state, businessDayOf(ctx.now, setup.timeZone)),
    ctx.now,
    'system',
  );
  const decision = decide(rolled.state, setup, actor, cmd, ctx);
  if (!decision.ok) return { ok: false, state: rolled.state, events: rolled.events, error: decision.error };
  const done = stamp(rolled.state, setup, decision.events, ctx.now, actorName(actor));
  return {
    ok: true,
    state: done.state,
    events: [...rolled.events, ...done.events],
    subject: decision.subject,
  };
}
