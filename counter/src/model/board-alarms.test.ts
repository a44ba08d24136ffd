import { describe, expect, it } from 'vitest';
import type { BoardSetup } from './board-rows.ts';
import { counterRows, serviceRows } from './board-rows.ts';
import { deriveAlarms, newAlarms } from './board-alarms.ts';
import { MINUTE, NOW, aCounter, aSetup, aState, aTicket } from './board-fixtures.ts';
import type { OfficeState } from '#web/office-fold.ts';

const alarmsOf = (state: OfficeState, setup: BoardSetup = aSetup()) =>
  deriveAlarms(serviceRows(state, setup, NOW), counterRows(state, NOW), setup.alarms);
const waiting = (n: number, serviceId = 'ausweis') =>
  Array.from({ length: n }, () => aTicket({ serviceId, issuedAt: NOW - MINUTE }));

describe('deriveAlarms: too many waiting', () => {
  it('rings when more than maxWaiting wait for one service, not at exactly maxWaiting', () => {
    const setup = aSetup({ maxWaiting: 2 });
    expect(alarmsOf(aState({ tickets: waiting(2) }), setup)).toEqual([]);
    expect(alarmsOf(aState({ tickets: waiting(3) }), setup)).toEqual([
      { kind: 'too-many', key: 'too-many:ausweis', serviceId: 'ausweis', waiting: 3, maxWaiting: 2 },
    ]);
  });

  it('counts only waiting tickets, per service', () => {
    const setup = aSetup({ maxWaiting: 2 });
    const tickets = [...waiting(2), ...waiting(2, 'meldung'), aTicket({ state: 'parked' })];
    expect(alarmsOf(aState({ tickets }), setup)).toEqual([]);
  });
});

describe('deriveAlarms: wait beyond the target share', () => {
  const longest = (waitedMs: number) => aTicket({ number: 'A-007', issuedAt: NOW - waitedMs });

  it('rings from the exact share of the target on (30 minutes of 30 at 100 %)', () => {
    expect(alarmsOf(aState({ tickets: [longest(30 * MINUTE - 1)] }))).toEqual([]);
    expect(alarmsOf(aState({ tickets: [longest(30 * MINUTE)] }))).toEqual([
      {
        kind: 'over-target',
        key: 'over-target:ausweis',
        serviceId: 'ausweis',
        number: 'A-007',
        waitedMinutes: 30,
        targetWaitMinutes: 30,
        percent: 100,
      },
    ]);
  });

  it('follows the configured share (150 % of 30 minutes is 45)', () => {
    const setup = aSetup({ waitOverTargetPercent: 150 });
    expect(alarmsOf(aState({ tickets: [longest(44 * MINUTE)] }), setup)).toEqual([]);
    expect(alarmsOf(aState({ tickets: [longest(45 * MINUTE)] }), setup)).toMatchObject([
      { kind: 'over-target', waitedMinutes: 45, percent: 150 },
    ]);
  });

  it('ignores tickets no longer waiting', () => {
    const called = aTicket({ state: 'called', issuedAt: NOW - 90 * MINUTE });
    expect(alarmsOf(aState({ tickets: [called] }))).toEqual([]);
  });
});

describe('deriveAlarms: counter paused too long', () => {
  const paused = (forMs: number, reason?: string) =>
    aState({
      counters: [aCounter({ id: 'platz-2', status: 'paused', pauseReason: reason, since: NOW - forMs })],
    });

  it('rings once a counter has been paused pausedMinutes, not a millisecond before', () => {
    const setup = aSetup({ pausedMinutes: 30 });
    expect(alarmsOf(paused(30 * MINUTE - 1), setup)).toEqual([]);
    expect(alarmsOf(paused(30 * MINUTE, 'Mittagspause'), setup)).toEqual([
      {
        kind: 'paused-long',
        key: 'paused-long:platz-2',
        counterId: 'platz-2',
        reason: 'Mittagspause',
        pausedMinutes: 30,
        limitMinutes: 30,
      },
    ]);
  });

  it('stays silent when the pause has no known start', () => {
    const state = aState({ counters: [aCounter({ status: 'paused', since: undefined })] });
    expect(alarmsOf(state)).toEqual([]);
  });
});

describe('deriveAlarms: nobody serves the service', () => {
  it('rings when people wait for a service no open counter serves today', () => {
    const state = aState({ counters: [aCounter({ activeServiceIds: ['meldung'] })], tickets: waiting(1) });
    expect(alarmsOf(state)).toEqual([
      { kind: 'uncovered', key: 'uncovered:ausweis', serviceId: 'ausweis', waiting: 1 },
    ]);
  });

  it('counts a paused or closed counter as not serving, an open one as serving', () => {
    const counters = [
      aCounter({ id: 'platz-1', status: 'paused', since: NOW }),
      aCounter({ id: 'platz-2', status: 'closed' }),
    ];
    expect(alarmsOf(aState({ counters, tickets: waiting(1) }))).toMatchObject([{ kind: 'uncovered' }]);
    expect(
      alarmsOf(aState({ counters: [...counters, aCounter({ id: 'platz-3' })], tickets: waiting(1) })),
    ).toEqual([]);
  });

  it('stays silent for an unserved service nobody waits for', () => {
    expect(alarmsOf(aState({ counters: [] }))).toEqual([]);
  });
});

describe('deriveAlarms: order', () => {
  it('lists the most urgent kind first: unserved, over target, too many, paused', () => {
    const state = aState({
      counters: [
        aCounter({ id: 'platz-1', activeServiceIds: ['ausweis'] }),
        aCounter({
          id: 'platz-2',
          status: 'paused',
          since: NOW - 40 * MINUTE,
          activeServiceIds: ['ausweis'],
        }),
      ],
      tickets: [
        ...waiting(4),
        aTicket({ serviceId: 'ausweis', issuedAt: NOW - 31 * MINUTE }),
        aTicket({ serviceId: 'fuehrerschein' }),
      ],
    });
    expect(alarmsOf(state).map((a) => a.key)).toEqual([
      'uncovered:fuehrerschein',
      'over-target:ausweis',
      'too-many:ausweis',
      'paused-long:platz-2',
    ]);
  });
});

describe('newAlarms', () => {
  it('names only the alarms that were not there before', () => {
    const now = alarmsOf(aState({ tickets: waiting(4) }), aSetup({ maxWaiting: 2 }));
    expect(newAlarms(new Set(), now)).toEqual(now);
    expect(newAlarms(new Set(['too-many:ausweis']), now)).toEqual([]);
  });
});
