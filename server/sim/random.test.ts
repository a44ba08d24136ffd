import { describe, expect, it } from 'vitest';
import { deriveSeed, mulberry32, Random, sigmaForP90Ratio } from './random.ts';
import { businessDates, hourOfDay, zonedTime } from './time.ts';

const meanOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sdOf = (xs: number[]) => {
  const m = meanOf(xs);
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
};

describe('seeded randomness', () => {
  it('repeats for a seed, differs between seeds and between named streams', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(mulberry32(43)()).not.toBe(xs[0]);
    expect(deriveSeed(1, 'arrivals')).toBe(deriveSeed(1, 'arrivals'));
    expect(deriveSeed(1, 'arrivals')).not.toBe(deriveSeed(1, 'service'));
    expect(deriveSeed(1, 'arrivals')).not.toBe(deriveSeed(2, 'arrivals'));
    // no two (seed, label) pairs alike, also for single-digit seeds and date labels
    const derived = new Set<number>();
    for (let seed = 0; seed < 100; seed++)
      for (const label of ['arrivals', 'citizens', '2026-11-23', '2026-11-24'])
        derived.add(deriveSeed(seed, label));
    expect(derived.size).toBe(400);
    const r = new Random(7);
    expect(r.fork('x').uniform()).toBe(new Random(7).fork('x').uniform());
    for (let i = 0; i < 10_000; i++) {
      const u = r.uniform();
      expect(u > 0 && u < 1).toBe(true);
    }
  });

  it('exponential: mean and standard deviation equal the mean, within sampling error', () => {
    const r = new Random(1);
    const xs = Array.from({ length: 100_000 }, () => r.exponential(300));
    expect(Math.abs(meanOf(xs) - 300)).toBeLessThan((3 * 300) / Math.sqrt(xs.length));
    expect(sdOf(xs) / 300).toBeCloseTo(1, 1);
  });

  it('lognormal: the median as given, the 90th percentile at the given ratio', () => {
    const r = new Random(2);
    const sigma = sigmaForP90Ratio(2);
    const xs = Array.from({ length: 100_000 }, () => r.lognormal(600, sigma)).sort((a, b) => a - b);
    expect(xs[50_000]! / 600).toBeCloseTo(1, 1);
    expect(xs[90_000]! / 1200).toBeCloseTo(1, 1);
    // standard normal underneath: mean 0, sd 1
    const zs = Array.from({ length: 100_000 }, () => r.normal());
    expect(Math.abs(meanOf(zs))).toBeLessThan(3 / Math.sqrt(zs.length));
    expect(sdOf(zs)).toBeCloseTo(1, 2);
  });

  it('choose: each key about as often as its weight says; never a zero weight', () => {
    const r = new Random(3);
    const counts = { a: 0, b: 0, c: 0, never: 0 };
    const n = 60_000;
    for (let i = 0; i < n; i++) counts[r.choose({ a: 1, b: 2, c: 3, never: 0 })]++;
    for (const [key, p] of [
      ['a', 1 / 6],
      ['b', 2 / 6],
      ['c', 3 / 6],
    ] as const) {
      expect(Math.abs(counts[key] / n - p)).toBeLessThan(3 * Math.sqrt((p * (1 - p)) / n));
    }
    expect(counts.never).toBe(0);
    expect(() => r.choose({ a: 0 })).toThrow();
  });

  it('Poisson process by thinning: counts per interval have the rate as mean and variance', () => {
    const r = new Random(4);
    // 10 per hour for the first half hour, 40 per hour for the second
    const rate = (t: number) => (t < 1_800_000 ? 10 : 40);
    const first: number[] = [];
    const second: number[] = [];
    for (let rep = 0; rep < 4000; rep++) {
      const times = r.poissonTimes(0, 3_600_000, rate, 40);
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      first.push(times.filter((t) => t < 1_800_000).length);
      second.push(times.filter((t) => t >= 1_800_000).length);
    }
    for (const [counts, expected] of [
      [first, 5],
      [second, 20],
    ] as const) {
      expect(Math.abs(meanOf(counts) - expected)).toBeLessThan(3 * Math.sqrt(expected / counts.length));
      // Poisson: variance = mean (dispersion index 1)
      expect(sdOf(counts) ** 2 / expected).toBeCloseTo(1, 0);
    }
    expect(() => r.poissonTimes(0, 3_600_000, () => 50, 40)).toThrow(/above maximum/);
  });
});

describe('simulated wall-clock time', () => {
  it('places Berlin times on the right instant, also across the change to summer time', () => {
    expect(zonedTime('2026-03-27', '08:00', 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 27, 7, 0));
    expect(zonedTime('2026-03-30', '08:00', 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 30, 6, 0));
    expect(zonedTime('2026-11-23', '24:00', 'Europe/Berlin')).toBe(Date.UTC(2026, 10, 23, 23, 0));
    expect(hourOfDay(Date.UTC(2026, 10, 23, 11, 30), 'Europe/Berlin')).toBe(12.5);
    expect(() => zonedTime('2026-11-23', '8.30', 'Europe/Berlin')).toThrow();
  });

  it('business dates skip weekends', () => {
    // 2026-11-27 is a Friday
    expect(businessDates('2026-11-27', 3)).toEqual(['2026-11-27', '2026-11-30', '2026-12-01']);
    expect(businessDates('2026-11-28', 1)).toEqual(['2026-11-30']);
  });
});
