/**
 * Owns: a clerk (or supervisor) issuing a waiting number for a citizen at the desk or on the
 * phone — the request, its pending flag and error, and the number issued last, to read out.
 * Does not: render or read the form; the component passes what was chosen.
 * Why a fresh idempotency key per submission: two citizens in a row for the same service must
 * get two numbers, while a retry of one submission (no answer in time) must not.
 */
import { action, createModel, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { DrawTicket } from '#protocol/commands.ts';
import type { DrawResult } from '#protocol/events.ts';
import type { ClientError } from '#web/client-result.ts';
import type { Connection } from '#web/connection.ts';
import { drawWithRetry } from '#web/draw.ts';

export type IssueChannel = NonNullable<DrawTicket['channel']>;

export interface IssueRequest {
  serviceId: string;
  channel: IssueChannel;
  priority: boolean;
}

export interface IssueDeps {
  connection: Connection;
  officeId: ReadonlySignal<string | undefined>;
  /** pause before the one retry after no answer; tests pass 0 */
  retryDelayMs?: number;
}

export const IssueModel = createModel(({ connection, officeId, retryDelayMs }: IssueDeps) => {
  const pending = signal(false);
  const error = signal<ClientError | undefined>(undefined);
  /** the last number issued here, with its channel, until the next submission */
  const issued = signal<(DrawResult & { channel: IssueChannel }) | undefined>(undefined);

  // A number of another office must not stay on screen after switching offices.
  effect(() => {
    void officeId.value;
    issued.value = undefined;
    error.value = undefined;
  });

  return {
    pending,
    error,
    issued,
    /** resolves true when a number was issued, so the form can start over */
    issue: action(async (request: IssueRequest): Promise<boolean> => {
      const office = officeId.peek();
      if (office === undefined || pending.peek()) return false;
      pending.value = true;
      error.value = undefined;
      // The old number goes away at once: a clerk must never read out the previous citizen's.
      issued.value = undefined;
      const result = await drawWithRetry(
        (cmd) => connection.command('ticket:draw', cmd),
        {
          officeId: office,
          serviceId: request.serviceId,
          channel: request.channel,
          priority: request.priority ? 'priority' : 'normal',
        },
        retryDelayMs === undefined ? {} : { retryDelayMs },
      );
      pending.value = false;
      if (result.ok) issued.value = { ...result.data, channel: request.channel };
      else error.value = result.error;
      return result.ok;
    }),
  };
});
export type IssueModel = InstanceType<typeof IssueModel>;
