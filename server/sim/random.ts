/**
 * Owns: seeded randomness for the simulator — a small PRNG (mulberry32) and the samplers a
 * citizen office needs: exponential and lognormal durations, a Poisson process with a
 * time-varying rate (by thinning) and a weighted choice.
 * Pure: the same seed gives the same numbers on every machine; nothing reads Math.random.
 */

import { mulberry32 } from '../core/random.ts';

export { mulberry32 };

/** A 32-bit hash of a seed and a label (FNV-1a), for independent named streams. */
export function deriveSeed(seed: number, label: string): number {
  let h = 0x811c9dc5;
  const mix = (byte: number) => {
    h ^= byte & 0xff;
    h = Math.imul(h, 0x01000193) >>> 0;
  };
  const s = seed >>> 0;
  for (let shift = 0; shift < 32; shift += 8) mix(s >>> shift);
  for (let i = 0; i < label.length; i++) {
    const code = label.charCodeAt(i);
    mix(code);
    mix(code >>> 8);
  }
  // one mulberry step decorrelates neighbouring labels
  return Math.floor(mulberry32(h)() * 4294967296) >>> 0;
}

/** σ of a lognormal whose 90th percentile is `ratio` times its median. */
export function sigmaForP90Ratio(ratio: number): number {
  return Math.log(ratio) / 1.2815515655446004;
}

export class Random {
  private readonly next: () => number;
  private spare: number | undefined;

  constructor(readonly seed: number) {
    this.next = mulberry32(seed);
  }

  /** An independent stream for one purpose ("arrivals", "service"), so changing one leaves the others. */
  fork(label: string): Random {
    return new Random(deriveSeed(this.seed, label));
  }

  /** uniform in (0, 1): never exactly 0, so logarithms stay finite */
  uniform(): number {
    let u = this.next();
    while (u === 0) u = this.next();
    return u;
  }

  /** uniform in [min, max) */
  between(min: number, max: number): number {
    return min + (max - min) * this.uniform();
  }

  chance(p: number): boolean {
    return this.uniform() < p;
  }

  /** exponential with the given mean */
  exponential(mean: number): number {
    return -mean * Math.log(this.uniform());
  }

  /** standard normal (Box–Muller, the second value kept for the next call) */
  normal(): number {
    if (this.spare !== undefined) {
      const s = this.spare;
      this.spare = undefined;
      return s;
    }
    const r = Math.sqrt(-2 * Math.log(this.uniform()));
    const theta = 2 * Math.PI * this.uniform();
    this.spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  }

  /** lognormal by its median and σ of the log (the spread; see sigmaForP90Ratio) */
  lognormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** one key of `weights`, with probability proportional to its weight */
  choose<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((sum, [, w]) => sum + Math.max(0, w), 0);
    if (!(total > 0)) throw new Error('choose: no positive weight');
    let x = this.uniform() * total;
    for (const [key, w] of entries) {
      x -= Math.max(0, w);
      if (x < 0) return key;
    }
    return entries.filter(([, w]) => w > 0).at(-1)![0];
  }

  /**
   * Arrival times of a Poisson process on [from, to) (ms) with intensity `ratePerHour(t)`, which
   * must never exceed `maxRatePerHour`: candidates at the maximum rate, each kept with probability
   * rate(t) / max (Lewis–Shedler thinning).
   */
  poissonTimes(
    from: number,
    to: number,
    ratePerHour: (t: number) => number,
    maxRatePerHour: number,
  ): number[] {
    const times: number[] = [];
    if (!(maxRatePerHour > 0)) return times;
    const meanGapMs = 3_600_000 / maxRatePerHour;
    let t = from;
    for (;;) {
      t += this.exponential(meanGapMs);
      if (t >= to) return times;
      const rate = ratePerHour(t);
      if (rate > maxRatePerHour * (1 + 1e-9)) throw new Error(`poissonTimes: rate ${rate} above maximum`);
      if (this.uniform() * maxRatePerHour < rate) times.push(t);
    }
  }
}
