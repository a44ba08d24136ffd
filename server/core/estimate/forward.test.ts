import { describe, expect, it } from 'vitest';
import { CoreDriver, MONDAY_9AM } from '../../../test/factories/core-driver.ts';
import { aClerk, aCounter, aKiosk, anOffice, aService, aSupervisor } from '../../../test/factories/office.ts';
import { estimateWaits, naiveEstimate } from './forward.ts';
import { serviceTimeModel, type ServiceTimeModel } from './service-times.ts';

const office = anOffice({
  services: [
    aService({ expectedMinutes: 10 }),
    aService({ id: 'passport', prefix: 'P', expectedMinutes: 10 }),
  ],
  counters: [
    aCounter({ serviceIds: ['registration'] }),
    aCounter({ id: 'platz-2', name: 'Platz 2', serviceIds: ['registration'] }),
  ],
});
/** Every service takes exactly ten minutes, nobody misses a call, nobody walks. */
const fixed: ServiceTimeModel = {
  sample: () => 600,
  noShowRate: () => 0,
  walkSeconds: 0,
  walkAbove: () => 0,
  startRecorded: 0,
  callDelay: () => 0,
  arrivalsPerHour: Array<number>(24).fill(0),
  counterOpenShare: new Map(),
  serviceMix: new Map(),
  priorityShare: 0,
  appointmentLeadSeconds: 0,
  appointmentShowRate: 1,
  weekdayArrivalsPerHour: new Map(),
  noShowSeconds: 180,
};
const run = (core: CoreDriver, model = fixed, newcomers: string[] = []) =>
  estimateWaits(core.state, core.setup, core.now, model, { runs: 50, seed: 1, newcomers });

