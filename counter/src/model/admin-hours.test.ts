import { describe, expect, it } from 'vitest';
import {
  addRange,
  copyDay,
  emptyWeek,
  hoursToBody,
  hoursToForm,
  nextRange,
  rangeProblem,
  removeRange,
  setRange,
} from './admin-hours.ts';

describe('issuing hours', () => {
  it('tells "at any time" (no hours) from "closed every day" (hours without ranges)', () => {
    expect(hoursToBody(hoursToForm(undefined))).toBeUndefined();
    expect(hoursToForm(undefined).restricted).toBe(false);
    expect(hoursToBody({ restricted: true, week: emptyWeek() })).toEqual({});
    expect(hoursToForm({}).restricted).toBe(true);
  });

  it('sends only the days that have ranges', () => {
    const hours = { mon: [{ from: '07:30', to: '12:00' }], thu: [{ from: '14:00', to: '18:00' }] };
    expect(hoursToBody(hoursToForm(hours))).toEqual(hours);
  });

  it('adds a morning first, then an afternoon an hour after the last range ends', () => {
    expect(nextRange([])).toEqual({ from: '08:00', to: '12:00' });
    expect(nextRange([{ from: '07:30', to: '12:00' }])).toEqual({ from: '13:00', to: '16:00' });
    expect(nextRange([{ from: '18:00', to: '23:30' }])).toEqual({ from: '23:58', to: '23:59' });
  });

  it('adds, changes and removes ranges of one day only', () => {
    let week = addRange(addRange(emptyWeek(), 'mon'), 'mon');
    week = setRange(week, 'mon', 1, { to: '15:30' });
    expect(week.mon).toEqual([
      { from: '08:00', to: '12:00' },
      { from: '13:00', to: '15:30' },
    ]);
    week = removeRange(week, 'mon', 0);
    expect(week.mon).toEqual([{ from: '13:00', to: '15:30' }]);
    expect(week.tue).toEqual([]);
  });

  it("copies Monday's ranges to other days as copies, not shared objects", () => {
    const week = copyDay(addRange(emptyWeek(), 'mon'), 'mon', ['tue', 'fri']);
    expect(week.tue).toEqual(week.mon);
    expect(week.fri).toEqual(week.mon);
    expect(week.tue[0]).not.toBe(week.mon[0]);
    expect(week.wed).toEqual([]);
  });

  it('says when a range ends before it starts or a time is incomplete', () => {
    expect(rangeProblem({ from: '08:00', to: '12:00' })).toBeUndefined();
    expect(rangeProblem({ from: '12:00', to: '12:00' })).toBe('„von“ muss vor „bis“ liegen.');
    expect(rangeProblem({ from: '', to: '12:00' })).toBe('Uhrzeit als HH:MM angeben.');
  });
});
