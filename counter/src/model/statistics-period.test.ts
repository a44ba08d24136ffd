import { describe, expect, it } from 'vitest';
import {
  addDays,
  checkCustomPeriod,
  daysIn,
  officeToday,
  presetPeriod,
  weekdayOf,
} from './statistics-period.ts';

describe('statistics period', () => {
  it('takes today from the office clock in Berlin, not from UTC', () => {
    // 23:30 UTC on 30 November is already 1 December in Berlin (UTC+1).
    expect(officeToday(Date.UTC(2026, 10, 30, 23, 30), 'Europe/Berlin')).toBe('2026-12-01');
    // 22:30 UTC on 31 July is half past midnight of 1 August in summer time (UTC+2).
    expect(officeToday(Date.UTC(2026, 6, 31, 22, 30), 'Europe/Berlin')).toBe('2026-08-01');
    expect(officeToday(Date.UTC(2026, 6, 31, 21, 30), 'Europe/Berlin')).toBe('2026-07-31');
  });

  it('starts the week on Monday', () => {
    expect(weekdayOf('2026-11-16')).toBe(0); // Monday
    expect(weekdayOf('2026-11-22')).toBe(6); // Sunday
    expect(presetPeriod('week', '2026-11-18')).toEqual({ from: '2026-11-16', to: '2026-11-18' });
    expect(presetPeriod('week', '2026-11-16')).toEqual({ from: '2026-11-16', to: '2026-11-16' });
    // On Sunday the week began six days before.
    expect(presetPeriod('week', '2026-11-22')).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    // A week that began in the month before, and the year before.
    expect(presetPeriod('week', '2026-12-02')).toEqual({ from: '2026-11-30', to: '2026-12-02' });
    expect(presetPeriod('week', '2027-01-01')).toEqual({ from: '2026-12-28', to: '2027-01-01' });
  });

  it('starts the month on its first day and ends the presets today', () => {
    expect(presetPeriod('today', '2026-11-18')).toEqual({ from: '2026-11-18', to: '2026-11-18' });
    expect(presetPeriod('month', '2026-11-18')).toEqual({ from: '2026-11-01', to: '2026-11-18' });
    expect(presetPeriod('month', '2026-12-01')).toEqual({ from: '2026-12-01', to: '2026-12-01' });
    // Just after midnight in Berlin on 1 December: the new month, although UTC still says November.
    const today = officeToday(Date.UTC(2026, 10, 30, 23, 5), 'Europe/Berlin');
    expect(presetPeriod('month', today)).toEqual({ from: '2026-12-01', to: '2026-12-01' });
  });

  it('counts the last 30 days with today, across month and leap-day boundaries', () => {
    const last30 = presetPeriod('last30', '2026-11-18');
    expect(last30).toEqual({ from: '2026-10-20', to: '2026-11-18' });
    expect(daysIn(last30)).toBe(30);
    // February has 29 days in 2028 and 28 in 2027.
    expect(presetPeriod('last30', '2028-03-01')).toEqual({ from: '2028-02-01', to: '2028-03-01' });
    expect(presetPeriod('last30', '2027-03-01')).toEqual({ from: '2027-01-31', to: '2027-03-01' });
    // Across the autumn clock change (25 Oct 2026) a day is still a day.
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('checks a custom range as the server does', () => {
    expect(checkCustomPeriod('2026-11-01', '2026-11-18')).toEqual({
      ok: true,
      period: { from: '2026-11-01', to: '2026-11-18' },
    });
    expect(checkCustomPeriod('2026-11-18', '2026-11-18').ok).toBe(true);
    expect(checkCustomPeriod('', '2026-11-18')).toEqual({ ok: false, problem: 'missing' });
    expect(checkCustomPeriod('2026-02-30', '2026-03-01')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkCustomPeriod('18.11.2026', '2026-11-19')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkCustomPeriod('2026-11-19', '2026-11-18')).toEqual({ ok: false, problem: 'order' });
    expect(checkCustomPeriod('2020-01-01', '2026-11-18')).toEqual({ ok: false, problem: 'too-long' });
  });
});
