import { describe, expect, it } from 'vitest';
import {
  formatDay,
  formatDuration,
  formatHour,
  formatNumber,
  formatPercent,
  toMinutes,
} from './statistics-format.ts';

describe('statistics formatting', () => {
  it('says durations in minutes, and hours with minutes from an hour on', () => {
    expect(formatDuration(12 * 60)).toBe('12 Min.');
    expect(formatDuration(12 * 60 + 29)).toBe('12 Min.');
    expect(formatDuration(12 * 60 + 31)).toBe('13 Min.');
    expect(formatDuration(65 * 60)).toBe('1 Std. 5 Min.');
    expect(formatDuration(120 * 60)).toBe('2 Std.');
    expect(formatDuration(20)).toBe('< 1 Min.');
    expect(formatDuration(0)).toBe('0 Min.');
    expect(formatDuration(null)).toBe('–');
  });

  it('says rates in whole percent with the German space before the sign', () => {
    expect(formatPercent(0.8333)).toBe('83\u00a0%');
    expect(formatPercent(1)).toBe('100\u00a0%');
    expect(formatPercent(0)).toBe('0\u00a0%');
    expect(formatPercent(0.003)).toBe('< 1\u00a0%');
    expect(formatPercent(null)).toBe('–');
  });

  it('groups thousands with a dot and writes decimals with a comma', () => {
    expect(formatNumber(1234)).toBe('1.234');
    expect(formatNumber(2.46)).toBe('2,5');
    expect(formatNumber(2.46, 0)).toBe('2');
    expect(formatNumber(-0.01)).toBe('-0');
    expect(formatNumber(0)).toBe('0');
  });

  it('names business days and hours as people read them', () => {
    expect(formatDay('2026-11-16')).toBe('Mo., 16.11.2026');
    expect(formatHour(9)).toBe('09–10 Uhr');
    expect(formatHour(23)).toBe('23–24 Uhr');
    expect(toMinutes(90)).toBe(1.5);
    expect(toMinutes(null)).toBeNull();
  });
});
