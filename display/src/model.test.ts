import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signal } from '@preact/signals';
import type { CallView, TicketView } from '#protocol/tickets.ts';
import type { OfficeSnapshot } from '#protocol/snapshots.ts';
import { createFakeConnection } from '#web/fake-connection.ts';
import { OfficeModel } from '#web/office-model.ts';
import { DisplayModel, FRESH_MS } from './model.ts';

const NOW = Date.UTC(2026, 10, 25, 9, 0);

const call = (number: string, calledAt: number, o: Partial<CallView> = {}): CallView => ({
  number,
  counterId: 'platz-3',
  counterName: 'Platz 3',
  departmentId: 'buergerbuero',
  calledAt,
  recall: false,
  ...o,
});
const ticket = { id: 'tttttttttttttttt', state: 'called' } as TicketView;
const snapshot = (recentCalls: CallView[]): OfficeSnapshot => ({
  officeId: 'buergerbuero',
  seq: 5,
  businessDay: '2026-11-25',
  serverTime: Date.now(),
  tickets: [],
  counters: [],
  recentCalls,
  queues: [],
});

function setup(departments?: Set<string>) {
  const connection = createFakeConnection();
  const announced: string[] = [];
  const model = new DisplayModel({
    connection,
    offices: new OfficeModel(connection),
    announcer: { announce: (c) => void announced.push(c.number), pending: () => 0 },
    departments,
    language: signal('de' as const),
    soundUnlocked: signal(true),
    unlockSound: async () => {},
  });
  const callFact = (c: CallView, seq: number) =>
    connection.pushFact({
      name: c.recall ? 'ticket:recalled' : 'ticket:called',
      payload: { officeId: 'buergerbuero', seq, at: c.calledAt, ticket, call: c },
    });
  return { connection, model, announced, callFact };
}

describe('display model', () => {
  beforeEach(() => void vi.useFakeTimers({ now: NOW }));
  afterEach(() => void vi.useRealTimers());

  it('shows calls from a snapshot without announcing them', () => {
    const { connection, model, announced } = setup();
    const calls = Array.from({ length: 9 }, (_, i) => call(`A-00${9 - i}`, 100 - i));
    connection.pushSnapshot(snapshot(calls));
    expect(model.latest.value?.number).toBe('A-009');
    expect(model.history.value.map((c) => c.number)).toEqual([
      'A-008',
      'A-007',
      'A-006',
      'A-005',
      'A-004',
      'A-003',
    ]);
    expect(model.fresh.value).toBe(false);
    expect(announced).toEqual([]);
  });

  it('announces a live call and highlights it for 10 seconds', () => {
    const { connection, model, announced, callFact } = setup();
    connection.pushSnapshot(snapshot([]));
    callFact(call('A-042', NOW - 1000), 6);
    expect(model.latest.value?.number).toBe('A-042');
    expect(announced).toEqual(['A-042']);
    expect(model.fresh.value).toBe(true);
    vi.advanceTimersByTime(FRESH_MS);
    expect(model.fresh.value).toBe(false);
  });

  it('shows but does not announce a call replayed long after it was made', () => {
    const { connection, model, announced, callFact } = setup();
    connection.pushSnapshot(snapshot([]));
    callFact(call('A-007', Date.now() - 5 * 60_000), 6);
    expect(model.latest.value?.number).toBe('A-007');
    expect(announced).toEqual([]);
  });

  it('lists a recalled number once in the history', () => {
    const { connection, model } = setup();
    connection.pushSnapshot(
      snapshot([
        call('A-002', 40),
        call('A-001', 30, { recall: true }),
        call('A-002', 20),
        call('A-001', 10),
      ]),
    );
    expect(model.latest.value?.number).toBe('A-002');
    expect(model.history.value.map((c) => [c.number, c.recall])).toEqual([['A-001', true]]);
  });

  it('marks a recall and announces it again', () => {
    const { connection, model, announced, callFact } = setup();
    connection.pushSnapshot(snapshot([call('A-042', NOW - 2000)]));
    callFact(call('A-042', NOW - 1000, { recall: true }), 6);
    expect(model.latest.value?.recall).toBe(true);
    expect(announced).toEqual(['A-042']);
  });

  it('neither shows nor announces calls of other departments', () => {
    const { connection, model, announced, callFact } = setup(new Set(['strassenverkehr']));
    connection.pushSnapshot(snapshot([]));
    callFact(call('A-001', NOW - 2000), 6);
    callFact(call('K-001', NOW - 1000, { departmentId: 'strassenverkehr' }), 7);
    expect(model.latest.value?.number).toBe('K-001');
    expect(model.history.value).toEqual([]);
    expect(announced).toEqual(['K-001']);
  });
});
