/**
 * Owns: a clerk's presence at a counter (Platz): sign in (open), pause with a reason, resume,
 * close. Repeating a command that is already in effect succeeds without a new event.
 */
import { isSupervisor, type Actor, type Command } from './command.ts';
import { accept, reject, type Decision } from './decision.ts';
import { actorsCounter, type Guarded } from './guards.ts';
import { findCounter, type CounterSetup, type OfficeSetup } from './setup.ts';
import type { OfficeState } from './state.ts';
import { own } from './own.ts';

type Cmd<T extends string> = Extract<Command, { type: T }>;

export function decideOpenCounter(
  state: OfficeState,
  setup: OfficeSetup,
  cmd: Cmd<'open-counter'>,
  actor: Actor,
): Decision {
  if (actor.kind !== 'user') return reject('forbidden', 'only staff sign in at counters');
  const counterSetup = findCounter(setup, cmd.counterId);
  if (!counterSetup) return reject('not_found', 'no such counter', 'counterId');
  const chosen = cmd.serviceIds === undefined ? undefined : checkServices(counterSetup, cmd.serviceIds);
  if (chosen && !chosen.ok) return chosen.decision;
  const subject = { kind: 'counter', id: cmd.counterId } as const;
  const counter = own(state.counters, cmd.counterId);
  if (counter && counter.status !== 'closed') {
    if (counter.clerk === actor.userId) return accept([], subject);
    return reject('counter_taken', `${counter.clerk ?? 'someone'} is signed in there`, 'counterId');
  }
  const elsewhere = Object.entries(state.counters).find(
    ([, c]) => c.status !== 'closed' && c.clerk === actor.userId,
  );
  if (elsewhere) {
    const name = findCounter(setup, elsewhere[0])?.name ?? elsewhere[0];
    return reject('counter_taken', `you are signed in at ${name}; close it first`, 'counterId');
  }
  return accept(
    [{ type: 'counter.opened', counterId: cmd.counterId, clerk: actor.userId, serviceIds: chosen?.value }],
    subject,
  );
}

/** Today's services must be a non-empty subset of what the counter may serve; kept in setup order. */
function checkServices(counter: CounterSetup, serviceIds: readonly string[]): Guarded<string[]> {
  if (serviceIds.length === 0)
    return { ok: false, decision: reject('validation_failed', 'choose at least one service', 'serviceIds') };
  const unknown = serviceIds.find((s) => !counter.serviceIds.includes(s));
  if (unknown !== undefined) {
    return {
      ok: false,
      decision: reject('validation_failed', `${counter.name} does not serve "${unknown}"`, 'serviceIds'),
    };
  }
  return { ok: true, value: counter.serviceIds.filter((s) => serviceIds.includes(s)) };
}

/** The clerk (or a supervisor) changes which services a signed-in counter serves today. */
export function decideSetCounterServices(
  state: OfficeState,
  setup: OfficeSetup,
  cmd: Cmd<'set-counter-services'>,
  actor: Actor,
): Decision {
  const counterSetup = findCounter(setup, cmd.counterId);
  if (!counterSetup) return reject('not_found', 'no such counter', 'counterId');
  if (!isSupervisor(actor)) {
    const guard = actorsCounter(state, actor, cmd.counterId);
    if (!guard.ok) return guard.decision;
  } else if ((own(state.counters, cmd.counterId)?.status ?? 'closed') === 'closed') {
    return reject('counter_closed', 'sign in at the counter first', 'counterId');
  }
  const chosen = checkServices(counterSetup, cmd.serviceIds);
  if (!chosen.ok) return chosen.decision;
  return accept([{ type: 'counter.services_set', counterId: cmd.counterId, serviceIds: chosen.value }], {
    kind: 'counter',
    id: cmd.counterId,
  });
}

export function decidePauseCounter(state: OfficeState, cmd: Cmd<'pause-counter'>, actor: Actor): Decision {
  const guard = actorsCounter(state, actor, cmd.counterId);
  if (!guard.ok) return guard.decision;
  const subject = { kind: 'counter', id: cmd.counterId } as const;
  if (guard.value.status === 'paused') return accept([], subject);
  if (guard.value.currentTicketId)
    return reject('counter_busy', 'finish the current ticket first', 'counterId');
  return accept(
    [{ type: 'counter.paused', counterId: cmd.counterId, reason: cmd.reason || undefined }],
    subject,
  );
}

export function decideResumeCounter(state: OfficeState, cmd: Cmd<'resume-counter'>, actor: Actor): Decision {
  const guard = actorsCounter(state, actor, cmd.counterId);
  if (!guard.ok) return guard.decision;
  const subject = { kind: 'counter', id: cmd.counterId } as const;
  if (guard.value.status === 'open') return accept([], subject);
  return accept([{ type: 'counter.resumed', counterId: cmd.counterId }], subject);
}

/** The clerk closes their counter; a supervisor may close any (a clerk went home signed in). */
export function decideCloseCounter(state: OfficeState, cmd: Cmd<'close-counter'>, actor: Actor): Decision {
  const counter = own(state.counters, cmd.counterId);
  if (!counter) return reject('not_found', 'no such counter', 'counterId');
  const subject = { kind: 'counter', id: cmd.counterId } as const;
  if (counter.status === 'closed') return accept([], subject);
  if (!isSupervisor(actor) && !(actor.kind === 'user' && actor.userId === counter.clerk)) {
    return reject('counter_taken', `${counter.clerk ?? 'someone'} is signed in there`, 'counterId');
  }
  if (counter.currentTicketId) return reject('counter_busy', 'finish the current ticket first', 'counterId');
  return accept([{ type: 'counter.closed', counterId: cmd.counterId }], subject);
}
