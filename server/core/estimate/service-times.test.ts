import { describe, expect, it } from 'vitest';
import { CoreDriver, MONDAY_9AM } from '../../../test/factories/core-driver.ts';
import { aKiosk, anOffice, aService } from '../../../test/factories/office.ts';
import { emptyGroup, type DayStats } from '../stats/day-stats.ts';
import { todaysPace } from './forward.ts';
import { serviceTimeModel } from './service-times.ts';

const office = anOffice({ services: [aService(), aService({ id: 'passport', prefix: 'P' })] });

/** A day's statistics with only what the arrival model reads: tickets per hour, appointments. */
function aDay(weekday: number, ticketsAt9: number, appointmentsAt9 = 0): DayStats {
  const hour = { ...emptyGroup(), tickets: ticketsAt9 };
  return {
    officeId: office.id,
    businessDay: '2026-11-23',
    weekday,
    total: { ...emptyGroup(), tickets: ticketsAt9 },
    services: { registration: { ...emptyGroup(), tickets: ticketsAt9 } },
    hours: { '9': hour },
    counters: {},
    openMinutes: {},
    appointments: {
      tickets: appointmentsAt9,
      hours: { '9': appointmentsAt9 },
      services: { registration: appointmentsAt9 },
      leadSecondsSum: appointmentsAt9 * 240,
    },
    noShowTime: { count: 4, secondsSum: 4 * 150 },
    estimates: { count: 0, absErrorSum: 0, covered: 0 },
  };
}

describe('the arrival and no-show model', () => {
  it('learns walk-in arrivals without the appointment check-ins, per weekday where there are enough days', () => {
    // three Mondays with 30 tickets at 9 (6 of them appointments), two Fridays with 10
    const history = [aDay(0, 30, 6), aDay(0, 30, 6), aDay(0, 30, 6), aDay(4, 10), aDay(4, 10)];
    const model = serviceTimeModel(office, history);
    expect(model.arrivalsPerHour[9]).toBeCloseTo((3 * 24 + 2 * 10) / 5);
    expect(model.weekdayArrivalsPerHour.get(0)?.[9]).toBe(24);
    // two Fridays are too few: the average day stands in
    expect(model.weekdayArrivalsPerHour.has(4)).toBe(false);
    expect(model.serviceMix.get('registration')).toBe(1);
    expect(model.appointmentLeadSeconds).toBe(300); // fewer than 30 check-ins: the default
  });

  it('learns how long a no-show holds a counter once there are enough of them', () => {
    expect(serviceTimeModel(office, [aDay(0, 5)]).noShowSeconds).toBe(office.calling.noShowAfterCalls * 60);
    expect(serviceTimeModel(office, [aDay(0, 5), aDay(1, 5), aDay(2, 5)]).noShowSeconds).toBe(150);
  });
});

describe('today’s pace', () => {
  const rates = Array.from({ length: 24 }, (_, h) => (h >= 8 && h < 16 ? 10 : 0));
  const hour = (at: number) => new Date(at).getUTCHours() + 1; // Berlin in winter
  it('is 1 before anyone drew, more on a busy morning, less on a quiet one, within 0.5 … 2', () => {
    const core = new CoreDriver(office, MONDAY_9AM - 60 * 60_000); // 08:00
    expect(todaysPace(core.state, core.now, rates, hour)).toBe(1);
    for (let i = 0; i < 25; i++) core.draw(aKiosk(), 'registration');
    core.advance(60);
    // 25 drawn where 10 are usual: (25 + 15) / (10 + 15)
    expect(todaysPace(core.state, core.now, rates, hour)).toBeCloseTo(40 / 25);
    core.advance(120);
    // none since: 25 where 30 are usual
    expect(todaysPace(core.state, core.now, rates, hour)).toBeCloseTo(40 / 45);
    const quiet = new CoreDriver(office, MONDAY_9AM - 60 * 60_000);
    quiet.draw(aKiosk(), 'registration');
    quiet.advance(6 * 60);
    expect(todaysPace(quiet.state, quiet.now, rates, hour)).toBe(0.5);
  });
});
