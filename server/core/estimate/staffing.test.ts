import { describe, expect, it } from 'vitest';
import type { CounterRuntime } from '../state.ts';
import { counterDay, staffingPattern } from './staffing.ts';

const MIN = 60_000;
/** 00:00 of a day, in UTC for simplicity: quarter q starts at DAY + q × 15 min */
const DAY = Date.UTC(2026, 10, 23);
const at = (hh: number, mm = 0) => DAY + (hh * 60 + mm) * MIN;
const quarterOf = (t: number) => Math.floor((t - DAY) / (15 * MIN));

/** open 07:45 (two thirds of it) to 16:00, a lunch break 12:00–12:30, coffee 10:00–10:15 half the days */
const share = Array.from({ length: 96 }, (_, q) => {
  if (q === 31) return 0.67;
  if (q < 32 || q >= 64) return 0;
  if (q === 48 || q === 49) return 0;
  if (q === 40) return 0.5;
  return 1;
});
const pattern = staffingPattern(share)!;
const open: CounterRuntime = { status: 'open', normalStreak: 0, since: at(7, 50) };

describe('staffing pattern', () => {
  it('finds the working span and the breaks inside it, not the part-open opening quarter', () => {
    expect(pattern.first).toBe(31);
    expect(pattern.last).toBe(63);
    expect(pattern.breaks.map((b) => [b.from, b.to, b.ms / MIN])).toEqual([
      [40, 41, 7.5],
      [48, 50, 30],
    ]);
    expect(staffingPattern(Array<number>(96).fill(0.1))).toBeUndefined();
  });

  it('a counter open now takes the breaks still to come, and stops at its usual closing time', () => {
    const now = at(9, 0);
    const day = counterDay(pattern, open, now, quarterOf(now), 0.9);
    expect(day.resumeAt).toBeUndefined();
    // the coffee break (7.5 minutes on average) and lunch
    expect(day.breaks).toEqual([
      { due: at(10, 0), ms: 7.5 * MIN },
      { due: at(12, 0), ms: 30 * MIN },
    ]);
    expect(day.leavesAt).toBe(at(16, 0));
  });

  it('what was paused today counts against the breaks in their order', () => {
    const now = at(11, 0);
    // took 7.5 minutes of coffee: lunch still owed in full
    const coffee = counterDay(pattern, { ...open, pausedTodayMs: 7.5 * MIN }, now, quarterOf(now), 0.5);
    expect(coffee.breaks).toEqual([{ due: at(12, 0), ms: 30 * MIN }]);
    // took lunch early (and the coffee): nothing owed
    const early = counterDay(pattern, { ...open, pausedTodayMs: 40 * MIN }, now, quarterOf(now), 0.5);
    expect(early.breaks).toEqual([]);
    // inside the lunch quarter-hours without a pause yet: due now
    const lunch = at(12, 5);
    const due = counterDay(pattern, { ...open, pausedTodayMs: 7.5 * MIN }, lunch, quarterOf(lunch), 0.5);
    expect(due.breaks).toEqual([{ due: lunch, ms: 30 * MIN }]);
  });

  it('a paused counter comes back when its usual break is over; an unusual pause lasts about 15 minutes', () => {
    const now = at(12, 15);
    const lunch = counterDay(
      pattern,
      { status: 'paused', normalStreak: 0, since: at(12, 5), pausedTodayMs: 7.5 * MIN },
      now,
      quarterOf(now),
      0.5,
    );
    expect(lunch.resumeAt).toBe(at(12, 35));
    expect(lunch.breaks).toEqual([]);
    const morning = at(9, 10);
    const adHoc = counterDay(
      pattern,
      { status: 'paused', normalStreak: 0, since: at(9, 0) },
      morning,
      quarterOf(morning),
      0.5,
    );
    expect(adHoc.resumeAt).toBe(at(9, 15));
    const long = counterDay(
      pattern,
      { status: 'paused', normalStreak: 0, since: at(8, 0) },
      morning,
      quarterOf(morning),
      0.5,
    );
    expect(long.resumeAt).toBe(morning + MIN);
  });

  it('without a learned pattern: no breaks, no closing time', () => {
    const now = at(9, 0);
    expect(counterDay(undefined, open, now, quarterOf(now), 0.5)).toEqual({
      resumeAt: undefined,
      breaks: [],
      leavesAt: Infinity,
    });
  });
});
