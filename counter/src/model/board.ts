/**
 * Owns: the supervisor's live board of one office — its rows (services, counters), its alarms,
 * everyone waiting or parked, today's no-shows (fetched, since the snapshot holds open tickets
 * only, and fetched again when a no-show or a reopen happens), and the supervisor's actions on
 * tickets and counters: cancel, transfer, change priority, reopen a no-show, close a counter.
 * Each action is pending until the server acknowledges it; a refusal is kept with the ticket's
 * number and shown with the ticket's state now (the office state is live, so it is the fresh one).
 * Does not: derive rows or alarms (board-rows.ts, board-alarms.ts) or render.
 */
import { action, batch, computed, createModel, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { OfficeView } from '#protocol/office.ts';
import type { PriorityClass, TicketState, TicketView } from '#protocol/tickets.ts';
import type { ClientError, ClientResult } from '#web/client-result.ts';
import type { Connection } from '#web/connection.ts';
import type { OfficeState } from '#web/office-fold.ts';
import type { CounterApi } from './api.ts';
import { deriveAlarms, newAlarms, type BoardAlarm } from './board-alarms.ts';
import { counterRows, noteReleases, serverNowMs, serviceRows, type Releases } from './board-rows.ts';
import { allWaiting, parked } from './queues.ts';

export type BoardAction = 'cancel' | 'transfer' | 'priority' | 'reopen' | 'close';

/** The answer to the last action: done, or refused with the server's reason. */
export interface BoardOutcome {
  action: BoardAction;
  /** ticket or counter id */
  targetId: string;
  /** the ticket's number or the counter's name, as it was when the action was sent */
  label: string;
  error?: ClientError | undefined;
}

/** An inline form under a row: confirm a cancel or a counter's closing, or choose a transfer. */
export interface BoardForm {
  kind: 'cancel' | 'transfer' | 'close';
  targetId: string;
}

export interface TransferChoice {
  serviceId: string;
  counterId?: string | undefined;
  toFront: boolean;
}

export interface BoardDeps {
  connection: Connection;
  state: ReadonlySignal<OfficeState | undefined>;
  api: Pick<CounterApi, 'todaysTickets'>;
  officeId: ReadonlySignal<string | undefined>;
  office: ReadonlySignal<OfficeView | undefined>;
  /** the local clock; tests pass their own */
  clock?: () => number;
}

/** The timers on the board count seconds while it is on screen, and slowly otherwise. */
const TICK_WATCHED_MS = 1000;
const TICK_IDLE_MS = 15_000;

export const BoardModel = createModel(
  ({ connection, state, api, officeId, office, clock = Date.now }: BoardDeps) => {
    const watching = signal(false);
    const nowMs = signal(clock());
    effect(() => {
      const timer = setInterval(
        () => (nowMs.value = clock()),
        watching.value ? TICK_WATCHED_MS : TICK_IDLE_MS,
      );
      return () => clearInterval(timer);
    });
    /** server time, for waits and timers that agree with the server's clock */
    const serverNow = computed(() => (state.value ? serverNowMs(state.value, nowMs.value) : nowMs.value));

    const releases = signal<Releases>({});
    const noShows = signal<readonly TicketView[]>([]);
    const noShowsError = signal<ClientError | undefined>(undefined);
    let noShowRequest = 0;

    const loadNoShows = action(async () => {
      const id = officeId.peek();
      if (id === undefined) return;
      const mine = ++noShowRequest;
      const result = await api.todaysTickets(id, ['no_show']);
      // Only the newest answer counts: an older one may miss a no-show marked since.
      if (mine !== noShowRequest) return;
      if (result.ok) {
        noShows.value = [...result.data.tickets].sort(
          (a, b) => (b.finishedAt ?? b.issuedAt) - (a.finishedAt ?? a.issuedAt),
        );
        noShowsError.value = undefined;
      } else noShowsError.value = result.error;
    });

    effect(() =>
      connection.subscribe({
        snapshot(snapshot) {
          // After a reconnect facts may have been missed: the list is fetched again.
          if (snapshot.officeId === officeId.peek() && watching.peek()) void loadNoShows();
        },
        fact(fact) {
          if (fact.payload.officeId !== officeId.peek()) return;
          if ((fact.name === 'ticket:marked-no-show' || fact.name === 'ticket:reopened') && watching.peek()) {
            void loadNoShows();
          }
        },
      }),
    );
    // A counter whose ticket has just gone is free from now on (server time).
    let before: OfficeState | undefined;
    effect(() => {
      const after = state.value;
      if (before && after && before.officeId === after.officeId) {
        releases.value = noteReleases(releases.peek(), before, after, serverNowMs(after, clock()));
      }
      before = after;
    });
    effect(() => {
      void officeId.value;
      noShows.value = [];
      releases.value = {};
      if (watching.peek()) void loadNoShows();
    });

    const services = computed(() => {
      const current = state.value;
      const setup = office.value;
      return current && setup ? serviceRows(current, setup, serverNow.value) : [];
    });
    const counters = computed(() =>
      state.value ? counterRows(state.value, serverNow.value, releases.value) : [],
    );
    const open = computed(() => (state.value ? [...allWaiting(state.value), ...parked(state.value)] : []));
    const alarms = computed(() => {
      const setup = office.value;
      return setup ? deriveAlarms(services.value, counters.value, setup.alarms) : [];
    });

    // Screen readers hear an alarm when it appears; its minutes ticking on stay silent.
    const announced = signal<readonly BoardAlarm[]>([]);
    let knownAlarms = new Set<string>();
    effect(() => {
      const now = alarms.value;
      const fresh = newAlarms(knownAlarms, now);
      knownAlarms = new Set(now.map((a) => a.key));
      if (fresh.length > 0) announced.value = fresh;
    });

    const pending = signal<Readonly<Record<string, BoardAction>>>({});
    const outcome = signal<BoardOutcome | undefined>(undefined);
    const form = signal<BoardForm | undefined>(undefined);

    const ticketLabel = (id: string) =>
      state.peek()?.tickets[id]?.number ?? noShows.peek().find((t) => t.id === id)?.number ?? id;

    async function run(
      kind: BoardAction,
      targetId: string,
      label: string,
      send: () => Promise<ClientResult<unknown>>,
    ): Promise<boolean> {
      if (pending.peek()[targetId] !== undefined) return false;
      batch(() => {
        pending.value = { ...pending.peek(), [targetId]: kind };
        if (outcome.peek()?.targetId === targetId) outcome.value = undefined;
      });
      const result = await send();
      batch(() => {
        const { [targetId]: _done, ...rest } = pending.peek();
        pending.value = rest;
        outcome.value = { action: kind, targetId, label, error: result.ok ? undefined : result.error };
        if (result.ok && form.peek()?.targetId === targetId) form.value = undefined;
      });
      // A refused reopen may mean the list is stale (someone else reopened it): fetch it again.
      if (kind === 'reopen') void loadNoShows();
      return result.ok;
    }

    return {
      serverNow,
      services,
      counters,
      open,
      alarms,
      announced,
      noShows,
      noShowsError,
      pending,
      outcome,
      form,
      loadNoShows,
      ticketById: (id: string | undefined) => (id === undefined ? undefined : state.value?.tickets[id]),
      /** where the ticket is now: an open state, a no-show, or gone (done, cancelled, expired) */
      stateNow: (id: string): TicketState | 'gone' =>
        state.value?.tickets[id]?.state ?? (noShows.value.some((t) => t.id === id) ? 'no_show' : 'gone'),
      /** the board is on screen: timers count seconds, the no-show list is kept fresh */
      watch: action((on: boolean) => {
        watching.value = on;
        nowMs.value = clock();
        if (on) void loadNoShows();
      }),
      openForm: action((next: BoardForm | undefined) => (form.value = next)),
      dismissOutcome: action(() => (outcome.value = undefined)),
      cancel: action((ticketId: string) =>
        run('cancel', ticketId, ticketLabel(ticketId), () =>
          connection.command('ticket:cancel', { ticketId }),
        ),
      ),
      transfer: action((ticketId: string, choice: TransferChoice) =>
        run('transfer', ticketId, ticketLabel(ticketId), () =>
          connection.command('ticket:transfer', {
            ticketId,
            serviceId: choice.serviceId,
            ...(choice.counterId ? { counterId: choice.counterId } : {}),
            ...(choice.toFront ? { toFront: true } : {}),
          }),
        ),
      ),
      setPriority: action((ticketId: string, priority: PriorityClass) =>
        run('priority', ticketId, ticketLabel(ticketId), () =>
          connection.command('ticket:set-priority', { ticketId, priority }),
        ),
      ),
      reopen: action((ticketId: string) =>
        run('reopen', ticketId, ticketLabel(ticketId), () =>
          connection.command('ticket:reopen', { ticketId }),
        ),
      ),
      closeCounter: action((counterId: string) => {
        const office = officeId.peek();
        if (office === undefined) return Promise.resolve(false);
        const name = state.peek()?.counters[counterId]?.name ?? counterId;
        return run('close', counterId, name, () =>
          connection.command('counter:close', { officeId: office, counterId }),
        );
      }),
    };
  },
);
export type BoardModel = InstanceType<typeof BoardModel>;
