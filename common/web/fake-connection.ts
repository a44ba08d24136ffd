/**
 * A Connection for unit tests of app models: the test pushes snapshots and facts and records
 * commands. Facts are delivered like the real connection does for in-order news: `live`, then `fact`;
 * events addressed to the socket (`pushDirect`) go to `listen` handlers.
 */
import { signal, type Signal } from '@preact/signals';
import type { OfficeSnapshot } from '#protocol/snapshots.ts';
import type { ClientError, ClientResult } from './client-result.ts';
import type {
  CommandName,
  Connection,
  DirectEventName,
  DirectEventPayload,
  OfficeListener,
} from './connection.ts';
import type { Fact } from './office-fold.ts';

export interface FakeConnection extends Connection {
  readonly online: Signal<boolean>;
  readonly refused: Signal<ClientError | undefined>;
  readonly sent: { name: CommandName; payload: unknown }[];
  /** what the next commands answer, by name; default `{ ok: true, data: {} }` */
  answers: Partial<Record<CommandName, ClientResult<unknown>[]>>;
  pushSnapshot(snapshot: OfficeSnapshot): void;
  pushFact(fact: Fact, options?: { live?: boolean }): void;
  /** delivers an event addressed to this socket (e.g. `kiosk:check-in-result`) */
  pushDirect<E extends DirectEventName>(event: E, payload: DirectEventPayload<E>): void;
}

export function createFakeConnection(): FakeConnection {
  const listeners = new Set<OfficeListener>();
  const direct = new Map<DirectEventName, Set<(payload: never) => void>>();
  const fake: FakeConnection = {
    online: signal(true),
    refused: signal<ClientError | undefined>(undefined),
    sent: [],
    answers: {},
    async command(name, payload) {
      fake.sent.push({ name, payload });
      const answer = fake.answers[name]?.shift() ?? { ok: true, data: {} };
      return answer as never;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listen(event, handler) {
      const handlers = direct.get(event) ?? new Set();
      direct.set(event, handlers);
      handlers.add(handler as (payload: never) => void);
      return () => handlers.delete(handler as (payload: never) => void);
    },
    close() {},
    pushSnapshot(snapshot) {
      for (const l of listeners) l.snapshot?.(snapshot);
    },
    pushFact(fact, options = {}) {
      if (options.live ?? true) for (const l of listeners) l.live?.(fact);
      for (const l of listeners) l.fact?.(fact);
    },
    pushDirect(event, payload) {
      for (const handler of direct.get(event) ?? []) handler(payload as never);
    },
  };
  return fake;
}
