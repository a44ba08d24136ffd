/**
 * Edge cases found in review: ids shaped like built-in property names, a clock that steps back
 * over midnight, calling a parked ticket back to a counter that cannot serve it, and the
 * "people ahead" estimate.
 */
import { describe, expect, it } from 'vitest';
import { aClerk, aCounter, aKiosk, anOffice, aService, aSupervisor } from '../../test/factories/office.ts';
import { CoreDriver } from '../../test/factories/core-driver.ts';
import { peopleAhead } from './views.ts';

const office = () =>
  anOffice({
    services: [aService(), aService({ id: 'passport', prefix: 'P', targetWaitMinutes: 20 })],
    counters: [
      aCounter({ serviceIds: ['registration', 'passport'] }),
      aCounter({ id: 'platz-2', name: 'Platz 2', serviceIds: ['passport'] }),
    ],
  });

describe('hardening', () => {
  it('treats ids like "constructor" as unknown, without creating anything', () => {
    const core = new CoreDriver(office());
    for (const counterId of ['constructor', 'hasOwnProperty', '__proto__']) {
      expect(core.errorOf(aSupervisor(), { type: 'close-counter', counterId })).toBe('not_found');
      expect(core.errorOf(aClerk(), { type: 'open-counter', counterId })).toBe('not_found');
    }
    expect(core.errorOf(aSupervisor(), { type: 'start', ticketId: 'propertyIsEnumerable' })).toBe(
      'not_found',
    );
    expect(Object.keys(core.state.counters)).toEqual(['platz-1', 'platz-2']);
  });

  it('ignores a clock that steps back over midnight: the closed day stays closed', () => {
    const core = new CoreDriver(office(), Date.UTC(2026, 10, 23, 22, 59)); // 23:59 Berlin
    core.draw(aKiosk(), 'registration');
    core.advance(2); // 00:01, the next day
    core.draw(aKiosk(), 'registration');
    expect(core.state.businessDay).toBe('2026-11-24');
    const seq = core.state.seq;
    core.advance(-5); // NTP steps the clock back to 23:56 of the old day
    const t = core.draw(aKiosk(), 'registration');
    expect(core.state.businessDay).toBe('2026-11-24');
    expect(t.number).toBe('A-002');
    expect(core.state.seq).toBe(seq + 1);
  });

  it('calls a parked ticket back only to a counter that serves its service', () => {
    const core = new CoreDriver(office());
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' });
    core.ok(aClerk('clerk2'), { type: 'open-counter', counterId: 'platz-2' });
    core.draw(aKiosk(), 'registration');
    const t = core.ok(aClerk(), { type: 'call-next', counterId: 'platz-1' })!;
    core.ok(aClerk(), { type: 'park', ticketId: t.id });
    expect(core.errorOf(aClerk('clerk2'), { type: 'call-back', ticketId: t.id, counterId: 'platz-2' })).toBe(
      'validation_failed',
    );
    expect(core.ok(aClerk(), { type: 'call-back', ticketId: t.id, counterId: 'platz-1' })!.state).toBe(
      'called',
    );
  });

  it('counts the people ahead in the order the strategy would call them', () => {
    const core = new CoreDriver(office());
    const a1 = core.draw(aKiosk(), 'registration');
    core.advance(1);
    const a2 = core.draw(aKiosk(), 'registration');
    const p1 = core.draw(aKiosk(), 'passport');
    core.advance(1);
    const a3 = core.draw(aKiosk(), 'registration');
    const ahead = (id: string) => peopleAhead(core.state, core.setup, core.state.tickets[id]!, core.now);
    expect([a1, a2, a3].map((t) => ahead(t.id))).toEqual([0, 1, 2]);
    expect(ahead(p1.id)).toBe(0);
    // A priority ticket (weight 3) overtakes everyone whose relative wait is lower: after one
    // minute it counts like three, level with A-001's three minutes (and the extra millisecond
    // every score gets is tripled too, so it comes first).
    const urgent = core.draw(aClerk(), 'registration', { priority: 'priority' });
    core.advance(1);
    expect(ahead(urgent.id)).toBe(0);
    expect(ahead(a3.id)).toBe(3);
  });
});
