/**
 * The simulator against queueing theory: one service, c identical counters, Poisson arrivals,
 * exponential service, no no-shows, no walk — an M/M/c queue, called by the real strategy (one
 * service, all normal priority: the longest wait goes first, i.e. FIFO).
 *
 * Waits in an M/M/c queue are strongly autocorrelated: at ρ = 0.8 the mean of n waits has a
 * relative standard error of about √(150 / n), so a ±5 % check that holds at 3 standard errors
 * needs ~500,000 tickets — half a minute of the core on this machine. The test therefore checks in
 * three steps, each statistically honest:
 * 1. the core itself over ~92,000 tickets (160 days): mean wait within 3 standard errors (day
 *    batches) of Erlang C, and Little's law from its own time average;
 * 2. the core gives, ticket by ticket, exactly the waits of an ideal FIFO c-server queue on the
 *    same arrival and service times (so the core adds nothing and loses nothing);
 * 3. that ideal queue, fed by the simulator's own samplers over 2,000 days (~1.15 million tickets),
 *    is within 3 standard errors and 5 % of Erlang C, with a standard error below 1.5 %.
 */
import { describe, expect, it } from 'vitest';
import { aCounter, anOffice, aService } from '../../test/factories/office.ts';
import { simulateDay } from './day.ts';
import { erlangC, fifoWaits, ratioEstimate } from './erlang.ts';
import type { SimulationPlan } from './plan.ts';
import { DayScript } from './script.ts';
import { zonedTime } from './time.ts';

const C = 3;
const MEAN_SERVICE_S = 300; // μ = 12 per hour per counter
const RHO = 0.8;
const LAMBDA_PER_HOUR = RHO * C * (3600 / MEAN_SERVICE_S); // 28.8 per hour
const DATE = '2026-11-23';
const TZ = 'Europe/Berlin';
/** warm-up from an empty office is not measured; measured: tickets drawn in [02:00, 22:00) */
const FROM = zonedTime(DATE, '02:00', TZ);
const TO = zonedTime(DATE, '22:00', TZ);
const CORE_DAYS = 160;
const REFERENCE_DAYS = 2000;

const theory = erlangC(LAMBDA_PER_HOUR / 3600, 1 / MEAN_SERVICE_S, C);

function mmcPlan(): SimulationPlan {
  const setup = anOffice({
    services: [aService({ expectedMinutes: MEAN_SERVICE_S / 60, targetWaitMinutes: 20 })],
    counters: Array.from({ length: C }, (_, i) =>
      aCounter({ id: `platz-${i + 1}`, name: `Platz ${i + 1}`, serviceIds: ['registration'] }),
    ),
  });
  return {
    setup,
    date: DATE,
    arrivals: [{ from: '00:00', to: '23:00', perHour: LAMBDA_PER_HOUR }],
    mix: { registration: 1 },
    serviceTimes: { registration: { kind: 'exponential', meanSeconds: MEAN_SERVICE_S } },
    // all counters open all day; after 23:00 they serve whoever still waits, then close
    staffing: Array.from({ length: C }, (_, i) => ({
      counterId: `platz-${i + 1}`,
      clerk: `clerk${i + 1}`,
      from: '00:00',
      to: '23:00',
    })),
    noShowProbability: 0,
    transferProbability: 0,
    priorityShare: 0,
    walk: { kind: 'fixed', seconds: 0 },
    recallSeconds: 30,
    idleRetrySeconds: 600,
    // a free clerk calls the moment someone draws: no idle time while a ticket waits
    wakeSeconds: 0,
  };
}

/** One simulated day through the core = one independent batch. */
function coreDay(seed: number) {
  const drawnAt = new Map<string, number>();
  const waits: number[] = []; // ms, in order of drawing, every ticket of the day
  const index = new Map<string, number>();
  let waitSum = 0;
  let measured = 0;
  let drawn = 0;
  let waiting = 0;
  let area = 0; // ∫ number waiting dt over [FROM, TO), ticket-ms
  let last = FROM;
  const move = (at: number, delta: number) => {
    const t = Math.min(Math.max(at, FROM), TO);
    if (t > last) {
      area += waiting * (t - last);
      last = t;
    }
    waiting += delta;
  };
  const result = simulateDay(mmcPlan(), {
    seed,
    keepEvents: false,
    forgetEnded: true,
    onEvent: (e) => {
      if (e.type === 'ticket.issued') {
        drawnAt.set(e.ticket.id, e.at);
        index.set(e.ticket.id, waits.length);
        waits.push(NaN);
        if (e.at >= FROM && e.at < TO) drawn++;
        move(e.at, +1);
      } else if (e.type === 'ticket.called') {
        const at0 = drawnAt.get(e.ticketId)!;
        drawnAt.delete(e.ticketId);
        waits[index.get(e.ticketId)!] = e.at - at0;
        move(e.at, -1);
        if (at0 >= FROM && at0 < TO) {
          waitSum += (e.at - at0) / 1000;
          measured++;
        }
      }
    },
  });
  move(TO, 0);
  const reference = fifoWaits(
    result.citizens.map((c) => c.arrivesAt),
    result.citizens.map((c) => Math.round(c.serviceSeconds * 1000)),
    C,
  );
  return { waitSum, measured, drawn, area, waits, reference, result, leftWaiting: drawnAt.size };
}

