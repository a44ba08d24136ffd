/**
 * Owns: which business days a statistics period covers — the presets (today, this week from
 * Monday, this month, the last 30 days) and a custom range checked the way the server checks it.
 * Pure: "today" is passed in as the office's calendar date (Europe/Berlin), so the browser's own
 * time zone never moves a day; the rest is calendar arithmetic on `YYYY-MM-DD`.
 */
import { isCalendarDate, zonedDate } from './zoned-time.ts';

export type PeriodPreset = 'today' | 'week' | 'month' | 'last30' | 'custom';

/** First and last business day, both included, as `YYYY-MM-DD`. */
export interface Period {
  from: string;
  to: string;
}

export type PeriodCheck =
  { ok: true; period: Period } | { ok: false; problem: 'missing' | 'invalid' | 'order' | 'too-long' };

const DAY_MS = 86_400_000;
/** The server answers at most three years at once (`StatisticsQuery`). */
const MAX_DAYS = 3 * 366;

function dayToUtc(day: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isCalendarDate(year, month, date) ? Date.UTC(year, month - 1, date) : undefined;
}

function utcToDay(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}

/** The office's calendar date at this instant. */
export function officeToday(nowMs: number, timeZone: string): string {
  return zonedDate(nowMs, timeZone);
}

/** The calendar date `n` days later (earlier when negative). */
export function addDays(day: string, n: number): string {
  const utc = dayToUtc(day);
  if (utc === undefined) throw new Error(`not a calendar date: ${day}`);
  return utcToDay(utc + n * DAY_MS);
}

/** 0 = Monday … 6 = Sunday, as in the statistics view. */
export function weekdayOf(day: string): number {
  const utc = dayToUtc(day);
  if (utc === undefined) throw new Error(`not a calendar date: ${day}`);
  return (new Date(utc).getUTCDay() + 6) % 7;
}

/** Days from `from` to `to`, both counted. */
export function daysIn(period: Period): number {
  const from = dayToUtc(period.from);
  const to = dayToUtc(period.to);
  if (from === undefined || to === undefined) return 0;
  return Math.round((to - from) / DAY_MS) + 1;
}

/** The period of a preset, ending today; `custom` has no period of its own. */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: string): Period {
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'week':
      return { from: addDays(today, -weekdayOf(today)), to: today };
    case 'month':
      return { from: `${today.slice(0, 8)}01`, to: today };
    case 'last30':
      return { from: addDays(today, -29), to: today };
  }
}

/** A custom range from two date inputs, refused with the reason the form shows. */
export function checkCustomPeriod(from: string, to: string): PeriodCheck {
  if (from === '' || to === '') return { ok: false, problem: 'missing' };
  if (dayToUtc(from) === undefined || dayToUtc(to) === undefined) return { ok: false, problem: 'invalid' };
  if (from > to) return { ok: false, problem: 'order' };
  if (daysIn({ from, to }) > MAX_DAYS) return { ok: false, problem: 'too-long' };
  return { ok: true, period: { from, to } };
}
