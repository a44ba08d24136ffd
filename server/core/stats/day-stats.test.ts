import { describe, expect, it } from 'vitest';
import { CoreDriver, MONDAY_9AM } from '../../../test/factories/core-driver.ts';
import { aClerk, aKiosk } from '../../../test/factories/office.ts';
import { aDay, statsOffice, statsOptions as options } from '../../../test/factories/stats-day.ts';
import { dayStats } from './day-stats.ts';
import { mean, quantile } from './digest.ts';
import { serviceOf, ticketRecords, walkOf } from './records.ts';

describe('ticket records', () => {
  it('know when each ticket was drawn, called, started and ended', () => {
    const core = aDay();
    const [a, b, c] = ticketRecords(core.events);
    expect(a).toMatchObject({
      number: 'A-001',
      state: 'done',
      callCount: 1,
      counterId: 'platz-1',
      clerk: 'clerk1',
    });
    expect((a!.firstCalledAt! - a!.issuedAt) / 60_000).toBe(5);
    expect((a!.endedAt! - a!.startedAt!) / 60_000).toBe(4);
    expect((b!.firstCalledAt! - b!.issuedAt) / 60_000).toBe(15);
    expect(c).toMatchObject({ state: 'no_show', firstServiceId: 'passport' });
  });
});

describe('a ticket finished without "start"', () => {
  it('counts its service time from the call, with no walk time', () => {
    const core = new CoreDriver(statsOffice, MONDAY_9AM);
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' });
    const t = core.draw(aKiosk(), 'registration');
    core.ok(aClerk(), { type: 'call-next', counterId: 'platz-1' });
    core.advance(7);
    core.ok(aClerk(), { type: 'finish', ticketId: t.id });
    const [r] = ticketRecords(core.events);
    expect(serviceOf(r!)).toBe(7 * 60);
    expect(walkOf(r!)).toBe(0);
  });
});

describe('day statistics', () => {
  it('per service: counts, waits, service times and the service level against each target', () => {
    const stats = dayStats(aDay().events, options());
    const reg = stats.services.registration!;
    expect(reg.tickets).toBe(2);
    expect(reg.ended.done).toBe(2);
    expect(mean(reg.wait)).toBe(600); // 5 and 15 minutes
    expect(mean(reg.service)).toBe(240);
    // 5 min within the 10-minute target, 15 min not
    expect(reg.slWithin / reg.slEligible).toBe(0.5);
    const passport = stats.services.passport!;
    expect(passport.ended.no_show).toBe(1);
    expect(passport.slWithin).toBe(1); // called after 15 minutes, target 30
    expect(stats.total.tickets).toBe(3);
    expect(quantile(stats.total.wait, 0.5)).toBeGreaterThan(0);
  });

  it('by hour of drawing in office time, and counter-minutes open per hour', () => {
    const stats = dayStats(aDay().events, options());
    expect(Object.keys(stats.hours)).toEqual(['9']);
    expect(stats.hours['9']!.tickets).toBe(3);
    // platz-1 open from 09:00 to 10:04: 60 minutes in hour 9, 4 in hour 10
    expect(stats.openMinutes).toEqual({ '9': 60, '10': 4 });
    expect(stats.weekday).toBe(0);
    // and per quarter-hour of platz-1: 09:00–10:00 full, 4 minutes of 10:00–10:15
    const quarters = stats.counterQuarters!['platz-1']!;
    expect(quarters).toHaveLength(96);
    expect(quarters.slice(36, 41)).toEqual([15, 15, 15, 15, 4]);
    expect(quarters.reduce((a, b) => a + b, 0)).toBe(64);
  });

  it('how quickly a free counter calls someone who came while it was free; how long no-shows hold it', () => {
    const stats = dayStats(aDay().events, options());
    // only the first ticket came while platz-1 was free (opened at the same instant): called 5 min later
    expect(stats.callDelay?.count).toBe(1);
    expect(mean(stats.callDelay!)).toBe(300);
    // the no-show was marked at once after its call
    expect(stats.noShowTime).toEqual({ count: 1, secondsSum: 0 });
  });

  it('names clerks only where the office enabled per-clerk figures', () => {
    expect(dayStats(aDay().events, options(false)).clerks).toBeUndefined();
    expect(JSON.stringify(dayStats(aDay().events, options(false)))).not.toContain('clerk1');
    expect(dayStats(aDay().events, options(true)).clerks?.clerk1?.tickets).toBe(3);
  });
});
