/**
 * `npm run eval:estimates -- --days 30 --seed 1 [--train 20] [--runs 120] [--load 1] [--out eval-estimates.json]`
 *
 * How good are the wait estimates? Simulates demo-office weekdays (server/sim/demo-plan.ts)
 * through the pure core. For every evaluated day the service-time model is learned from the
 * statistics of the `--train` simulated days BEFORE it (never from the day itself); at each
 * normal walk-in draw (what kiosks issue) the estimators are asked for that citizen's wait:
 *   ours    — the forward simulation (server/core/estimate/forward.ts), newcomer estimate for the
 *             service, as the kiosk shows it just before the draw: median and 80 % range;
 *   naive   — people ahead × mean service time (learned) ÷ open counters serving the service.
 * The actual wait is draw → first call. `coverage` is the share of actual waits within the
 * estimate's [low, high] in seconds; `coverageShown` within the range as people see it (whole
 * minutes, at least 5 wide). Prints tables (also by actual wait) and writes `--out` (default
 * eval-estimates.json in the working directory).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config/load.ts';
import { toSetup } from '../server/config/to-setup.ts';
import { estimateWaits, naiveEstimate } from '../server/core/estimate/forward.ts';
import { serviceTimeModel } from '../server/core/estimate/service-times.ts';
import type { OfficeSetup } from '../server/core/setup.ts';
import { dayStats, type DayStats } from '../server/core/stats/day-stats.ts';
import { mean } from '../server/core/stats/digest.ts';
import { ESTIMATE_RUNS, inMinutes } from '../server/estimates/estimate-service.ts';
import { waitOf } from '../server/core/stats/records.ts';
import { hourOf } from '../server/core/stats/zoned.ts';
import { simulateDay, type DrawEstimate } from '../server/sim/day.ts';
import { demoPlan } from '../server/sim/demo-plan.ts';
import { deriveSeed } from '../server/sim/random.ts';
import { businessDates } from '../server/sim/time.ts';

const { values } = parseArgs({
  options: {
    days: { type: 'string', default: '30' },
    seed: { type: 'string', default: '1' },
    train: { type: 'string', default: '20' },
    // as many as the server makes for each estimate
    runs: { type: 'string', default: String(ESTIMATE_RUNS) },
    load: { type: 'string', default: '1' },
    start: { type: 'string', default: '2026-02-02' },
    out: { type: 'string', default: 'eval-estimates.json' },
  },
});
const days = positive('days');
const seed = Number(values.seed);
const train = positive('train');
const runs = positive('runs');
const load = Number(values.load);

function positive(name: 'days' | 'train' | 'runs'): number {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number ≥ 1`);
  return n;
}

const loaded = await loadConfig([], {});
if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
const office = loaded.config.offices[0];
if (!office) throw new Error('the demo configuration has no office');
const setup: OfficeSetup = toSetup(office);

interface Sample {
  serviceId: string;
  hour: number;
  actual: number;
  ours?: DrawEstimate | undefined;
  naive?: number | undefined;
}

const statsOf = (events: Parameters<typeof dayStats>[0], date: string): DayStats =>
  dayStats(events, {
    officeId: setup.id,
    businessDay: date,
    timeZone: setup.timeZone,
    targetMinutes: (id) => setup.services.find((s) => s.id === id)?.targetWaitMinutes ?? 30,
    perClerk: false,
  });

const dates = businessDates(values.start, train + days);
const history: DayStats[] = [];
const samples: Sample[] = [];
let storedAccuracy = { count: 0, absErrorSum: 0, covered: 0 };
const started = performance.now();

for (const [i, date] of dates.entries()) {
  const plan = demoPlan(setup, date, { load });
  const daySeed = deriveSeed(seed, date);
  if (i < train) {
    history.push(statsOf(simulateDay(plan, { seed: daySeed }).events, date));
    continue;
  }
  // Learned only from the days before this one.
  const window = history.slice(-train);
  const model = serviceTimeModel(setup, window);
  const meanService = new Map<string, number>();
  for (const s of setup.services) {
    const digests = window.map((d) => d.services[s.id]?.service).filter((d) => d !== undefined);
    const count = digests.reduce((n, d) => n + d.count, 0);
    const total = digests.reduce((n, d) => n + (mean(d) ?? 0) * d.count, 0);
    meanService.set(s.id, count > 0 ? total / count : s.expectedMinutes * 60);
  }
  const atDraw = new Map<string, Omit<Sample, 'actual'>>();
  let pendingOurs: DrawEstimate | undefined;
  const result = simulateDay(plan, {
    seed: daySeed,
    beforeDraw: (state, now, serviceId) => {
      pendingOurs = estimateWaits(state, setup, now, model, {
        runs,
        seed: deriveSeed(daySeed, `estimate:${now}`),
        newcomers: [serviceId],
      }).newcomers.get(serviceId);
      return pendingOurs;
    },
    onEvent: (e, state) => {
      // Walk-ins: the estimate a kiosk shows before drawing. Appointments check in, they do not
      // draw; priority tickets are issued at the desk and called sooner (they get their own).
      if (e.type !== 'ticket.issued' || e.ticket.channel === 'appointment' || e.ticket.priority !== 'normal')
        return;
      const ticket = e.ticket;
      atDraw.set(ticket.id, {
        serviceId: ticket.serviceId,
        hour: hourOf(e.at, setup.timeZone),
        ours: pendingOurs,
        naive: naiveEstimate(state, setup, ticket, (id) => meanService.get(id) ?? 600),
      });
      pendingOurs = undefined;
    },
  });
  for (const r of result.records) {
    const actual = waitOf(r);
    const drawn = atDraw.get(r.ticketId);
    if (actual !== undefined && drawn) samples.push({ ...drawn, actual });
  }
  const stats = statsOf(result.events, date);
  storedAccuracy = {
    count: storedAccuracy.count + stats.estimates.count,
    absErrorSum: storedAccuracy.absErrorSum + stats.estimates.absErrorSum,
    covered: storedAccuracy.covered + stats.estimates.covered,
  };
  history.push(stats);
  process.stderr.write(`\r${i + 1 - train}/${days} days evaluated (${date})   `);
}
process.stderr.write('\n');

// ---- figures ----
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const medianOf = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.floor((s.length - 1) / 2)]!;
};
function figures(list: Sample[], pick: (s: Sample) => number | undefined) {
  const errors = list.flatMap((s) => {
    const e = pick(s);
    return e === undefined ? [] : [e - s.actual];
  });
  const abs = errors.map(Math.abs);
  return {
    count: errors.length,
    mae: round(abs.reduce((a, b) => a + b, 0) / Math.max(1, abs.length)),
    medianAbsError: round(medianOf(abs)),
    bias: round(errors.reduce((a, b) => a + b, 0) / Math.max(1, errors.length)),
  };
}
const withOurs = samples.filter((s) => s.ours);
const covered = withOurs.filter((s) => s.actual >= s.ours!.low && s.actual <= s.ours!.high).length;
// What people see: the range in whole minutes, never narrower than 5 (server/estimates).
const coveredShown = withOurs.filter((s) => {
  const shown = inMinutes(s.ours!);
  return s.actual >= shown.lowMinutes * 60 && s.actual <= shown.highMinutes * 60;
}).length;
const both = samples.filter((s) => s.ours && s.naive !== undefined);
const ours = {
  ...figures(samples, (s) => s.ours?.median),
  coverage: round(covered / Math.max(1, withOurs.length), 3),
  coverageShown: round(coveredShown / Math.max(1, withOurs.length), 3),
  /** calibration: a good median has half the actual waits above it, a good range a tenth above */
  aboveMedian: round(
    withOurs.filter((s) => s.actual > s.ours!.median).length / Math.max(1, withOurs.length),
    3,
  ),
  aboveHigh: round(withOurs.filter((s) => s.actual > s.ours!.high).length / Math.max(1, withOurs.length), 3),
  meanRangeWidth: round(
    withOurs.reduce((a, s) => a + s.ours!.high - s.ours!.low, 0) / Math.max(1, withOurs.length),
  ),
};
const naive = figures(samples, (s) => s.naive);
/** The same figures by how long people actually waited: where is an estimator good or bad? */
const BUCKETS: [string, number, number][] = [
  ['< 2 min', 0, 120],
  ['2–10 min', 120, 600],
  ['10–30 min', 600, 1800],
  ['≥ 30 min', 1800, Infinity],
];
const byActualWait = BUCKETS.map(([label, from, to]) => {
  const list = samples.filter((s) => s.actual >= from && s.actual < to);
  const estimated = list.filter((s) => s.ours);
  return {
    actualWait: label,
    tickets: list.length,
    oursMae: figures(list, (s) => s.ours?.median).mae,
    naiveMae: figures(list, (s) => s.naive).mae,
    oursCoverage: round(
      estimated.filter((s) => s.actual >= s.ours!.low && s.actual <= s.ours!.high).length /
        Math.max(1, estimated.length),
      3,
    ),
    oursZeroRange: estimated.filter((s) => s.ours!.high === 0).length,
  };
});
/** by hour of drawing and by service: where the error lives */
const groupedBy = (key: (s: Sample) => string) => {
  const groups = new Map<string, Sample[]>();
  for (const sample of samples) {
    const list = groups.get(key(sample)) ?? [];
    list.push(sample);
    groups.set(key(sample), list);
  }
  return Object.fromEntries(
    [...groups]
      .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
      .map(([k, list]) => {
        const o = figures(list, (s) => s.ours?.median);
        return [
          k,
          {
            tickets: list.length,
            oursMae: o.mae,
            oursBias: o.bias,
            oursCoverage: round(
              list.filter((s) => s.ours && s.actual >= s.ours.low && s.actual <= s.ours.high).length /
                Math.max(1, list.length),
              3,
            ),
            oursAboveMedian: round(
              list.filter((s) => s.ours && s.actual > s.ours.median).length / Math.max(1, list.length),
              3,
            ),
            naiveMae: figures(list, (s) => s.naive).mae,
          },
        ];
      }),
  );
};
const byHour = groupedBy((s) => String(s.hour));
const byService = groupedBy((s) => s.serviceId);
const report = {
  ours,
  naive,
  /** both estimators on the tickets both had an estimate for */
  sameTickets: {
    count: both.length,
    oursMae: figures(both, (s) => s.ours?.median).mae,
    naiveMae: figures(both, (s) => s.naive).mae,
  },
  byActualWait,
  byHour,
  byService,
  days,
  tickets: samples.length,
  meanActualWait: round(samples.reduce((a, s) => a + s.actual, 0) / Math.max(1, samples.length)),
  settings: { seed, train, runs, load, start: values.start, office: setup.id },
};
writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);

