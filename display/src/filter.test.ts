import { describe, expect, it } from 'vitest';
import type { CallView } from '#protocol/tickets.ts';
import { effectiveFilter, filterFromSearch, isServiceShown, isShown, visibleCalls } from './filter.ts';

const call = (
  number: string,
  departmentId: string,
  calledAt: number,
  o: Partial<CallView> = {},
): CallView => ({
  number,
  counterId: 'platz-1',
  counterName: 'Platz 1',
  departmentId,
  serviceId: 'ausweis',
  calledAt,
  recall: false,
  ...o,
});

describe('display filters', () => {
  it('reads ?departments=, ?services= and ?counters= and treats an empty or missing one as "all"', () => {
    expect(filterFromSearch('?departments=buergerbuero, strassenverkehr&counters=platz-1')).toEqual({
      departments: new Set(['buergerbuero', 'strassenverkehr']),
      counters: new Set(['platz-1']),
    });
    expect(filterFromSearch('?services=ausweis')).toEqual({ services: new Set(['ausweis']) });
    expect(filterFromSearch('')).toEqual({});
    expect(filterFromSearch('?departments=')).toEqual({});
  });

  it('lets each URL key override the same key of the settings, and only that one', () => {
    const filter = effectiveFilter(
      { departments: ['buergerbuero'], services: ['ausweis'], counters: [] },
      { departments: new Set(['strassenverkehr']) },
    );
    expect(filter).toEqual({ departments: new Set(['strassenverkehr']), services: new Set(['ausweis']) });
  });

  it('shows only the chosen departments, newest first across offices', () => {
    const calls = visibleCalls(
      [
        [call('A-002', 'buergerbuero', 20), call('K-001', 'strassenverkehr', 15)],
        [call('A-001', 'buergerbuero', 10)],
      ],
      { departments: new Set(['buergerbuero']) },
    );
    expect(calls.map((c) => c.number)).toEqual(['A-002', 'A-001']);
  });

  it('filters by service and by counter', () => {
    const services = { services: new Set(['meldung']) };
    expect(isShown(call('A-001', 'buergerbuero', 1), services)).toBe(false);
    expect(isShown(call('C-001', 'buergerbuero', 1, { serviceId: 'meldung' }), services)).toBe(true);
    // A call stored before calls carried their service cannot prove it belongs here.
    const { serviceId: _none, ...old } = call('C-002', 'buergerbuero', 1);
    expect(isShown(old, services)).toBe(false);
    expect(isShown(old, {})).toBe(true);

    const counters = { counters: new Set(['platz-2']) };
    expect(isShown(call('A-001', 'buergerbuero', 1), counters)).toBe(false);
    expect(isShown(call('A-001', 'buergerbuero', 1, { counterId: 'platz-2' }), counters)).toBe(true);
  });

  it('shows a queue when its department, its service and one of the chosen counters fit', () => {
    const office = {
      counters: [
        { id: 'platz-1', name: 'Platz 1', serviceIds: ['ausweis'] },
        { id: 'platz-2', name: 'Platz 2', serviceIds: ['meldung'] },
      ],
    };
    const ausweis = { id: 'ausweis', departmentId: 'buergerbuero' };
    expect(isServiceShown(ausweis, office, {})).toBe(true);
    expect(isServiceShown(ausweis, office, { departments: new Set(['strassenverkehr']) })).toBe(false);
    expect(isServiceShown(ausweis, office, { services: new Set(['meldung']) })).toBe(false);
    expect(isServiceShown(ausweis, office, { counters: new Set(['platz-1']) })).toBe(true);
    expect(isServiceShown(ausweis, office, { counters: new Set(['platz-2']) })).toBe(false);
  });
});
