import { beforeAll, describe, expect, it } from 'vitest';
import { aCounter, anOffice, aService } from '../../test/factories/office.ts';
import { loadConfig } from '../config/load.ts';
import { toSetup } from '../config/to-setup.ts';
import type { DomainEvent } from '../core/events.ts';
import type { OfficeSetup } from '../core/setup.ts';
import { dayStats } from '../core/stats/day-stats.ts';
import { waitOf } from '../core/stats/records.ts';
import { simulateDay } from './day.ts';
import { demoPlan } from './demo-plan.ts';
import type { SimulationPlan } from './plan.ts';
import { zonedTime } from './time.ts';

const DATE = '2026-11-23';
const TZ = 'Europe/Berlin';
const at = (time: string) => zonedTime(DATE, time, TZ);

let demo: OfficeSetup;
beforeAll(async () => {
  const loaded = await loadConfig([], {});
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  demo = toSetup(loaded.config.offices[0]!);
});

/** A one-service office with `counters` counters, all staffed 08:00–12:00; overrides on top. */
function smallPlan(
  overrides: Partial<SimulationPlan> = {},
  counters = 1,
  noShowAfterCalls = 1,
): SimulationPlan {
  const ids = Array.from({ length: counters }, (_, i) => `platz-${i + 1}`);
  return {
    setup: anOffice({
      services: [aService(), aService({ id: 'other', prefix: 'O' })],
      counters: ids.map((id) => aCounter({ id, serviceIds: ['registration', 'other'] })),
      calling: { normalPerPriority: 2, priorityWeight: 3, noShowAfterCalls },
    }),
    date: DATE,
    arrivals: [{ from: '08:00', to: '12:00', perHour: 6 }],
    mix: { registration: 1 },
    serviceTimes: {
      registration: { kind: 'fixed', seconds: 300 },
      other: { kind: 'fixed', seconds: 120 },
    },
    staffing: ids.map((counterId, i) => ({ counterId, clerk: `clerk${i + 1}`, from: '08:00', to: '12:00' })),
    noShowProbability: 0,
    transferProbability: 0,
    priorityShare: 0,
    walk: { kind: 'fixed', seconds: 0 },
    recallSeconds: 60,
    idleRetrySeconds: 20,
    ...overrides,
  };
}

const ofType = <T extends DomainEvent['type']>(events: DomainEvent[], type: T) =>
  events.filter((e): e is Extract<DomainEvent, { type: T }> => e.type === type);

