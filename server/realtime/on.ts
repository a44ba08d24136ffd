/**
 * Owns: the one way a socket event is handled — parse the payload with its schema, run the use
 * case as this socket's actor, answer the ack with a Result, and turn a thrown bug into
 * `internal_error` with a correlation id. No handler calls `socket.on` itself.
 */
import type { Socket } from 'socket.io';
import type { z } from 'zod';
import type { ClientToServerEvents, ServerToClientEvents } from '#protocol/events.ts';
import { fail, type Result } from '#protocol/result.ts';
import type { Actor } from '../core/command.ts';
import { parse } from '../validate.ts';

export type AppSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  { actor: Actor; agent: boolean }
>;

type AckData<E extends keyof ClientToServerEvents> = Parameters<ClientToServerEvents[E]>[1] extends (
  result: Result<infer T>,
) => void
  ? T
  : never;

export type On = <E extends keyof ClientToServerEvents, S extends z.ZodType>(
  event: E,
  schema: S,
  handler: (actor: Actor, payload: z.infer<S>) => Promise<Result<AckData<E>>> | Result<AckData<E>>,
) => void;

export function bindOn(
  socket: AppSocket,
  reportError: (e: unknown, ctx: Record<string, unknown>) => string,
  stillValid: () => boolean = () => true,
): On {
  return (event, schema, handler) => {
    // Socket.IO's typed `on` cannot follow a generic event name; the ack type is checked above.
    (socket.on as (name: string, listener: (...args: unknown[]) => void) => void)(event, async (...args) => {
      const ack = args[args.length - 1];
      if (typeof ack !== 'function') return; // every command needs an ack; without one it is ignored
      const respond = ack as (r: Result<unknown>) => void;
      if (!stillValid()) {
        respond(fail('not_authenticated', 'the session has ended; log in again'));
        socket.disconnect(true);
        return;
      }
      const payload = parse(schema, args.length > 1 ? args[0] : undefined);
      if (!payload.ok) return respond(payload);
      try {
        respond(await handler(socket.data.actor, payload.data));
      } catch (error) {
        const id = reportError(error, { event });
        respond({
          ...fail('internal_error', 'unexpected error'),
          error: { code: 'internal_error', message: 'unexpected error', id },
        });
      }
    });
  };
}