describe('forward estimates', () => {
  it('plays the queue out with the real strategy: one counter, fixed service times', () => {
    const core = new CoreDriver(office);
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' });
    const [a, b, c] = [0, 1, 2].map(() => core.draw(aKiosk(), 'registration'));
    const { tickets, newcomers } = run(core, fixed, ['registration']);
    expect(tickets.get(a!.id)).toEqual({ median: 0, low: 0, high: 0 });
    expect(tickets.get(b!.id)?.median).toBe(600);
    expect(tickets.get(c!.id)?.median).toBe(1200);
    expect(newcomers.get('registration')?.median).toBe(1800);
  });

  it('counts the time already spent with the citizen at the counter, and every open counter', () => {
    const core = new CoreDriver(office);
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' });
    core.ok(aClerk('clerk2'), { type: 'open-counter', counterId: 'platz-2' });
    core.draw(aKiosk(), 'registration');
    core.draw(aKiosk(), 'registration');
    core.ok(aClerk(), { type: 'call-next', counterId: 'platz-1' });
    core.ok(aClerk('clerk2'), { type: 'call-next', counterId: 'platz-2' });
    core.advance(4);
    const next = core.draw(aKiosk(), 'registration');
    const later = core.draw(aKiosk(), 'registration');
    const { tickets } = run(core);
    expect(tickets.get(next.id)?.median).toBe(360); // both counters free in 6 minutes
    expect(tickets.get(later.id)?.median).toBe(360);
  });

  it('gives no estimate where no open counter serves the service', () => {
    const core = new CoreDriver(office);
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' });
    const p = core.draw(aKiosk(), 'passport');
    const { tickets, newcomers } = run(core, fixed, ['passport']);
    expect(tickets.has(p.id)).toBe(false);
    expect(newcomers.has('passport')).toBe(false);
  });

  it('gives a range that widens with uncertain service times, and is repeatable by seed', () => {
    const core = new CoreDriver(office);
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' });
    const tickets = Array.from({ length: 6 }, () => core.draw(aKiosk(), 'registration'));
    const model = serviceTimeModel(office, []); // lognormal around the expected 10 minutes
    const once = estimateWaits(core.state, office, core.now, model, { runs: 300, seed: 7 });
    const again = estimateWaits(core.state, office, core.now, model, { runs: 300, seed: 7 });
    expect(again.tickets).toEqual(once.tickets);
    const last = once.tickets.get(tickets[5]!.id)!;
    expect(last.low).toBeLessThan(last.median);
    expect(last.high).toBeGreaterThan(last.median);
    // five services of median 10 minutes ahead: around 50 minutes
    expect(last.median / 60).toBeGreaterThan(40);
    expect(last.median / 60).toBeLessThan(65);
  });

  it('counts later arrivals the strategy would call first (a shorter target)', () => {
    const urgent = anOffice({
      services: [
        aService({ targetWaitMinutes: 5 }),
        aService({ id: 'passport', prefix: 'P', targetWaitMinutes: 60 }),
      ],
      counters: [aCounter({ serviceIds: ['registration', 'passport'] })],
    });
    const core = new CoreDriver(urgent);
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' });
    core.draw(aKiosk(), 'passport');
    core.ok(aClerk(), { type: 'call-next', counterId: 'platz-1' });
    const waiting = core.draw(aKiosk(), 'passport');
    const quiet = estimateWaits(core.state, urgent, core.now, fixed, { runs: 50, seed: 3 });
    // short registrations, twelve an hour: one comes within ten minutes in most runs
    const busy = {
      ...fixed,
      sample: (serviceId: string) => (serviceId === 'registration' ? 120 : 600),
      arrivalsPerHour: Array<number>(24).fill(12),
      serviceMix: new Map([['registration', 1]]),
    };
    const rushed = estimateWaits(core.state, urgent, core.now, busy, { runs: 50, seed: 3 });
    expect(quiet.tickets.get(waiting.id)?.median).toBe(600);
    // at least one registration drawn meanwhile goes first: a whole registration longer
    expect(rushed.tickets.get(waiting.id)!.median).toBeGreaterThanOrEqual(720);
  });

  it('keeps to the counter’s learned breaks: a lunch break due in half an hour delays the fourth ticket', () => {
    const core = new CoreDriver(office); // 09:00
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' });
    const drawn = [0, 1, 2, 3].map(() => core.draw(aKiosk(), 'registration'));
    // open 08:00–16:00 every day, never 09:30–10:00
    const share = Array.from({ length: 96 }, (_, q) => (q >= 32 && q < 64 && q !== 38 && q !== 39 ? 1 : 0));
    const withBreak = { ...fixed, counterOpenShare: new Map([['platz-1', share]]) };
    expect(run(core).tickets.get(drawn[3]!.id)?.median).toBe(1800);
    // three served by 09:30, then the break, then the fourth at 10:00
    expect(run(core, withBreak).tickets.get(drawn[3]!.id)?.median).toBe(3600);
    // a clerk who took the break already today (paused 09:00–09:30 of an earlier pause) goes on
    const rested = new CoreDriver(office, core.now - 60 * 60_000); // 08:00
    rested.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' });
    rested.ok(aClerk(), { type: 'pause-counter', counterId: 'platz-1' });
    rested.advance(30);
    rested.ok(aClerk(), { type: 'resume-counter', counterId: 'platz-1' });
    rested.advance(30); // 09:00
    const again = [0, 1, 2, 3].map(() => rested.draw(aKiosk(), 'registration'));
    expect(rested.state.counters['platz-1']?.pausedTodayMs).toBe(30 * 60_000);
    // the usual break is at 09:30: 30 minutes were taken earlier, so none is owed
    expect(run(rested, withBreak).tickets.get(again[3]!.id)?.median).toBe(1800);
  });

  it('a paused counter comes back when its usual break is over, an unusual pause after about 15 minutes', () => {
    const core = new CoreDriver(office, MONDAY_9AM + 35 * 60_000); // 09:35
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' });
    core.ok(aClerk(), { type: 'pause-counter', counterId: 'platz-1' });
    core.advance(10); // 09:45, paused for 10 minutes
    const ticket = core.draw(aKiosk(), 'registration');
    const share = Array.from({ length: 96 }, (_, q) => (q >= 32 && q < 64 && q !== 38 && q !== 39 ? 1 : 0));
    const withBreak = { ...fixed, counterOpenShare: new Map([['platz-1', share]]) };
    // its usual 30-minute break: 20 minutes left
    expect(run(core, withBreak).tickets.get(ticket.id)?.median).toBe(20 * 60);
    // without a pattern: a quarter of an hour from the pause, 5 minutes from now
    expect(run(core).tickets.get(ticket.id)?.median).toBe(5 * 60);
  });

  it('counts today’s booked appointments: one due before the next walk-in is called goes first', () => {
    const core = new CoreDriver(office); // 09:00
    core.ok(aSupervisor(), {
      type: 'import-appointments',
      appointments: [{ bookingCode: 'T-1', serviceId: 'registration', slot: MONDAY_9AM + 5 * 60_000 }],
    });
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' });
    const [first, second] = [0, 1].map(() => core.draw(aKiosk(), 'registration'));
    core.ok(aClerk(), { type: 'call-next', counterId: 'platz-1' });
    expect(core.state.tickets[first!.id]?.state).toBe('called');
    // the appointment checks in at 09:05 and is called at 09:10, before the second walk-in
    expect(run(core).tickets.get(second!.id)?.median).toBe(1200);
    expect(run(core, { ...fixed, appointmentShowRate: 0 }).tickets.get(second!.id)?.median).toBe(600);
    // once checked in, it is a ticket like any other (and not counted twice)
    core.advance(5);
    core.ok(aKiosk(), { type: 'check-in', bookingCode: 'T-1' });
    expect(run(core).tickets.get(second!.id)?.median).toBe(900);
  });

  it('a citizen called twice and not come yet is most likely a no-show, unless clerks skip "start"', () => {
    const threeCalls = { ...office, calling: { ...office.calling, noShowAfterCalls: 3 } };
    const core = new CoreDriver(threeCalls);
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' });
    const [called, next] = [0, 1].map(() => core.draw(aKiosk(), 'registration'));
    core.ok(aClerk(), { type: 'call-next', counterId: 'platz-1' });
    core.advance(1);
    core.ok(aClerk(), { type: 'recall', ticketId: called!.id });
    core.advance(0.5);
    const perCall = 180 / 3; // noShowSeconds 180, three calls
    // 90 s since the first call, and nobody walks that long: a no-show, free after the last calls
    const walkers = {
      ...fixed,
      noShowRate: () => 0.05,
      walkAbove: (s: number) => (s < 80 ? 1 : 0),
      startRecorded: 1,
    };
    expect(run(core, walkers).tickets.get(next!.id)?.median).toBe(2 * perCall - 30);
    // where clerks never press start, a quiet call means service: 10 minutes from about the call
    const noStart = { ...walkers, startRecorded: 0 };
    expect(run(core, noStart).tickets.get(next!.id)?.median).toBe(600 - 90);
  });

  it('the naive estimate counts people ahead × mean time ÷ open counters', () => {
    const core = new CoreDriver(office);
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' });
    core.ok(aClerk('clerk2'), { type: 'open-counter', counterId: 'platz-2' });
    core.draw(aKiosk(), 'registration');
    core.draw(aKiosk(), 'registration');
    const t = core.draw(aKiosk(), 'registration');
    expect(naiveEstimate(core.state, office, t, () => 600)).toBe(600);
  });
});
