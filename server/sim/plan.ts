/**
 * Owns: what a simulated office day is made of — who comes when and for what, how long things
 * take, who works where and when. A plan is data; `script.ts` turns it into commands.
 */
import type { OfficeSetup } from '../core/setup.ts';
import type { Random } from './random.ts';

/** A duration distribution, in seconds. */
export type Duration =
  | { kind: 'fixed'; seconds: number }
  | { kind: 'uniform'; minSeconds: number; maxSeconds: number }
  | { kind: 'exponential'; meanSeconds: number }
  /** σ is the spread of the log: 0.5 puts the 90th percentile at ≈ 1.9 × the median */
  | { kind: 'lognormal'; medianSeconds: number; sigma: number };

export function sampleDuration(d: Duration, random: Random): number {
  switch (d.kind) {
    case 'fixed':
      return d.seconds;
    case 'uniform':
      return random.between(d.minSeconds, d.maxSeconds);
    case 'exponential':
      return random.exponential(d.meanSeconds);
    case 'lognormal':
      return random.lognormal(d.medianSeconds, d.sigma);
  }
}

export function meanOf(d: Duration): number {
  switch (d.kind) {
    case 'fixed':
      return d.seconds;
    case 'uniform':
      return (d.minSeconds + d.maxSeconds) / 2;
    case 'exponential':
      return d.meanSeconds;
    case 'lognormal':
      return d.medianSeconds * Math.exp((d.sigma * d.sigma) / 2);
  }
}

/** Arrivals per hour between two wall-clock times (`HH:MM`, from inclusive, to exclusive). */
export interface RateBand {
  from: string;
  to: string;
  perHour: number;
}

/** One clerk at one counter for one day. */
export interface Shift {
  counterId: string;
  /** the clerk's user id (the REST driver logs in with it) */
  clerk: string;
  /** signs in at */
  from: string;
  /** stops calling at (after serving whoever still waits for the counter's services) */
  to: string;
  /** today's services (default: all the counter may serve) */
  serviceIds?: string[] | undefined;
  /** pauses: taken when the clerk is next free after `at` */
  breaks?: { at: string; minutes: number }[] | undefined;
}

/**
 * Booked appointments: one slot every `everyMinutes` between two times, a share of them booked
 * for a service of the mix. The booking system imports the day's appointments before opening;
 * each citizen checks in at the kiosk with the booking code around the slot, or never comes.
 */
export interface AppointmentPlan {
  from: string;
  to: string;
  everyMinutes: number;
  /** share of the slots booked */
  booked: number;
  mix: Record<string, number>;
  /** booked, but never comes */
  noShowProbability: number;
  /** arrival relative to the slot, seconds (negative: early); keep it inside the check-in window */
  arrival: Duration;
  /** when the booking system imports the day (`HH:MM`) */
  importAt: string;
}

export interface SimulationPlan {
  setup: OfficeSetup;
  /** the business day, `YYYY-MM-DD` in the office's time zone */
  date: string;
  /** Poisson arrivals, piecewise-constant rate; nobody comes outside the bands */
  arrivals: RateBand[];
  /** share of arrivals per service id (need not sum to 1) */
  mix: Record<string, number>;
  /** service time per service id, at the counter from start to finish */
  serviceTimes: Record<string, Duration>;
  staffing: Shift[];
  /** a citizen does not come when called */
  noShowProbability: number;
  /** after being served, a citizen is sent on to another service */
  transferProbability: number;
  /** share drawing with priority */
  priorityShare: number;
  /** from the call to the counter */
  walk: Duration;
  /** between calls of someone who does not come; after `noShowAfterCalls` calls: no-show */
  recallSeconds: number;
  /** an idle clerk tries again after this long */
  idleRetrySeconds: number;
  appointments?: AppointmentPlan | undefined;
  /** the counter app's arrival sound: an idle clerk calls this long after a draw (absent: retries only) */
  wakeSeconds?: number | undefined;
}