// The estimate stored with each ticket and scored by the statistics core must agree with ours.
const storedMae = storedAccuracy.absErrorSum / Math.max(1, storedAccuracy.count);
if (storedAccuracy.count !== withOurs.length || Math.abs(storedMae - ours.mae) > 0.1) {
  throw new Error(`stored estimates disagree: ${storedAccuracy.count} / ${round(storedMae)} s`);
}

const min = (s: number) => `${round(s / 60)} min`;
console.log(
  `\n${days} simulated weekdays of ${setup.name} (${samples.length} tickets, mean actual wait ${min(report.meanActualWait)}),` +
    ` model learned from the ${train} days before each; ${runs} runs per estimate; ${round((performance.now() - started) / 1000)} s\n`,
);
console.table({
  'ours (forward simulation)': {
    estimated: `${ours.count}/${samples.length}`,
    MAE: min(ours.mae),
    'median |error|': min(ours.medianAbsError),
    bias: min(ours.bias),
    'actual within range': `${round(ours.coverage * 100)} %`,
  },
  'naive (ahead × mean ÷ open)': {
    estimated: `${naive.count}/${samples.length}`,
    MAE: min(naive.mae),
    'median |error|': min(naive.medianAbsError),
    bias: min(naive.bias),
    'actual within range': '—',
  },
});
console.table(
  Object.fromEntries(
    byActualWait.map((b) => [
      `actual ${b.actualWait}`,
      {
        tickets: b.tickets,
        'ours MAE': min(b.oursMae),
        'naive MAE': min(b.naiveMae),
        'ours within range': `${round(b.oursCoverage * 100)} %`,
        'ours range 0–0 s': b.oursZeroRange,
      },
    ]),
  ),
);
const asMinutes = (groups: typeof byHour) =>
  Object.fromEntries(
    Object.entries(groups).map(([k, g]) => [
      k,
      {
        tickets: g.tickets,
        'ours MAE': min(g.oursMae),
        'ours bias': min(g.oursBias),
        'within range': `${round(g.oursCoverage * 100)} %`,
        'above median': `${round(g.oursAboveMedian * 100)} %`,
        'naive MAE': min(g.naiveMae),
      },
    ]),
  );
console.table(asMinutes(byHour));
console.table(asMinutes(byService));
console.log(
  `within the range as shown (whole minutes, at least 5 wide): ${round(ours.coverageShown * 100)} %`,
);
console.log(
  `same tickets (${both.length}): ours ${min(report.sameTickets.oursMae)}, naive ${min(report.sameTickets.naiveMae)}`,
);
console.log(`written to ${values.out}`);
