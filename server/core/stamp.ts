/**
 * Owns: turning decided event bodies into numbered, timed, attributed events and applying them.
 */
import type { Actor } from './command.ts';
import type { DomainEvent, DomainEventBody } from './events.ts';
import type { OfficeSetup } from './setup.ts';
import { apply, type OfficeState } from './state.ts';

export function actorName(actor: Actor): string {
  return actor.kind === 'user' ? actor.userId : actor.kind === 'device' ? actor.deviceId : 'system';
}

export function stamp(
  state: OfficeState,
  setup: OfficeSetup,
  bodies: DomainEventBody[],
  at: number,
  by: string,
): { state: OfficeState; events: DomainEvent[] } {
  const events: DomainEvent[] = [];
  let s = state;
  for (const body of bodies) {
    const event = { ...body, seq: s.seq + 1, at, by } as DomainEvent;
    s = apply(s, event, setup);
    events.push(event);
  }
  return { state: s, events };
}
