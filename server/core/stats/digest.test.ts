import { describe, expect, it } from 'vitest';
import { addTo, cumulativeFunction, emptyDigest, mean, merge, quantile, quantileFunction } from './digest.ts';

describe('digest', () => {
  it('reads mean, median and P90 within a bucket width of the exact values', () => {
    const d = emptyDigest();
    const values = Array.from({ length: 1000 }, (_, i) => i * 3); // 0 … 2997 s
    for (const v of values) addTo(d, v);
    expect(mean(d)).toBeCloseTo(1498.5, 5);
    expect(Math.abs(quantile(d, 0.5)! - 1500)).toBeLessThanOrEqual(60);
    expect(Math.abs(quantile(d, 0.9)! - 2700)).toBeLessThanOrEqual(60);
  });

  it('merges by adding: two halves give the figures of the whole', () => {
    const whole = emptyDigest();
    const a = emptyDigest();
    const b = emptyDigest();
    for (let i = 0; i < 500; i++) {
      addTo(whole, i * 7);
      addTo(i % 2 === 0 ? a : b, i * 7);
    }
    merge(a, b);
    expect(a).toEqual(whole);
  });

  it('a prepared quantile function reads exactly what quantile reads', () => {
    const d = emptyDigest();
    for (let i = 0; i < 700; i++) addTo(d, ((i * 37) % 5000) + (i % 3) * 4000);
    const q = quantileFunction(d);
    for (let u = 0; u <= 1; u += 0.0125) expect(q(u)).toBe(quantile(d, u));
    expect(quantileFunction(emptyDigest())(0.5)).toBeUndefined();
  });

  it('tells the share of durations below a value, the inverse of its quantiles', () => {
    const d = emptyDigest();
    for (let i = 0; i < 1000; i++) addTo(d, 30 + (i % 60)); // 30 … 89 s, evenly
    const below = cumulativeFunction(d);
    expect(below(0)).toBe(0);
    expect(below(30)).toBeCloseTo(0, 1);
    expect(below(60)).toBeCloseTo(0.5, 1);
    expect(below(90)).toBe(1);
    expect(below(quantile(d, 0.25)!)).toBeCloseTo(0.25, 2);
  });

  it('has nothing to say about no values, and keeps very long ones', () => {
    expect(quantile(emptyDigest(), 0.5)).toBeUndefined();
    expect(mean(emptyDigest())).toBeUndefined();
    const d = emptyDigest();
    addTo(d, 20 * 3600);
    expect(quantile(d, 0.5)).toBe(12 * 3600);
    expect(mean(d)).toBe(20 * 3600);
  });
});
