/**
 * Owns: a plausible weekday of the demo office (Bürgerbüro + Straßenverkehr, `server/config/demo.ts`)
 * as a simulation plan: tickets issued 08:00–16:00 with a peak after opening and one around
 * midday, a weekday factor (Mondays and Thursdays busier, Fridays quieter), a service mix with
 * lognormal service times around each service's expected minutes (vehicle registration with a
 * heavy tail: dealers bring several cars), six clerks (the demo's clerk1 … clerk6) with staggered
 * 30-minute lunch breaks, booked appointments (every 10 minutes 08:00–15:00, 60 % booked, 10 % never
 * come, check-in 15 minutes early to 5 late), 5 % no-shows, 3 % transfers, 5 % priority, 30–90 s
 * walk to the counter.
 */
import type { OfficeSetup } from '../core/setup.ts';
import type { AppointmentPlan, Duration, RateBand, Shift, SimulationPlan } from './plan.ts';

/** Arrivals per hour on an average weekday. */
const BANDS: RateBand[] = [
  { from: '08:00', to: '09:00', perHour: 28 },
  { from: '09:00', to: '11:00', perHour: 15 },
  { from: '11:00', to: '12:00', perHour: 14 },
  { from: '12:00', to: '13:30', perHour: 22 },
  { from: '13:30', to: '15:00', perHour: 11 },
  { from: '15:00', to: '16:00', perHour: 12 },
];

/** Appointment slots every 10 minutes 08:00–15:00, about 60 % booked (≈ 3.6 an hour). */
const APPOINTMENTS: AppointmentPlan = {
  from: '08:00',
  to: '15:00',
  everyMinutes: 10,
  booked: 0.6,
  mix: { ausweis: 0.35, meldung: 0.25, zulassung: 0.25, fuehrerschein: 0.15 },
  noShowProbability: 0.1,
  // from a quarter of an hour early to five minutes late
  arrival: { kind: 'uniform', minSeconds: -900, maxSeconds: 300 },
  importAt: '07:35',
};

/** Monday … Friday */
const WEEKDAY_FACTOR = [1.1, 1.0, 0.9, 1.05, 0.85];

const MIX: Record<string, number> = {
  ausweis: 0.21,
  abholung: 0.17,
  meldung: 0.19,
  fuehrungszeugnis: 0.05,
  meldebescheinigung: 0.05,
  zulassung: 0.12,
  ausserbetriebsetzung: 0.07,
  wunschkennzeichen: 0.04,
  fuehrerschein: 0.09,
};

/** σ of the log per service (default 0.45); the median is 85 % of the expected minutes. */
const SPREAD: Record<string, number> = { zulassung: 0.75, abholung: 0.35 };

const STAFFING: Shift[] = [
  {
    counterId: 'platz-1',
    clerk: 'clerk1',
    from: '07:50',
    to: '16:00',
    breaks: [{ at: '11:30', minutes: 30 }],
  },
  {
    counterId: 'platz-2',
    clerk: 'clerk2',
    from: '07:50',
    to: '16:00',
    breaks: [{ at: '12:15', minutes: 30 }],
  },
  {
    counterId: 'platz-4',
    clerk: 'clerk3',
    from: '07:50',
    to: '16:00',
    breaks: [{ at: '13:00', minutes: 30 }],
  },
  {
    counterId: 'platz-5',
    clerk: 'clerk4',
    from: '07:50',
    to: '16:00',
    breaks: [{ at: '11:45', minutes: 30 }],
  },
  {
    counterId: 'platz-6',
    clerk: 'clerk5',
    from: '07:50',
    to: '16:00',
    breaks: [{ at: '12:30', minutes: 30 }],
  },
  {
    counterId: 'platz-8',
    clerk: 'clerk6',
    from: '07:50',
    to: '16:00',
    breaks: [{ at: '13:15', minutes: 30 }],
  },
];

export interface DemoPlanOptions {
  /** multiplies every arrival rate (default 1) */
  load?: number;
}

/** 0 = Monday … 6 = Sunday, of a `YYYY-MM-DD` date */
function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return (Math.floor(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86_400_000) + 3) % 7;
}

export function demoPlan(setup: OfficeSetup, date: string, options: DemoPlanOptions = {}): SimulationPlan {
  const factor = (WEEKDAY_FACTOR[weekdayOf(date)] ?? 0) * (options.load ?? 1);
  const serviceTimes: Record<string, Duration> = {};
  for (const s of setup.services) {
    serviceTimes[s.id] = {
      kind: 'lognormal',
      medianSeconds: s.expectedMinutes * 60 * 0.85,
      sigma: SPREAD[s.id] ?? 0.45,
    };
  }
  const known = new Set(setup.services.map((s) => s.id));
  return {
    setup,
    date,
    arrivals: BANDS.map((b) => ({ ...b, perHour: b.perHour * factor })),
    mix: Object.fromEntries(Object.entries(MIX).filter(([id]) => known.has(id))),
    serviceTimes,
    staffing: STAFFING.filter((s) => setup.counters.some((c) => c.id === s.counterId)),
    noShowProbability: 0.05,
    transferProbability: 0.03,
    priorityShare: 0.05,
    walk: { kind: 'uniform', minSeconds: 30, maxSeconds: 90 },
    appointments: {
      ...APPOINTMENTS,
      mix: Object.fromEntries(Object.entries(APPOINTMENTS.mix).filter(([id]) => known.has(id))),
    },
    recallSeconds: 60,
    idleRetrySeconds: 20,
    wakeSeconds: 5,
  };
}
