/**
 * Owns: the rows of the supervisor's live board, derived from one office's state — per service
 * the waiting count, the longest current wait against its target and the estimate for a newcomer;
 * per counter what it is doing and for how long (paused, serving a number, idle, closed).
 * Pure: every duration is measured against the server's clock (`serverNowMs`), which the caller
 * passes, so a laptop whose clock is off still shows the minutes the server counts.
 * Does not: decide alarms (board-alarms.ts) or render.
 */
import type { OfficeView, ServiceView } from '#protocol/office.ts';
import type { CounterView, TicketView } from '#protocol/tickets.ts';
import { RECENT_CALLS_KEPT, type OfficeState } from '#web/office-fold.ts';

/** What the board needs of the office description. */
export type BoardSetup = Pick<OfficeView, 'alarms'> & {
  services: readonly Pick<ServiceView, 'id' | 'departmentId' | 'targetWaitMinutes'>[];
};

/** The server's clock now: the local clock corrected by the offset measured at the last snapshot. */
export function serverNowMs(state: Pick<OfficeState, 'serverOffsetMs'>, localNowMs: number): number {
  return localNowMs + state.serverOffsetMs;
}

/** How the longest wait compares with the service's target: none waits, fine, close, over. */
export type WaitLevel = 'none' | 'ok' | 'near' | 'over';

/** "close" starts at this share of the alarm threshold, so a supervisor can act before it rings. */
export const NEAR_SHARE_OF_ALARM = 0.75;

export interface ServiceRow {
  serviceId: string;
  departmentId: string;
  waiting: number;
  /** the longest-waiting ticket of the service (waiting since it was drawn) */
  longest?: { number: string; waitedMs: number } | undefined;
  targetWaitMinutes: number;
  /** the longest wait as a share of the target in whole percent (60 = 60 %) */
  targetPercent?: number | undefined;
  level: WaitLevel;
  /** the server's estimate for someone drawing now; absent when no counter serves it */
  estimate?: { lowMinutes: number; highMinutes: number } | undefined;
  /** counters open now that serve the service today */
  openCounters: number;
}

/**
 * Waits count from `issuedAt` — when the person drew the number — and keep counting across a
 * transfer or a reopened no-show: for the person it is one wait.
 */
export function waitedMs(ticket: Pick<TicketView, 'issuedAt'>, nowMs: number): number {
  return Math.max(0, nowMs - ticket.issuedAt);
}

/** Does a wait reach `percent` of the target? Exact in milliseconds, so 30:00 of 30 is 100 %. */
export function reachesShare(waited: number, targetWaitMinutes: number, percent: number): boolean {
  return waited * 100 >= percent * targetWaitMinutes * 60_000;
}

/** Counters open now whose services today include `serviceId` (as the server's estimate counts). */
export function openCountersFor(state: OfficeState, serviceId: string): CounterView[] {
  return Object.values(state.counters).filter(
    (c) => c.status === 'open' && c.activeServiceIds.includes(serviceId),
  );
}

/** One row per service, in the office's order. */
export function serviceRows(state: OfficeState, setup: BoardSetup, nowMs: number): ServiceRow[] {
  const waiting = Object.values(state.tickets).filter((t) => t.state === 'waiting');
  return setup.services.map((service) => {
    const mine = waiting.filter((t) => t.serviceId === service.id);
    const oldest = mine.reduce<TicketView | undefined>(
      (best, t) => (best === undefined || t.issuedAt < best.issuedAt ? t : best),
      undefined,
    );
    const waited = oldest ? waitedMs(oldest, nowMs) : undefined;
    const queue = state.queues.find((q) => q.serviceId === service.id);
    return {
      serviceId: service.id,
      departmentId: service.departmentId,
      waiting: mine.length,
      longest: oldest && waited !== undefined ? { number: oldest.number, waitedMs: waited } : undefined,
      targetWaitMinutes: service.targetWaitMinutes,
      targetPercent:
        waited === undefined || service.targetWaitMinutes <= 0
          ? undefined
          : Math.floor((waited * 100) / (service.targetWaitMinutes * 60_000)),
      level: waitLevel(waited, service.targetWaitMinutes, setup.alarms.waitOverTargetPercent),
      estimate: queue?.waitEstimate,
      openCounters: openCountersFor(state, service.id).length,
    };
  });
}

