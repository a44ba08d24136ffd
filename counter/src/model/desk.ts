/**
 * Owns: one clerk at one counter — the current ticket, the lists beside it, and every action on
 * them, each with its own pending flag and translated error shown next to the button.
 * Does not: choose the counter (workspace.ts) or render.
 */
import { action, computed, createModel, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { ClientError, ClientResult } from '#web/client-result.ts';
import type { CommandName, CommandPayload, Connection } from '#web/connection.ts';
import type { OfficeState } from '#web/office-fold.ts';
import { isAvailable, type ClerkAction } from './actions.ts';
import { countsByService, currentTicket, parked, waitingFor } from './queues.ts';

export interface DeskDeps {
  connection: Connection;
  state: ReadonlySignal<OfficeState | undefined>;
  officeId: string;
  counterId: string;
  /** called once the counter is closed, so the workspace returns to the picker */
  onClosed: () => void;
}

export type DeskForm = 'transfer' | 'pause' | undefined;

export const DeskModel = createModel((deps: DeskDeps) => {
  const { connection, officeId, counterId } = deps;
  /** local clock, ticking so "waited" minutes stay current */
  const nowMs = signal(Date.now());
  effect(() => {
    const timer = setInterval(() => (nowMs.value = Date.now()), 15_000);
    return () => clearInterval(timer);
  });
  /** server time, corrected by the offset measured at the last snapshot */
  const serverNowMs = computed(() => nowMs.value + (deps.state.value?.serverOffsetMs ?? 0));

  const counter = computed(() => deps.state.value?.counters[counterId]);
  const ticket = computed(() => (deps.state.value ? currentTicket(deps.state.value, counterId) : undefined));
  const waiting = computed(() =>
    deps.state.value && counter.value ? waitingFor(deps.state.value, counter.value) : [],
  );
  const counts = computed(() => countsByService(waiting.value, counter.value?.serviceIds ?? []));
  const parkedTickets = computed(() => (deps.state.value ? parked(deps.state.value) : []));

  /** the action (or `callBack:<ticketId>`) waiting for its ack */
  const pending = signal<string | undefined>(undefined);
  const errors = signal<Readonly<Record<string, ClientError>>>({});
  const form = signal<DeskForm>(undefined);

  const can = (name: ClerkAction) =>
    pending.value === undefined && isAvailable(name, counter.value, ticket.value);

  async function run<K extends CommandName>(
    key: string,
    name: K,
    payload: CommandPayload<K>,
  ): Promise<ClientResult<unknown>> {
    if (pending.peek() !== undefined) return { ok: false, error: { code: 'invalid_state', message: 'busy' } };
    pending.value = key;
    const { [key]: _previous, ...others } = errors.peek();
    errors.value = others;
    const result = await connection.command(name, payload);
    pending.value = undefined;
    if (!result.ok) errors.value = { ...errors.peek(), [key]: result.error };
    return result;
  }

  const onTicket = (key: ClerkAction, name: CommandName & `ticket:${string}`) =>
    action(async () => {
      const current = ticket.peek();
      if (current) await run(key, name, { ticketId: current.id } as never);
    });
  const here = { officeId, counterId };

  return {
    counter,
    ticket,
    waiting,
    counts,
    parkedTickets,
    serverNowMs,
    pending,
    errors,
    form,
    can: (name: ClerkAction) => can(name),
    /** a parked ticket can come back only to an open, free counter */
    canCallBack: computed(
      () => pending.value === undefined && isAvailable('callNext', counter.value, ticket.value),
    ),
    callNext: action(async () => void (await run('callNext', 'counter:call-next', here))),
    recall: onTicket('recall', 'ticket:recall'),
    start: onTicket('start', 'ticket:start'),
    finish: onTicket('finish', 'ticket:finish'),
    noShow: onTicket('noShow', 'ticket:mark-no-show'),
    park: onTicket('park', 'ticket:park'),
    transfer: action(async (serviceId: string, toFront: boolean) => {
      const current = ticket.peek();
      if (!current) return;
      const result = await run('transfer', 'ticket:transfer', { ticketId: current.id, serviceId, toFront });
      if (result.ok) form.value = undefined;
    }),
    pause: action(async (reason: string) => {
      const trimmed = reason.trim();
      const result = await run('pause', 'counter:pause', trimmed ? { ...here, reason: trimmed } : here);
      if (result.ok) form.value = undefined;
    }),
    resume: action(async () => void (await run('resume', 'counter:resume', here))),
    close: action(async () => {
      const result = await run('close', 'counter:close', here);
      if (result.ok) deps.onClosed();
    }),
    callBack: action(
      async (ticketId: string) =>
        void (await run(`callBack:${ticketId}`, 'ticket:call-back', { ticketId, counterId })),
    ),
    openForm: action((next: DeskForm) => {
      form.value = form.value === next ? undefined : next;
    }),
  };
});
export type DeskModel = InstanceType<typeof DeskModel>;
