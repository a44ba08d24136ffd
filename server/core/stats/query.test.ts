import { describe, expect, it } from 'vitest';
import { MONDAY_9AM } from '../../../test/factories/core-driver.ts';
import { aDay, statsOffice, statsOptions } from '../../../test/factories/stats-day.ts';
import { dayStats } from './day-stats.ts';
import { statisticsOf } from './query.ts';

const DAY = 86_400_000;
const info = (perClerk = false) => ({
  officeId: statsOffice.id,
  from: '2026-11-23',
  to: '2026-11-24',
  services: statsOffice.services,
  counters: statsOffice.counters,
  perClerk,
});
const monday = () => dayStats(aDay(MONDAY_9AM).events, statsOptions(false, '2026-11-23'));
const tuesday = () => dayStats(aDay(MONDAY_9AM + DAY).events, statsOptions(false, '2026-11-24'));

describe('statistics over a period', () => {
  it('adds days up: counts, service level and rates per service', () => {
    const view = statisticsOf([monday(), tuesday()], info());
    expect(view.days).toBe(2);
    expect(view.total).toMatchObject({ tickets: 6, done: 4, noShow: 2 });
    const reg = view.services.find((s) => s.serviceId === 'registration')!;
    expect(reg).toMatchObject({ tickets: 4, serviceLevel: 0.5, targetWaitMinutes: 10 });
    expect(reg.wait.mean).toBe(600);
    // within the 15-second bucket of the exact 240 s
    expect(reg.service.median).toBeGreaterThanOrEqual(240);
    expect(reg.service.median).toBeLessThan(255);
    const passport = view.services.find((s) => s.serviceId === 'passport')!;
    expect(passport.noShowRate).toBe(1);
  });

  it('per hour against counters open, per weekday, and the weekday × hour heat map', () => {
    const view = statisticsOf([monday(), tuesday()], info());
    const nine = view.hours.find((h) => h.hour === 9)!;
    expect(nine).toMatchObject({ arrivalsPerDay: 3, countersOpen: 1 });
    expect(view.hours.find((h) => h.hour === 10)).toMatchObject({ arrivalsPerDay: 0, tickets: 0 });
    expect(view.weekdays.map((w) => [w.weekday, w.tickets])).toEqual([
      [0, 3],
      [1, 3],
    ]);
    expect(view.heatmap[0]![9]).toBe(3);
    expect(view.heatmap[2]![9]).toBe(0);
    expect(view.counters.map((c) => c.counterId)).toEqual(['platz-1']);
  });

  it('has no clerks unless enabled, and null figures where nothing was measured', () => {
    const view = statisticsOf([monday()], info());
    expect(view.clerks).toBeUndefined();
    const empty = statisticsOf([], info());
    expect(empty.total.wait).toEqual({ mean: null, median: null, p90: null });
    expect(empty.total.serviceLevel).toBeNull();
    expect(empty.estimates).toBeNull();
  });
});