function waitLevel(waited: number | undefined, target: number, alarmPercent: number): WaitLevel {
  if (waited === undefined) return 'none';
  if (reachesShare(waited, target, alarmPercent)) return 'over';
  if (reachesShare(waited, target, alarmPercent * NEAR_SHARE_OF_ALARM)) return 'near';
  return 'ok';
}

/** What a counter is doing now. `forMs` is undefined where the board cannot know since when. */
export type CounterActivity =
  | { kind: 'closed' }
  | { kind: 'paused'; reason?: string | undefined; forMs?: number | undefined }
  | { kind: 'called' | 'serving'; ticket: TicketView; forMs: number }
  | { kind: 'idle'; forMs?: number | undefined };

export interface CounterRow {
  counter: CounterView;
  activity: CounterActivity;
}

/** When each counter last let a ticket go (finished, no-show, parked, …), in server time. */
export type Releases = Readonly<Record<string, number>>;

/**
 * Notes the counters that have just let their ticket go (finished, no-show, parked, transferred),
 * by comparing the state before and after a change. The counter's own `since` changes only with
 * its status, not with each ticket, so this is how the board knows since when a counter is free.
 */
export function noteReleases(
  releases: Releases,
  before: OfficeState,
  after: OfficeState,
  atMs: number,
): Releases {
  let next = releases;
  for (const counter of Object.values(after.counters)) {
    const held = before.counters[counter.id]?.currentTicketId;
    if (held !== undefined && counter.currentTicketId === undefined) next = { ...next, [counter.id]: atMs };
  }
  return next;
}

/** One row per counter, in the order of the office state (the configuration's order). */
export function counterRows(state: OfficeState, nowMs: number, releases: Releases = {}): CounterRow[] {
  return Object.values(state.counters).map((counter) => ({
    counter,
    activity: activityOf(state, counter, nowMs, releases),
  }));
}

function activityOf(
  state: OfficeState,
  counter: CounterView,
  nowMs: number,
  releases: Releases,
): CounterActivity {
  const since = (at: number | undefined) => (at === undefined ? undefined : Math.max(0, nowMs - at));
  if (counter.status === 'closed') return { kind: 'closed' };
  if (counter.status === 'paused') {
    return { kind: 'paused', reason: counter.pauseReason, forMs: since(counter.since) };
  }
  const ticket = counter.currentTicketId === undefined ? undefined : state.tickets[counter.currentTicketId];
  if (ticket && (ticket.state === 'called' || ticket.state === 'serving')) {
    // Serving counts from the start of service, a call from the (last) call.
    const from = ticket.state === 'serving' ? (ticket.startedAt ?? ticket.calledAt) : ticket.calledAt;
    return { kind: ticket.state, ticket, forMs: since(from) ?? 0 };
  }
  return { kind: 'idle', forMs: since(idleSince(state, counter, releases)) };
}

/**
 * Since when a counter has been free: the later of its last status change and its last release
 * seen live. After a reload no release has been seen; then its status change counts only if the
 * recent calls prove it called nobody since (they reach back far enough and hold no call of it).
 */
export function idleSince(state: OfficeState, counter: CounterView, releases: Releases): number | undefined {
  // The server says so since it keeps track (counter views carry idleSince).
  if (counter.idleSince !== undefined) return counter.idleSince;
  const released = releases[counter.id];
  if (counter.since === undefined) return released;
  if (released !== undefined) return Math.max(released, counter.since);
  const since = counter.since;
  const calledSince = state.recentCalls.some((c) => c.counterId === counter.id && c.calledAt >= since);
  const oldest = state.recentCalls.at(-1);
  const reachesBack =
    state.recentCalls.length < RECENT_CALLS_KEPT || (oldest !== undefined && oldest.calledAt <= since);
  return !calledSince && reachesBack ? since : undefined;
}
