/**
 * Owns: what the estimator knows about how long things take — service-time distributions per
 * service learned from the stored day statistics (their duration digests), the no-show rate per
 * service and the walk time from call to counter. Without enough history a service falls back to
 * a lognormal around its configured expected duration, so a new office still gets estimates.
 */
import type { DayStats } from '../stats/day-stats.ts';
import { emptyDigest, merge, quantile, type Digest } from '../stats/digest.ts';
import type { OfficeSetup } from '../setup.ts';

export interface ServiceTimeModel {
  /** a service duration in seconds: the inverse distribution function at u ∈ (0, 1) */
  sample(serviceId: string, hour: number, u: number): number;
  /** share of called tickets that did not come */
  noShowRate(serviceId: string): number;
  /** seconds from a call to the start at the counter (typical) */
  walkSeconds: number;
  /** a free counter calls a newcomer after about this many seconds (the chime, the click) */
  callDelaySeconds: number;
  /** tickets drawn per hour of the day (office time, "0" … "23") on an average day */
  arrivalsPerHour: readonly number[];
  /** counters open (signed in, not paused) on average per hour of the day */
  countersOpenPerHour: readonly number[];
  /** share of the tickets per service, and of priority tickets */
  serviceMix: ReadonlyMap<string, number>;
  priorityShare: number;
}

/** Fewer measured services than this and the configured duration is used instead. */
const MIN_SAMPLES = 30;
/** Spread of the fallback lognormal (σ of the log): a p90/median ratio of about 1.9. */
const FALLBACK_SIGMA = 0.5;

/** Inverse of the standard normal distribution function (Acklam's rational approximation). */
export function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const q = Math.min(Math.max(p, 1e-9), 1 - 1e-9);
  if (q < 0.02425) {
    const r = Math.sqrt(-2 * Math.log(q));
    return (
      (((((c[0]! * r + c[1]!) * r + c[2]!) * r + c[3]!) * r + c[4]!) * r + c[5]!) /
      ((((d[0]! * r + d[1]!) * r + d[2]!) * r + d[3]!) * r + 1)
    );
  }
  if (q > 1 - 0.02425) return -normalQuantile(1 - q);
  const r = q - 0.5;
  const s = r * r;
  return (
    ((((((a[0]! * s + a[1]!) * s + a[2]!) * s + a[3]!) * s + a[4]!) * s + a[5]!) * r) /
    (((((b[0]! * s + b[1]!) * s + b[2]!) * s + b[3]!) * s + b[4]!) * s + 1)
  );
}

/** The model from a window of past days (their statistics); `setup` gives the fallbacks. */
export function serviceTimeModel(setup: OfficeSetup, history: readonly DayStats[]): ServiceTimeModel {
  const service = new Map<string, Digest>();
  const called = new Map<string, number>();
  const noShows = new Map<string, number>();
  const walk = emptyDigest();
  const perHour = Array<number>(24).fill(0);
  const openMinutes = Array<number>(24).fill(0);
  const drawn = new Map<string, number>();
  let days = 0;
  let tickets = 0;
  for (const day of history) {
    if (day.total.tickets > 0) days++;
    tickets += day.total.tickets;
    for (const [hour, g] of Object.entries(day.hours)) perHour[Number(hour)]! += g.tickets;
    for (const [hour, m] of Object.entries(day.openMinutes)) openMinutes[Number(hour)]! += m;
    for (const [id, g] of Object.entries(day.services)) drawn.set(id, (drawn.get(id) ?? 0) + g.tickets);
    for (const [id, g] of Object.entries(day.services)) {
      const d = service.get(id) ?? emptyDigest();
      merge(d, g.service);
      service.set(id, d);
      called.set(id, (called.get(id) ?? 0) + g.wait.count);
      noShows.set(id, (noShows.get(id) ?? 0) + g.ended.no_show);
    }
    merge(walk, day.total.walk);
  }
  const expected = new Map(setup.services.map((s) => [s.id, s.expectedMinutes * 60]));
  return {
    sample(serviceId, _hour, u) {
      const learned = service.get(serviceId);
      if (learned && learned.count >= MIN_SAMPLES) return quantile(learned, u) ?? 0;
      const median = expected.get(serviceId) ?? 600;
      return median * Math.exp(FALLBACK_SIGMA * normalQuantile(u));
    },
    noShowRate(serviceId) {
      const n = called.get(serviceId) ?? 0;
      return n >= MIN_SAMPLES ? (noShows.get(serviceId) ?? 0) / n : 0.03;
    },
    walkSeconds: walk.count >= MIN_SAMPLES ? (quantile(walk, 0.5) ?? 45) : 45,
    callDelaySeconds: 15,
    // Without history no arrivals are assumed: the estimate then covers the present queue only.
    arrivalsPerHour: perHour.map((n) => (days > 0 ? n / days : 0)),
    countersOpenPerHour: openMinutes.map((m) => (days > 0 ? m / 60 / days : 0)),
    serviceMix: new Map([...drawn].map(([id, n]) => [id, tickets > 0 ? n / tickets : 0])),
    priorityShare: 0.05,
  };
}
