/**
 * Owns: what the public status page shows for one ticket — the last status the server sent, why
 * there is none (unknown ticket, server unreachable), when it was last updated, and keeping it
 * current: the public `/status` socket feed first, polling only while that feed is down.
 * Does not: fetch or open sockets by itself (main.tsx passes `fetchStatus` and `watch`) or touch
 * the DOM.
 * Why a socket first: a call must reach the phone at once, not at the next poll; the feed pushes
 * the status on every change of the office. Why polling stays as a fallback: a phone on a flaky
 * waiting-hall Wi-Fi or behind a proxy that drops the socket still gets the status, slowly.
 * Why it stops at a final state: done, no-show, cancelled and expired never change again.
 */
import { action, computed, createModel, effect, signal, type Signal } from '@preact/signals';
import { TicketId } from '#protocol/ids.ts';
import type { Language } from '#protocol/language.ts';
import type { TicketState, TicketStatusView } from '#protocol/tickets.ts';
import { countVariant } from '#i18n/format.ts';
import { t, type MessageKey, type Params } from '#i18n/translate.ts';
import type { ClientResult } from '#web/client-result.ts';

/** Polling while the socket feed is down: slow, because it is only the fallback. */
export const DEFAULT_POLL_MS = 30_000;
const MIN_POLL_MS = 1_000;
const MAX_POLL_MS = 600_000;

const FINAL_STATES: readonly TicketState[] = ['done', 'no_show', 'cancelled', 'expired'];

export function isFinal(state: TicketState): boolean {
  return FINAL_STATES.includes(state);
}

/**
 * `?t=<ticket id>` names the ticket (printed as a QR code); `?poll=<seconds>` overrides the
 * fallback polling interval (at least 1 s — tests use it). A malformed id counts as missing: no
 * request is made.
 */
export function statusParams(search: string): { ticketId: string | undefined; pollMs: number } {
  const params = new URLSearchParams(search);
  const id = TicketId.safeParse(params.get('t'));
  const seconds = Number(params.get('poll') ?? Number.NaN);
  const pollMs = Number.isFinite(seconds)
    ? Math.min(MAX_POLL_MS, Math.max(MIN_POLL_MS, Math.round(seconds * 1000)))
    : DEFAULT_POLL_MS;
  return { ticketId: id.success ? id.data : undefined, pollMs };
}

/** How the sentence about the state looks: a call stands out, a final state closes the page. */
export type Tone = 'waiting' | 'call' | 'serving' | 'closing';

export interface StateMessage {
  key: MessageKey;
  params?: Params;
  tone: Tone;
}

/** The one sentence the citizen reads for the ticket's state. */
export function stateMessage(
  view: Pick<TicketStatusView, 'state' | 'peopleAhead' | 'counterName'>,
): StateMessage {
  switch (view.state) {
    case 'waiting':
      return {
        key: `status.waiting.${countVariant(view.peopleAhead)}`,
        params: { n: view.peopleAhead },
        tone: 'waiting',
      };
    case 'called':
      // "Platz 1" must not break between its words: "zu Platz" / "1." reads wrong at arm's length.
      return view.counterName === undefined
        ? { key: 'status.called.noCounter', tone: 'call' }
        : {
            key: 'status.called',
            params: { counter: view.counterName.replaceAll(' ', '\u00a0') },
            tone: 'call',
          };
    case 'serving':
      return { key: 'status.serving', tone: 'serving' };
    case 'parked':
      return { key: 'status.parked', tone: 'waiting' };
    default:
      return { key: `status.${view.state}`, tone: 'closing' };
  }
}

/** unknown: no such ticket (today) or no valid id; unreachable: no answer, try again later */
export type StatusProblem = 'unknown' | 'unreachable';

/** What the socket feed reports: each status it pushes, and whether it is connected. */
export interface StatusFeedHandlers {
  status(view: TicketStatusView): void;
  connected(online: boolean): void;
}
/** Starts watching one ticket's feed; returns the function that stops it. */
export type WatchStatus = (ticketId: string, on: StatusFeedHandlers) => () => void;

export interface StatusDeps {
  ticketId: string | undefined;
  /** polling interval while the feed is down (or always, without `watch`) */
  pollMs: number;
  fetchStatus: (ticketId: string) => Promise<ClientResult<TicketStatusView>>;
  /** the socket feed; without it the page polls */
  watch?: WatchStatus;
  language: Signal<Language>;
  clock?: () => number;
}

export const StatusModel = createModel(
  ({ ticketId, pollMs, fetchStatus, watch, language, clock = Date.now }: StatusDeps) => {
    const view = signal<TicketStatusView | undefined>(undefined);
    /** the socket feed is connected and pushes every change */
    const live = signal(false);
    const problem = signal<StatusProblem | undefined>(ticketId === undefined ? 'unknown' : undefined);
    const updatedAtMs = signal<number | undefined>(undefined);
    const loading = signal(false);
    const visible = signal(true);

    const message = computed(() => (view.value ? stateMessage(view.value) : undefined));
    /** the estimated wait, only while the ticket waits and the server has one */
    const estimate = computed(() => (view.value?.state === 'waiting' ? view.value.waitEstimate : undefined));
    /** nothing will change any more, so polling stops */
    const settled = computed(
      () => problem.value === 'unknown' || (view.value !== undefined && isFinal(view.value.state)),
    );
    const title = computed(() => {
      const current = view.value;
      const lang = language.value;
      return current
        ? `${current.number} · ${t(lang, `state.${current.state}`)} – Aufruf`
        : `${t(lang, 'status.title')} – Aufruf`;
    });

    const show = action((status: TicketStatusView) => {
      view.value = status;
      problem.value = undefined;
      updatedAtMs.value = clock();
    });

    const refresh = action(async () => {
      if (ticketId === undefined || loading.peek()) return;
      loading.value = true;
      const result = await fetchStatus(ticketId);
      loading.value = false;
      if (result.ok) {
        show(result.data);
      } else if (result.error.code === 'not_found' || result.error.code === 'validation_failed') {
        view.value = undefined;
        problem.value = 'unknown';
      } else {
        // Keep the last status on screen: with its time it is still useful while offline.
        problem.value = 'unreachable';
      }
    });

    // The feed, until nothing can change any more.
    effect(() => {
      if (!watch || ticketId === undefined || settled.value) return;
      const stop = watch(ticketId, {
        status: show,
        connected: (online) => void (live.value = online),
      });
      return () => {
        stop();
        live.value = false;
      };
    });

    // Poll while the feed is down, the page is visible and the ticket can still change. Losing
    // the feed or coming back to the page (visibilitychange) asks at once.
    effect(() => {
      if (live.value || !visible.value || settled.value || ticketId === undefined) return;
      void refresh();
      const timer = setInterval(() => void refresh(), pollMs);
      return () => clearInterval(timer);
    });

    return {
      view,
      problem,
      message,
      estimate,
      live,
      settled,
      updatedAtMs,
      loading,
      title,
      language,
      canRefresh: signal(ticketId !== undefined),
      refresh,
      setVisible: action((next: boolean) => void (visible.value = next)),
      setLanguage: action((next: Language) => void (language.value = next)),
    };
  },
);
export type StatusModel = InstanceType<typeof StatusModel>;
