/**
 * Owns: what the estimator knows about how long things take — service-time distributions per
 * service learned from the stored day statistics (their duration digests), the no-show rate per
 * service, the walk time from call to counter, arrivals per hour, and when each counter is usually
 * staffed. Without enough history a service falls back to
 * a lognormal around its configured expected duration, so a new office still gets estimates.
 */
import type { DayStats } from '../stats/day-stats.ts';
import {
  cumulativeFunction,
  emptyDigest,
  merge,
  quantile,
  quantileFunction,
  type Digest,
} from '../stats/digest.ts';
import type { OfficeSetup } from '../setup.ts';
import { QUARTERS } from '../stats/zoned.ts';

export interface ServiceTimeModel {
  /** a service duration in seconds: the inverse distribution function at u ∈ (0, 1) */
  sample(serviceId: string, hour: number, u: number): number;
  /** share of called tickets that did not come */
  noShowRate(serviceId: string): number;
  /** seconds from a call to the start at the counter (typical) */
  walkSeconds: number;
  /** the share of citizens who come that take longer than this from the call to the counter */
  walkAbove(seconds: number): number;
  /** the share of services whose start was recorded (a clerk may finish without pressing start) */
  startRecorded: number;
  /** seconds until a free counter calls someone who just came (the chime, the click), at u ∈ (0, 1) */
  callDelay(u: number): number;
  /** walk-in tickets drawn per hour of the day (office time, "0" … "23") on an average day */
  arrivalsPerHour: readonly number[];
  /** the same per weekday (0 = Monday), for weekdays with enough history: Mondays are not Fridays */
  weekdayArrivalsPerHour: ReadonlyMap<number, readonly number[]>;
  /** seconds a counter spends on someone who does not come: the calls until the no-show */
  noShowSeconds: number;
  /**
   * per counter, the share of each quarter-hour of the day (96, office time) it was open and not
   * paused, over the days it was open at all: its breaks and closing time
   */
  counterOpenShare: ReadonlyMap<string, readonly number[]>;
  /** share of the walk-in tickets per service, and of priority tickets */
  serviceMix: ReadonlyMap<string, number>;
  priorityShare: number;
  /** appointments: mean seconds checked in before the slot, and the share of booked ones that come */
  appointmentLeadSeconds: number;
  appointmentShowRate: number;
}

