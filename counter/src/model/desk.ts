/**
 * Owns: one clerk at one counter — the current ticket with its live timer, the lists beside it
 * (waiting today with waits and markers, every callable number, counts per service, parked), every
 * action on them with its own pending flag and error, the open dialog, and the arrival signal.
 * Does not: choose the counter (workspace.ts), render, or play sound (the component plays it when
 * `chimes` grows).
 * Why errors are kept per action with the ticket's number: "A-007: already called at another
 * counter" must stay readable after the lists have moved on. The fresh state needs no extra
 * request: the server sends the fact that caused a conflict before it answers the command, on the
 * same socket, so the lists already show it when the refusal arrives.
 */
import { action, computed, createModel, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { ClientError, ClientResult } from '#web/client-result.ts';
import type { CommandName, CommandPayload, Connection } from '#web/connection.ts';
import type { OfficeState } from '#web/office-fold.ts';
import { isAvailable, type ClerkAction } from './actions.ts';
import {
  detectArrivals,
  isIdle,
  loadSoundSetting,
  saveSoundSetting,
  shouldChime,
  type ArrivalWatch,
  type SettingStorage,
} from './arrivals.ts';
import { countsByService, currentTicket, parked, waitingFor } from './queues.ts';
import { waitingRows } from './waiting.ts';

export interface DeskDeps {
  connection: Connection;
  state: ReadonlySignal<OfficeState | undefined>;
  officeId: string;
  counterId: string;
  /** called once the counter is closed, so the workspace returns to the picker */
  onClosed: () => void;
  /** the signed-in user may call a number out of order */
  mayCallSpecific?: boolean;
  /** the office's rule: no-show only after this many calls (from the office view) */
  noShowAfterCalls?: ReadonlySignal<number | undefined>;
  /** where the sound setting is kept (the browser's localStorage) */
  storage?: SettingStorage | undefined;
}

export type DeskDialog =
  'callService' | 'callTicket' | 'finish' | 'transfer' | 'pause' | 'services' | 'close' | 'help';

export interface DeskError {
  error: ClientError;
  /** the ticket the action was about, to name it in the message */
  number?: string | undefined;
}

export interface FinishRequest {
  performedServiceIds: string[];
  note: string;
}

export interface TransferRequest {
  serviceId: string;
  counterId?: string | undefined;
  toFront: boolean;
}

export const DeskModel = createModel((deps: DeskDeps) => {
  const { connection, officeId, counterId } = deps;
  /** the clerk's right to call out of order, fixed for the session */
  const mayCallSpecific = signal(deps.mayCallSpecific ?? false);
  /** local clock, every second for the live timer of the current ticket */
  const nowMs = signal(Date.now());
  effect(() => {
    const timer = setInterval(() => (nowMs.value = Date.now()), 1000);
    return () => clearInterval(timer);
  });
  /** server time, corrected by the offset measured at the last snapshot */
  const serverNowMs = computed(() => nowMs.value + (deps.state.value?.serverOffsetMs ?? 0));
  /** the same, in steps of 15 s: waits are shown in minutes, the lists need not redraw every second */
  const waitClockMs = computed(() => Math.floor(serverNowMs.value / 15_000) * 15_000);

  const counter = computed(() => deps.state.value?.counters[counterId]);
  const ticket = computed(() => (deps.state.value ? currentTicket(deps.state.value, counterId) : undefined));
  const waitingToday = computed(() =>
    deps.state.value && counter.value ? waitingFor(deps.state.value, counter.value, 'today') : [],
  );
  const waitingAllowed = computed(() =>
    deps.state.value && counter.value ? waitingFor(deps.state.value, counter.value, 'allowed') : [],
  );
  const waiting = computed(() => waitingRows(waitingToday.value, waitClockMs.value, counterId));
  const callable = computed(() => waitingRows(waitingAllowed.value, waitClockMs.value, counterId));
  /** per service served today, zeros included */
  const counts = computed(() => countsByService(waitingToday.value, counter.value?.activeServiceIds ?? []));
  /** per service the counter may serve, for "next of one service" */
  const allowedCounts = computed(() =>
    countsByService(waitingAllowed.value, counter.value?.serviceIds ?? []),
  );
  const parkedTickets = computed(() =>
    deps.state.value ? parked(deps.state.value, counter.value?.serviceIds ?? []) : [],
  );

  /** the action (or `callBack:<ticketId>`) waiting for its ack */
  const pending = signal<string | undefined>(undefined);
  const errors = signal<Readonly<Record<string, DeskError>>>({});
  const dialog = signal<DeskDialog | undefined>(undefined);

  const soundOn = signal(loadSoundSetting(deps.storage));
  /** grows by one each time the arrival signal should sound */
  const chimes = signal(0);
  // Tickets that were at this counter once (parked, transferred back to a service served here)
  // are no news to the clerk.
  const seenHere = new Set<string>();
  let watch: ArrivalWatch | undefined;
  effect(() => {
    const current = ticket.value;
    if (current) seenHere.add(current.id);
  });
  effect(() => {
    const c = counter.value;
    if (!c) return;
    const step = detectArrivals(watch, waitingToday.value, c.activeServiceIds);
    watch = step.watch;
    const news = step.arrived.filter((id) => !seenHere.has(id));
    if (shouldChime(news.length, isIdle(c, ticket.value), soundOn.peek())) chimes.value = chimes.peek() + 1;
  });

  const context = computed(() => ({
    mayCallSpecific: mayCallSpecific.value,
    hasParked: parkedTickets.value.length > 0,
    noShowAfterCalls: deps.noShowAfterCalls?.value,
  }));
  const can = (name: ClerkAction) =>
    name === 'sound' ||
    name === 'help' ||
    (pending.value === undefined && isAvailable(name, counter.value, ticket.value, context.value));

  async function run<K extends CommandName>(
    key: string,
    name: K,
    payload: CommandPayload<K>,
    number?: string,
  ): Promise<ClientResult<unknown>> {
    if (pending.peek() !== undefined) return { ok: false, error: { code: 'invalid_state', message: 'busy' } };
    pending.value = key;
    const { [key]: _previous, ...others } = errors.peek();
    errors.value = others;
    const result = await connection.command(name, payload);
    pending.value = undefined;
    if (!result.ok) errors.value = { ...errors.peek(), [key]: { error: result.error, number } };
    return result;
  }

  /** runs a dialog's command and closes the dialog when the server agreed */
  async function fromDialog<K extends CommandName>(
    key: DeskDialog,
    name: K,
    payload: CommandPayload<K>,
    number?: string,
  ): Promise<boolean> {
    const result = await run(key, name, payload, number);
    if (result.ok && dialog.peek() === key) dialog.value = undefined;
    return result.ok;
  }

  const onTicket = (
    key: ClerkAction,
    name: 'ticket:recall' | 'ticket:start' | 'ticket:mark-no-show' | 'ticket:park',
  ) =>
    action(async () => {
      const current = ticket.peek();
      if (current) await run(key, name, { ticketId: current.id }, current.number);
    });
  const here = { officeId, counterId };

  return {
    counter,
    ticket,
    waiting,
    callable,
    counts,
    allowedCounts,
    parkedTickets,
    serverNowMs,
    pending,
    errors,
    dialog,
    soundOn,
    chimes,
    mayCallSpecific,
    can: (name: ClerkAction) => can(name),
    callNext: action(async () => void (await run('callNext', 'counter:call-next', here))),
    callNextOf: action((serviceId: string) =>
      fromDialog('callService', 'counter:call-next', { ...here, serviceId }),
    ),
    callTicket: action((ticketId: string) => {
      const number = deps.state.peek()?.tickets[ticketId]?.number;
      return fromDialog('callTicket', 'counter:call-ticket', { ...here, ticketId }, number);
    }),
    recall: onTicket('recall', 'ticket:recall'),
    start: onTicket('start', 'ticket:start'),
    noShow: onTicket('noShow', 'ticket:mark-no-show'),
    park: onTicket('park', 'ticket:park'),
    finish: action(async (request: FinishRequest) => {
      const current = ticket.peek();
      if (!current) return false;
      const note = request.note.trim();
      return fromDialog(
        'finish',
        'ticket:finish',
        {
          ticketId: current.id,
          ...(request.performedServiceIds.length > 0
            ? { performedServiceIds: request.performedServiceIds }
            : {}),
          ...(note ? { note } : {}),
        },
        current.number,
      );
    }),
    transfer: action(async (request: TransferRequest) => {
      const current = ticket.peek();
      if (!current) return false;
      return fromDialog(
        'transfer',
        'ticket:transfer',
        {
          ticketId: current.id,
          serviceId: request.serviceId,
          ...(request.counterId ? { counterId: request.counterId } : {}),
          toFront: request.toFront,
        },
        current.number,
      );
    }),
    callBack: action(async (ticketId: string) => {
      const number = deps.state.peek()?.tickets[ticketId]?.number;
      await run(`callBack:${ticketId}`, 'ticket:call-back', { ticketId, counterId }, number);
    }),
    pause: action((reason: string) => {
      const trimmed = reason.trim();
      return fromDialog('pause', 'counter:pause', trimmed ? { ...here, reason: trimmed } : here);
    }),
    resume: action(async () => void (await run('resume', 'counter:resume', here))),
    setServices: action((serviceIds: string[]) =>
      fromDialog('services', 'counter:set-services', { ...here, serviceIds }),
    ),
    close: action(async () => {
      const done = await fromDialog('close', 'counter:close', here);
      if (done) deps.onClosed();
      return done;
    }),
    toggleSound: action(() => {
      soundOn.value = !soundOn.value;
      saveSoundSetting(deps.storage, soundOn.value);
    }),
    openDialog: action((next: DeskDialog) => {
      const { [next]: _old, ...rest } = errors.value;
      errors.value = rest;
      dialog.value = next;
    }),
    closeDialog: action(() => void (dialog.value = undefined)),
  };
});
export type DeskModel = InstanceType<typeof DeskModel>;
