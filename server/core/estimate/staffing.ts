/**
 * Owns: a signed-in counter's rest of the day as the wait estimates expect it — its breaks still
 * to come and when its clerk stops — learned from the share of each quarter-hour it was open on
 * past days (service-times.ts), and reconciled with today: a break already taken is not taken
 * again, a counter paused now comes back when its usual break would be over.
 */
import type { CounterRuntime } from '../state.ts';

const QUARTER_MS = 15 * 60_000;
/** A quarter-hour within the working span that is closed this often belongs to a break. */
const BREAK_SHARE = 0.2;
/** A break missed at its usual time is still taken if that time ended this recently. */
const LATE_BREAK_MS = 30 * 60_000;
/** A pause outside the usual pattern lasts about this long. */
const AD_HOC_PAUSE_MS = 15 * 60_000;

export interface UsualBreak {
  /** quarter-hours of the day, `to` exclusive */
  from: number;
  to: number;
  /** the share of days closed in each of its quarter-hours */
  closed: number[];
  /** its usual length, ms: the closed shares summed */
  ms: number;
}

export interface StaffingPattern {
  /** the usual working span in quarter-hours: first and last open on at least half the days */
  first: number;
  last: number;
  breaks: UsualBreak[];
}

/** The pattern in a counter's open share per quarter-hour; undefined if it is never usually open. */
export function staffingPattern(share: readonly number[]): StaffingPattern | undefined {
  const first = share.findIndex((s) => s >= 0.5);
  if (first < 0) return undefined;
  const last = share.findLastIndex((s) => s >= 0.5);
  // Breaks lie between quarter-hours that are open nearly always: the part-open quarter-hours at
  // opening and closing time are not breaks.
  const open = (q: number) => 1 - share[q]! < BREAK_SHARE;
  const firstOpen = share.findIndex((_, q) => open(q));
  const lastOpen = share.findLastIndex((_, q) => open(q));
  const breaks: UsualBreak[] = [];
  for (let q = firstOpen; firstOpen >= 0 && q < lastOpen;) {
    if (open(q)) {
      q++;
      continue;
    }
    const from = q;
    while (q < lastOpen && !open(q)) q++;
    const closed = share.slice(from, q).map((s) => 1 - s);
    breaks.push({ from, to: q, closed, ms: closed.reduce((a, b) => a + b, 0) * QUARTER_MS });
  }
  return { first, last, breaks };
}

export interface CounterDay {
  /** a counter paused now: when it calls again */
  resumeAt?: number | undefined;
  /** breaks to come, in order: each taken when the counter is next free after `due` */
  breaks: { due: number; ms: number }[];
  /** after this the clerk serves who is left for the counter, then closes */
  leavesAt: number;
}

/**
 * One simulated run's version of the counter's day. `u` ∈ [0, 1) varies a break's start between
 * runs: it begins in the first of its quarter-hours closed on more than that share of days.
 * `quarterNow` is the quarter-hour of the day `now` falls in (office time).
 */
export function counterDay(
  pattern: StaffingPattern | undefined,
  runtime: CounterRuntime,
  now: number,
  quarterNow: number,
  u: number,
): CounterDay {
  const paused = runtime.status === 'paused';
  const pausedFor = paused ? now - (runtime.since ?? now) : 0;
  const adHocResume = Math.max(now + 60_000, now - pausedFor + AD_HOC_PAUSE_MS);
  if (!pattern) return { resumeAt: paused ? adHocResume : undefined, breaks: [], leavesAt: Infinity };

  const dayStart = Math.floor(now / QUARTER_MS) * QUARTER_MS - quarterNow * QUARTER_MS;
  const at = (q: number) => dayStart + q * QUARTER_MS;
  const due = (b: UsualBreak) => {
    const i = b.closed.findIndex((c) => c > u);
    return at(b.from + (i >= 0 ? i : b.closed.indexOf(Math.max(...b.closed))));
  };
  const past = pattern.breaks.filter((b) => at(b.to) <= now);
  const current = pattern.breaks.find((b) => at(b.from) <= now && now < at(b.to));
  const future = pattern.breaks.filter((b) => at(b.from) > now);
  // Time already paused today counts against the usual breaks in their order: a clerk who took
  // lunch early owes none at the usual time. What is still owed of each is taken.
  let taken = (runtime.pausedTodayMs ?? 0) + pausedFor;
  const owed = new Map<UsualBreak, number>();
  for (const b of pattern.breaks) {
    const covered = Math.min(b.ms, taken);
    taken -= covered;
    owed.set(b, b.ms - covered);
  }
  // The break due now: the one whose time it is, or one missed a moment ago.
  const lastPast = past.at(-1);
  const pending = current ?? (lastPast && now - at(lastPast.to) < LATE_BREAK_MS ? lastPast : undefined);
  const owedNow = pending ? owed.get(pending)! : 0;

  const breaks: CounterDay['breaks'] = [];
  let resumeAt: number | undefined;
  if (paused) resumeAt = owedNow >= 60_000 ? now + owedNow : adHocResume;
  else if (pending && owedNow >= 60_000) breaks.push({ due: Math.max(now, due(pending)), ms: owedNow });
  for (const b of future) if (owed.get(b)! >= 60_000) breaks.push({ due: due(b), ms: owed.get(b)! });
  return { resumeAt, breaks, leavesAt: at(pattern.last + 1) };
}