/** Fewer measured services than this and the configured duration is used instead. */
const MIN_SAMPLES = 30;
/** Without history a free counter calls after 0–30 s. */
const FALLBACK_CALL_DELAY_SECONDS = 15;
/** Fewer days of a weekday than this and its arrivals are taken from all days. */
const MIN_WEEKDAYS = 3;
/** Fewer no-shows than this and their time is taken from the configured number of calls. */
const MIN_NO_SHOWS = 10;
/** Fewer days a counter was staffed than this and its pattern is not trusted (always open). */
const MIN_STAFFED_DAYS = 3;
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
  const callDelay = emptyDigest();
  const perHour = Array<number>(24).fill(0);
  const weekdays = new Map<number, { days: number; perHour: number[] }>();
  let noShowCount = 0;
  let noShowSum = 0;
  const counterMinutes = new Map<string, { days: number; quarters: number[] }>();
  const drawn = new Map<string, number>();
  let days = 0;
  let tickets = 0;
  let done = 0;
  let started = 0;
  let checkedIn = 0;
  let leadSum = 0;
  for (const day of history) {
    if (day.total.tickets > 0) days++;
    tickets += day.total.tickets;
    // Walk-ins only: booked appointments are known one by one and come in on their own.
    const booked = day.appointments;
    tickets -= booked?.tickets ?? 0;
    const weekday = weekdays.get(day.weekday) ?? { days: 0, perHour: Array<number>(24).fill(0) };
    if (day.total.tickets > 0) weekday.days++;
    weekdays.set(day.weekday, weekday);
    for (const [hour, g] of Object.entries(day.hours)) {
      const walkIns = g.tickets - (booked?.hours[hour] ?? 0);
      perHour[Number(hour)]! += walkIns;
      weekday.perHour[Number(hour)]! += walkIns;
    }
    noShowCount += day.noShowTime?.count ?? 0;
    noShowSum += day.noShowTime?.secondsSum ?? 0;
    for (const [id, n] of Object.entries(booked?.services ?? {})) drawn.set(id, (drawn.get(id) ?? 0) - n);
    checkedIn += booked?.tickets ?? 0;
    leadSum += booked?.leadSecondsSum ?? 0;
    for (const [id, quarters] of Object.entries(day.counterQuarters ?? {})) {
      const sum = counterMinutes.get(id) ?? { days: 0, quarters: Array<number>(QUARTERS).fill(0) };
      sum.days++;
      quarters.forEach((m, q) => (sum.quarters[q]! += m));
      counterMinutes.set(id, sum);
    }
    for (const [id, g] of Object.entries(day.services)) drawn.set(id, (drawn.get(id) ?? 0) + g.tickets);
    for (const [id, g] of Object.entries(day.services)) {
      const d = service.get(id) ?? emptyDigest();
      merge(d, g.service);
      service.set(id, d);
      called.set(id, (called.get(id) ?? 0) + g.wait.count);
      noShows.set(id, (noShows.get(id) ?? 0) + g.ended.no_show);
    }
    merge(walk, day.total.walk);
    done += day.total.ended.done;
    started += day.total.service.count;
    if (day.callDelay) merge(callDelay, day.callDelay);
  }
  // Inverse distribution functions, prepared once: the estimates sample them thousands of times.
  const inverse = new Map(
    [...service].filter(([, d]) => d.count >= MIN_SAMPLES).map(([id, d]) => [id, quantileFunction(d)]),
  );
  const delay = callDelay.count >= MIN_SAMPLES ? quantileFunction(callDelay) : undefined;
  const walkBelow = walk.count >= MIN_SAMPLES ? cumulativeFunction(walk) : undefined;
  const expected = new Map(setup.services.map((s) => [s.id, s.expectedMinutes * 60]));
  return {
    sample(serviceId, _hour, u) {
      const learned = inverse.get(serviceId);
      if (learned) return learned(u) ?? 0;
      const median = expected.get(serviceId) ?? 600;
      return median * Math.exp(FALLBACK_SIGMA * normalQuantile(u));
    },
    noShowRate(serviceId) {
      const n = called.get(serviceId) ?? 0;
      return n >= MIN_SAMPLES ? (noShows.get(serviceId) ?? 0) / n : 0.03;
    },
    walkSeconds: walk.count >= MIN_SAMPLES ? (quantile(walk, 0.5) ?? 45) : 45,
    // without history: most within a minute and a half
    // Without history: half of them, not to bet on either reading of a long call.
    startRecorded: done >= MIN_SAMPLES ? Math.min(1, started / done) : 0.5,
    walkAbove: (seconds) => (walkBelow ? 1 - walkBelow(seconds) : Math.exp(-seconds / 45)),
    callDelay: (u) => (delay ? (delay(u) ?? 0) : u * 2 * FALLBACK_CALL_DELAY_SECONDS),
    // Without history no arrivals are assumed: the estimate then covers the present queue only.
    arrivalsPerHour: perHour.map((n) => (days > 0 ? n / days : 0)),
    weekdayArrivalsPerHour: new Map(
      [...weekdays]
        .filter(([, w]) => w.days >= MIN_WEEKDAYS)
        .map(([weekday, w]) => [weekday, w.perHour.map((n) => n / w.days)]),
    ),
    // Without history: a minute between the calls.
    noShowSeconds:
      noShowCount >= MIN_NO_SHOWS ? noShowSum / noShowCount : setup.calling.noShowAfterCalls * 60,
    counterOpenShare: new Map(
      [...counterMinutes]
        .filter(([, sum]) => sum.days >= MIN_STAFFED_DAYS)
        .map(([id, sum]) => [id, sum.quarters.map((m) => Math.min(1, m / 15 / sum.days))]),
    ),
    serviceMix: new Map([...drawn].map(([id, n]) => [id, tickets > 0 ? n / tickets : 0])),
    priorityShare: 0.05,
    appointmentLeadSeconds: checkedIn >= MIN_SAMPLES ? leadSum / checkedIn : 5 * 60,
    // How many booked appointments never come is not in the statistics (bookings may be imported
    // days ahead); one in ten is what offices report.
    appointmentShowRate: 0.9,
  };
}
