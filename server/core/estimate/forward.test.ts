import { describe, expect, it } from 'vitest';
import { CoreDriver } from '../../../test/factories/core-driver.ts';
import { aClerk, aCounter, aKiosk, anOffice, aService } from '../../../test/factories/office.ts';
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
  callDelaySeconds: 0,
  arrivalsPerHour: Array<number>(24).fill(0),
  countersOpenPerHour: Array<number>(24).fill(0),
  serviceMix: new Map(),
  priorityShare: 0,
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
    const busy = {
      ...fixed,
      arrivalsPerHour: Array<number>(24).fill(4),
      serviceMix: new Map([['registration', 1]]),
    };
    const rushed = estimateWaits(core.state, urgent, core.now, busy, { runs: 50, seed: 3 });
    expect(quiet.tickets.get(waiting.id)?.median).toBe(600);
    // at least one registration drawn meanwhile goes first: a whole service longer
    expect(rushed.tickets.get(waiting.id)!.median).toBeGreaterThanOrEqual(1200);
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
