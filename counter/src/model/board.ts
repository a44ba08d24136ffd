/**
 * Owns: the supervisor's live board of one office — every counter with its clerk and ticket,
 * everyone waiting or parked, and cancelling a ticket (with its error next to its row).
 */
import { action, computed, createModel, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { ClientError } from '#web/client-result.ts';
import type { Connection } from '#web/connection.ts';
import type { OfficeState } from '#web/office-fold.ts';
import { allWaiting, parked } from './queues.ts';

export const BoardModel = createModel(
  ({ connection, state }: { connection: Connection; state: ReadonlySignal<OfficeState | undefined> }) => {
    const counters = computed(() => Object.values(state.value?.counters ?? {}));
    const open = computed(() => (state.value ? [...allWaiting(state.value), ...parked(state.value)] : []));
    const nowMs = signal(Date.now());
    effect(() => {
      const timer = setInterval(() => (nowMs.value = Date.now()), 15_000);
      return () => clearInterval(timer);
    });
    /** server time, for "waited" minutes that agree with the server's clock */
    const serverNowMs = computed(() => nowMs.value + (state.value?.serverOffsetMs ?? 0));
    const pending = signal<string | undefined>(undefined);
    const errors = signal<Readonly<Record<string, ClientError>>>({});

    return {
      counters,
      open,
      serverNowMs,
      pending,
      errors,
      ticketById: (id: string | undefined) => (id === undefined ? undefined : state.value?.tickets[id]),
      cancel: action(async (ticketId: string) => {
        if (pending.value !== undefined) return;
        pending.value = ticketId;
        const result = await connection.command('ticket:cancel', { ticketId });
        pending.value = undefined;
        const { [ticketId]: _old, ...rest } = errors.value;
        errors.value = result.ok ? rest : { ...rest, [ticketId]: result.error };
      }),
    };
  },
);
export type BoardModel = InstanceType<typeof BoardModel>;
