import { describe, expect, it } from 'vitest';
import type { CallView } from '#protocol/tickets.ts';
import { departmentsFromSearch, visibleCalls } from './filter.ts';

const call = (number: string, departmentId: string, calledAt: number): CallView => ({
  number,
  counterId: 'platz-1',
  counterName: 'Platz 1',
  departmentId,
  calledAt,
  recall: false,
});

describe('department filter', () => {
  it('reads ?departments=a,b and treats no parameter as "all"', () => {
    expect(departmentsFromSearch('?departments=buergerbuero, strassenverkehr')).toEqual(
      new Set(['buergerbuero', 'strassenverkehr']),
    );
    expect(departmentsFromSearch('')).toBeUndefined();
    expect(departmentsFromSearch('?departments=')).toBeUndefined();
  });

  it('shows only the chosen departments, newest first across offices', () => {
    const calls = visibleCalls(
      [
        [call('A-002', 'buergerbuero', 20), call('K-001', 'strassenverkehr', 15)],
        [call('A-001', 'buergerbuero', 10)],
      ],
      new Set(['buergerbuero']),
    );
    expect(calls.map((c) => c.number)).toEqual(['A-002', 'A-001']);
  });
});
