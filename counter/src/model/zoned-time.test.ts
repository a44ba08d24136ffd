import { describe, expect, it } from 'vitest';
import { isoWithOffset, zonedDate, zonedTimeToInstant } from './zoned-time.ts';

const at = (year: number, month: number, day: number, hour: number, minute: number) =>
  zonedTimeToInstant({ year, month, day, hour, minute });

describe('Berlin wall-clock time to an instant', () => {
  it('uses +01:00 on a winter date', () => {
    expect(at(2026, 11, 25, 9, 20)).toEqual({
      ok: true,
      epochMs: Date.UTC(2026, 10, 25, 8, 20),
      iso: '2026-11-25T09:20:00+01:00',
    });
  });

  it('uses +02:00 on a summer date', () => {
    expect(at(2026, 7, 15, 9, 20)).toEqual({
      ok: true,
      epochMs: Date.UTC(2026, 6, 15, 7, 20),
      iso: '2026-07-15T09:20:00+02:00',
    });
  });

  it('switches on the days the clocks change', () => {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST.
    expect(at(2026, 3, 29, 1, 59)).toMatchObject({ iso: '2026-03-29T01:59:00+01:00' });
    expect(at(2026, 3, 29, 3, 0)).toMatchObject({ iso: '2026-03-29T03:00:00+02:00' });
    // 25 October 2026: 03:00 CEST becomes 02:00 CET.
    expect(at(2026, 10, 25, 1, 30)).toMatchObject({ iso: '2026-10-25T01:30:00+02:00' });
    expect(at(2026, 10, 25, 3, 30)).toMatchObject({ iso: '2026-10-25T03:30:00+01:00' });
  });

  it('says a time skipped in spring does not exist, and takes the first of a doubled autumn hour', () => {
    expect(at(2026, 3, 29, 2, 30)).toEqual({ ok: false, reason: 'nonexistent' });
    expect(at(2026, 10, 25, 2, 30)).toEqual({
      ok: true,
      epochMs: Date.UTC(2026, 10 - 1, 25, 0, 30),
      iso: '2026-10-25T02:30:00+02:00',
    });
  });

  it('refuses days and times that are not on the calendar or the clock', () => {
    expect(at(2026, 2, 29, 9, 0)).toEqual({ ok: false, reason: 'invalid' });
    expect(at(2028, 2, 29, 9, 0)).toMatchObject({ ok: true });
    expect(at(2026, 13, 1, 9, 0)).toEqual({ ok: false, reason: 'invalid' });
    expect(at(2026, 4, 31, 9, 0)).toEqual({ ok: false, reason: 'invalid' });
    expect(at(2026, 4, 1, 24, 0)).toEqual({ ok: false, reason: 'invalid' });
    expect(at(2026, 4, 1, 9, 60)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('an instant in Berlin', () => {
  it('is written with the offset of its season and falls on the Berlin date', () => {
    expect(isoWithOffset(Date.UTC(2026, 0, 15, 23, 30))).toBe('2026-01-16T00:30:00+01:00');
    expect(isoWithOffset(Date.UTC(2026, 6, 15, 22, 30))).toBe('2026-07-16T00:30:00+02:00');
    expect(zonedDate(Date.UTC(2026, 6, 15, 22, 30))).toBe('2026-07-16');
    expect(zonedDate(Date.UTC(2026, 6, 15, 21, 59))).toBe('2026-07-15');
  });
});