describe('a simulated demo-office day through the core', () => {
  it('is legal, complete and repeatable', () => {
    const plan = demoPlan(demo, DATE);
    const day = simulateDay(plan, { seed: 11 });
    // the clerks were never refused anything
    expect(day.unexpected).toEqual({});
    // events as the engine stores them: consecutive seq, time never going back, who did it
    day.events.forEach((e, i) => {
      expect(e.seq).toBe(i + 1);
      if (i > 0) expect(e.at).toBeGreaterThanOrEqual(day.events[i - 1]!.at);
    });
    expect(new Set(ofType(day.events, 'ticket.issued').map((e) => e.by))).toEqual(new Set(['sim-kiosk']));
    // a plausible day: 100–300 citizens, all drawn between 08:00 and 16:00
    expect(day.citizens.length).toBeGreaterThan(100);
    expect(day.citizens.length).toBeLessThan(300);
    expect(day.citizens.every((c) => c.ticketId !== undefined)).toBe(true);
    for (const e of ofType(day.events, 'ticket.issued')) {
      expect(e.at).toBeGreaterThanOrEqual(at('08:00'));
      expect(e.at).toBeLessThan(at('16:00'));
    }
    // everyone was served or did not come; the clerks went home
    expect(new Set(day.records.map((r) => r.state))).toEqual(new Set(['done', 'no_show']));
    expect(Object.values(day.state.counters).every((c) => c.status === 'closed')).toBe(true);
    expect(ofType(day.events, 'counter.opened')).toHaveLength(plan.staffing.length);
    // the same seed gives the same day; another seed another
    expect(simulateDay(plan, { seed: 11 }).events).toEqual(day.events);
    expect(simulateDay(plan, { seed: 12 }).events).not.toEqual(day.events);
  });

  it('clerks take their 30-minute break when next free, and call nobody meanwhile', () => {
    const plan = demoPlan(demo, DATE);
    const day = simulateDay(plan, { seed: 11 });
    for (const shift of plan.staffing) {
      const mine = day.events.filter((e) => 'counterId' in e && e.counterId === shift.counterId);
      const paused = mine.filter((e) => e.type === 'counter.paused');
      const resumed = mine.filter((e) => e.type === 'counter.resumed');
      expect(paused).toHaveLength(1);
      expect(resumed).toHaveLength(1);
      const breakAt = at(shift.breaks![0]!.at);
      expect(paused[0]!.at).toBeGreaterThanOrEqual(breakAt);
      expect(paused[0]!.at).toBeLessThan(breakAt + 90 * 60_000); // after the citizen at the counter
      expect(resumed[0]!.at - paused[0]!.at).toBe(30 * 60_000);
      const calledDuring = mine.filter(
        (e) => e.type === 'ticket.called' && e.at > paused[0]!.at && e.at < resumed[0]!.at,
      );
      expect(calledDuring).toEqual([]);
      // and nothing before signing in
      const opened = mine.find((e) => e.type === 'counter.opened')!;
      expect(mine.filter((e) => e.type === 'ticket.called' && e.at < opened.at)).toEqual([]);
    }
  });

  it('citizens walk 30–90 s, are served for their sampled time; some do not come, some are sent on', () => {
    const days = [11, 12, 13].map((seed) => simulateDay(demoPlan(demo, DATE), { seed }));
    let noShows = 0;
    let transfers = 0;
    let priority = 0;
    let citizens = 0;
    for (const day of days) {
      citizens += day.citizens.length;
      const byTicket = new Map(day.citizens.map((c) => [c.ticketId!, c]));
      for (const r of day.records) {
        const c = byTicket.get(r.ticketId)!;
        if (c.priority === 'priority') {
          priority++;
          expect(r.priority).toBe('priority');
        }
        if (c.noShow) {
          noShows++;
          expect(r.state).toBe('no_show');
          expect(r.callCount).toBe(demo.calling.noShowAfterCalls);
          continue;
        }
        expect(r.state).toBe('done');
        const walk = (r.startedAt! - r.lastCalledAt!) / 1000;
        expect(walk).toBeGreaterThanOrEqual(30 - 0.001);
        expect(walk).toBeLessThanOrEqual(90 + 0.001);
        if (c.transfer) {
          transfers++;
          expect(r.transferCount).toBe(1);
          expect(r.firstServiceId).toBe(c.serviceId);
          expect(r.serviceId).toBe(c.transfer.serviceId);
          // the record's service time is the one after the transfer
          expect(Math.abs((r.endedAt! - r.startedAt!) / 1000 - c.transfer.serviceSeconds)).toBeLessThan(
            0.001,
          );
        } else {
          expect(r.transferCount).toBe(0);
          expect(Math.abs((r.endedAt! - r.startedAt!) / 1000 - c.serviceSeconds)).toBeLessThan(0.001);
        }
      }
    }
    // 5 % no-shows, 3 % transfers, 5 % priority of ~500 citizens: some of each, not many
    for (const [n, share] of [
      [noShows, 0.05],
      [transfers, 0.03],
      [priority, 0.05],
    ] as const) {
      expect(n).toBeGreaterThan(0);
      expect(Math.abs(n - share * citizens)).toBeLessThan(4 * Math.sqrt(share * citizens) + 1);
    }
  });

  it('imports the booked appointments before opening; who comes checks in around the slot and is served', () => {
    const day = simulateDay(demoPlan(demo, DATE), { seed: 21 });
    const imported = ofType(day.events, 'appointments.imported');
    expect(imported).toHaveLength(1);
    const booked = imported[0]!.appointments;
    const opening = zonedTime(DATE, '07:50', TZ);
    expect(imported[0]!.at).toBeLessThan(opening);
    // every 10 minutes 08:00–15:00 (42 slots), about 60 % booked
    expect(booked.length).toBeGreaterThan(42 * 0.6 - 4 * Math.sqrt(42 * 0.24));
    expect(booked.length).toBeLessThan(42 * 0.6 + 4 * Math.sqrt(42 * 0.24));
    const checkIns = ofType(day.events, 'appointment.checked_in');
    const comers = day.citizens.filter((c) => c.appointment);
    expect(checkIns).toHaveLength(comers.length);
    expect(comers.length).toBeLessThanOrEqual(booked.length);
    expect(comers.every((c) => c.refused === undefined)).toBe(true);
    const slots = new Map(booked.map((a) => [a.bookingCode, a.slot]));
    for (const c of comers) {
      // 15 minutes early to 5 late, inside the check-in window
      const lead = (c.arrivesAt - slots.get(c.appointment!.bookingCode)!) / 60_000;
      expect(lead).toBeGreaterThanOrEqual(-15);
      expect(lead).toBeLessThanOrEqual(5);
      const r = day.records.find((x) => x.ticketId === c.ticketId)!;
      expect(r.channel).toBe('appointment');
      expect(r.state).toBe('done');
    }
    // the strategy favours them near their slot
    const byAppointment = ofType(day.events, 'ticket.called').filter((e) => e.reason.rule === 'appointment');
    expect(byAppointment.length).toBeGreaterThan(0);
    expect(day.unexpected).toEqual({});
  });

  it('a citizen who does not come is recalled until a no-show is allowed', () => {
    const day = simulateDay(smallPlan({ noShowProbability: 0.5 }, 1, 3), { seed: 5 });
    expect(day.unexpected).toEqual({});
    const noShows = ofType(day.events, 'ticket.no_show');
    expect(noShows.length).toBeGreaterThan(3);
    for (const n of noShows) {
      const calls = day.events.filter(
        (e) => (e.type === 'ticket.called' || e.type === 'ticket.recalled') && e.ticketId === n.ticketId,
      );
      expect(calls.map((e) => e.type)).toEqual(['ticket.called', 'ticket.recalled', 'ticket.recalled']);
      // a minute between calls, a minute after the last one
      expect(
        [...calls.map((e) => e.at), n.at].map((t, i, all) => (i === 0 ? 60_000 : t - all[i - 1]!)),
      ).toEqual([60_000, 60_000, 60_000, 60_000]);
    }
  });

  it('an idle clerk calls at the next retry, or at the arrival sound', () => {
    const sparse = {
      arrivals: [{ from: '08:00', to: '11:00', perHour: 3 }],
      serviceTimes: { registration: { kind: 'fixed' as const, seconds: 30 } },
    };
    const retry = simulateDay(smallPlan(sparse), { seed: 3 });
    const waits = retry.records.map((r) => waitOf(r)!);
    expect(waits.length).toBeGreaterThan(4);
    expect(Math.max(...waits)).toBeLessThanOrEqual(20);
    expect(new Set(waits.map((w) => Math.round(w))).size).toBeGreaterThan(1);
    const woken = simulateDay(smallPlan({ ...sparse, wakeSeconds: 5 }), { seed: 3 });
    expect(woken.records.map((r) => waitOf(r))).toEqual(waits.map(() => 5));
  });

  it('after the end of the shift clerks serve who still waits, then close', () => {
    const day = simulateDay(smallPlan({ arrivals: [{ from: '08:00', to: '12:00', perHour: 30 }] }, 2), {
      seed: 8,
    });
    const calledLate = ofType(day.events, 'ticket.called').filter((e) => e.at > at('12:00'));
    expect(calledLate.length).toBeGreaterThan(0);
    const closed = ofType(day.events, 'counter.closed');
    expect(closed).toHaveLength(2);
    const lastFinish = Math.max(...ofType(day.events, 'ticket.finished').map((e) => e.at));
    for (const c of closed) expect(c.at).toBeGreaterThanOrEqual(at('12:00'));
    expect(Math.max(...closed.map((c) => c.at))).toBeGreaterThanOrEqual(lastFinish);
    expect(day.records.every((r) => r.state === 'done')).toBe(true);
  });

  it('asks the estimator before each draw, with the state the kiosk sees, and keeps the estimate with the ticket', () => {
    const seen: { waiting: number; serviceId: string }[] = [];
    const day = simulateDay(smallPlan({}, 1), {
      seed: 2,
      beforeDraw: (state, now, serviceId) => {
        seen.push({
          waiting: Object.values(state.tickets).filter((t) => t.state === 'waiting').length,
          serviceId,
        });
        expect(Object.values(state.tickets).every((t) => t.issuedAt < now || t.issuedAt === now)).toBe(true);
        return { median: 100, low: 50, high: 200 };
      },
    });
    const issued = ofType(day.events, 'ticket.issued');
    expect(seen).toHaveLength(issued.length);
    expect(issued.every((e) => e.estimate?.median === 100)).toBe(true);
    const stats = dayStats(day.events, {
      officeId: day.plan.setup.id,
      businessDay: DATE,
      timeZone: TZ,
      targetMinutes: () => 20,
      perClerk: false,
    });
    expect(stats.estimates.count).toBe(issued.length);
    const within = day.records.filter((r) => waitOf(r)! >= 50 && waitOf(r)! <= 200).length;
    expect(stats.estimates.covered).toBe(within);
  });
});