describe('the simulator reproduces M/M/c queueing theory (c = 3, ρ = 0.8)', () => {
  it('Erlang C formula: known values', () => {
    // c = 1 is M/M/1: P(wait) = ρ, W_q = ρ / (μ − λ)
    const mm1 = erlangC(0.5, 1, 1);
    expect(mm1.pWait).toBeCloseTo(0.5, 12);
    expect(mm1.meanWait).toBeCloseTo(1, 12);
    // c = 2, a = 1: P(wait) = 1/3, W_q = (1/3) / (2 − 1)
    expect(erlangC(1, 1, 2).pWait).toBeCloseTo(1 / 3, 12);
    expect(erlangC(1, 1, 2).meanWait).toBeCloseTo(1 / 3, 12);
    // c = 3, a = 2.4: P(wait) = (2.4³/3! / 0.2) / (1 + 2.4 + 2.4²/2 + 2.4³/3! / 0.2) = 11.52 / 17.8
    expect(erlangC(2.4, 1, 3).pWait).toBeCloseTo(11.52 / 17.8, 12);
    expect(theory.meanWait).toBeCloseTo(11.52 / 17.8 / (3 / 300 - 28.8 / 3600), 9);
    expect(() => erlangC(3, 1, 3)).toThrow(/unstable/);
  });

  it('batch-means ratio estimate: value and standard error of a known case', () => {
    const e = ratioEstimate([
      { y: 10, x: 10 },
      { y: 30, x: 10 },
    ]);
    expect(e.value).toBe(2);
    // residuals ±10 about 2·x, n = 2: √(200 / 2) / 10
    expect(e.se).toBeCloseTo(1, 12);
  });

  it('the core: mean wait = Erlang C within 3 standard errors; Little’s law; each wait exactly FIFO', () => {
    const days = Array.from({ length: CORE_DAYS }, (_, i) => coreDay(1000 + i));
    let maxDeviationMs = 0;
    for (const d of days) {
      // nothing refused, nobody left over, every ticket called
      expect(d.result.unexpected).toEqual({});
      expect(d.leftWaiting).toBe(0);
      expect(d.measured).toBe(d.drawn);
      expect(d.waits).toHaveLength(d.reference.length);
      for (let i = 0; i < d.waits.length; i++)
        maxDeviationMs = Math.max(maxDeviationMs, Math.abs(d.waits[i]! - d.reference[i]!));
    }
    // Step 2: the core called first come, first served, with no counter idle while anyone waited.
    expect(maxDeviationMs).toBe(0);

    const wait = ratioEstimate(days.map((d) => ({ y: d.waitSum, x: d.measured })));
    const window = (TO - FROM) / 1000;
    const waiting = ratioEstimate(days.map((d) => ({ y: d.area / 1000, x: window })));
    const lambda = ratioEstimate(days.map((d) => ({ y: d.drawn, x: window })));
    console.info(
      `core: ${days.reduce((s, d) => s + d.measured, 0)} tickets in ${CORE_DAYS} days; ` +
        `W_q ${wait.value.toFixed(1)} s ± ${wait.se.toFixed(1)} (Erlang C ${theory.meanWait.toFixed(1)} s, ` +
        `${(((wait.value - theory.meanWait) / theory.meanWait) * 100).toFixed(1)} %); ` +
        `L_q ${waiting.value.toFixed(3)} ± ${waiting.se.toFixed(3)} (theory ${theory.meanWaiting.toFixed(3)}), ` +
        `λ·W_q ${(lambda.value * wait.value).toFixed(3)}`,
    );
    // Step 1: within sampling error of the theory …
    expect(Math.abs(wait.value - theory.meanWait)).toBeLessThan(3 * wait.se);
    expect(Math.abs(waiting.value - theory.meanWaiting)).toBeLessThan(3 * waiting.se);
    // … and Little's law from the simulation's own time average (edge effects of the window only)
    expect(Math.abs(waiting.value - lambda.value * wait.value) / waiting.value).toBeLessThan(0.02);
    // the test can tell: a queue 15 % slower would be outside the interval
    expect(3 * wait.se).toBeLessThan(0.15 * theory.meanWait);
  }, 30_000);

  it('the same arrivals and service times, played FIFO over 2,000 days: within 3 standard errors and 5 % of Erlang C', () => {
    const plan = mmcPlan();
    const batches: { y: number; x: number }[] = [];
    for (let day = 0; day < REFERENCE_DAYS; day++) {
      const citizens = new DayScript(plan, 50_000 + day).citizens;
      const waits = fifoWaits(
        citizens.map((c) => c.arrivesAt),
        citizens.map((c) => Math.round(c.serviceSeconds * 1000)),
        C,
      );
      let y = 0;
      let x = 0;
      citizens.forEach((c, i) => {
        if (c.arrivesAt < FROM || c.arrivesAt >= TO) return;
        y += waits[i]! / 1000;
        x++;
      });
      batches.push({ y, x });
    }
    const wait = ratioEstimate(batches);
    const tickets = batches.reduce((s, b) => s + b.x, 0);
    console.info(
      `reference: ${tickets} tickets in ${REFERENCE_DAYS} days; W_q ${wait.value.toFixed(1)} s ± ${wait.se.toFixed(1)} ` +
        `(Erlang C ${theory.meanWait.toFixed(1)} s, ${(((wait.value - theory.meanWait) / theory.meanWait) * 100).toFixed(2)} %)`,
    );
    expect(tickets).toBeGreaterThan(1_100_000);
    expect(wait.se / theory.meanWait).toBeLessThan(0.015);
    expect(Math.abs(wait.value - theory.meanWait)).toBeLessThan(3 * wait.se);
    expect(Math.abs(wait.value - theory.meanWait) / theory.meanWait).toBeLessThan(0.05);
  }, 30_000);
});
