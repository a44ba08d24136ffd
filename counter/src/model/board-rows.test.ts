import { describe, expect, it } from 'vitest';
import { MINUTE, NOW, aCounter, aSetup, aState, aTicket } from './board-fixtures.ts';
import { counterRows, idleSince, noteReleases, serverNowMs, serviceRows } from './board-rows.ts';

describe('serverNowMs', () => {
  it('corrects the local clock by the offset measured at the snapshot', () => {
    expect(serverNowMs(aState({ serverOffsetMs: 90_000 }), NOW)).toBe(NOW + 90_000);
    expect(serverNowMs(aState({ serverOffsetMs: -5_000 }), NOW)).toBe(NOW - 5_000);
  });
});

describe('serviceRows', () => {
  it('counts who waits per service and finds the longest wait by when the number was drawn', () => {
    const oldest = aTicket({ serviceId: 'ausweis', issuedAt: NOW - 12 * MINUTE, queuedAt: NOW - 2 * MINUTE });
    const state = aState({
      tickets: [
        aTicket({ serviceId: 'ausweis', issuedAt: NOW - 5 * MINUTE, queuedAt: NOW - 20 * MINUTE }),
        oldest,
        aTicket({ serviceId: 'ausweis', issuedAt: NOW - 30 * MINUTE, state: 'called' }),
        aTicket({ serviceId: 'meldung', issuedAt: NOW - MINUTE }),
      ],
    });
    const [ausweis, meldung, fuehrerschein] = serviceRows(state, aSetup(), NOW);
    expect(ausweis).toMatchObject({
      serviceId: 'ausweis',
      waiting: 2,
      longest: { number: oldest.number, waitedMs: 12 * MINUTE },
      targetWaitMinutes: 30,
      targetPercent: 40,
      level: 'ok',
    });
    expect(meldung).toMatchObject({ waiting: 1, targetPercent: 5 });
    expect(fuehrerschein).toMatchObject({ waiting: 0, level: 'none', longest: undefined });
  });

  it('marks a wait close to the alarm from 75 % of the threshold and over it from the threshold', () => {
    const rowFor = (waitedMinutes: number) =>
      serviceRows(
        aState({ tickets: [aTicket({ issuedAt: NOW - waitedMinutes * MINUTE })] }),
        aSetup({ waitOverTargetPercent: 100 }),
        NOW,
      )[0];
    expect(rowFor(22)?.level).toBe('ok');
    expect(rowFor(22.5)?.level).toBe('near');
    expect(rowFor(29.99)?.level).toBe('near');
    expect(rowFor(30)?.level).toBe('over');
  });

  it('measures the wait on the server clock, not the local one', () => {
    const state = aState({ serverOffsetMs: 10 * MINUTE, tickets: [aTicket({ issuedAt: NOW })] });
    expect(serviceRows(state, aSetup(), serverNowMs(state, NOW))[0]?.longest?.waitedMs).toBe(10 * MINUTE);
  });

  it("takes the newcomer's estimate from the queues and counts the open counters serving it today", () => {
    const state = aState({
      counters: [
        aCounter({ id: 'platz-1', activeServiceIds: ['ausweis'] }),
        aCounter({ id: 'platz-2', status: 'paused', activeServiceIds: ['ausweis', 'meldung'] }),
        aCounter({ id: 'platz-3', serviceIds: ['ausweis', 'meldung'], activeServiceIds: ['ausweis'] }),
      ],
      queues: [{ serviceId: 'ausweis', waiting: 0, waitEstimate: { lowMinutes: 5, highMinutes: 15 } }],
    });
    const [ausweis, meldung] = serviceRows(state, aSetup(), NOW);
    expect(ausweis).toMatchObject({ estimate: { lowMinutes: 5, highMinutes: 15 }, openCounters: 2 });
    // Platz 2 is paused and Platz 3 set meldung aside for today.
    expect(meldung).toMatchObject({ estimate: undefined, openCounters: 0 });
  });
});

describe('counterRows', () => {
  it('shows a closed counter as closed and a paused one with its reason and how long', () => {
    const state = aState({
      counters: [
        aCounter({ id: 'platz-1', status: 'closed', clerk: undefined }),
        aCounter({ id: 'platz-2', status: 'paused', pauseReason: 'Mittagspause', since: NOW - 7 * MINUTE }),
      ],
    });
    expect(counterRows(state, NOW).map((r) => r.activity)).toEqual([
      { kind: 'closed' },
      { kind: 'paused', reason: 'Mittagspause', forMs: 7 * MINUTE },
    ]);
  });

  it('times a called number from its call and a served one from the start of service', () => {
    const called = aTicket({ state: 'called', calledAt: NOW - 40_000, counterId: 'platz-1' });
    const serving = aTicket({
      state: 'serving',
      calledAt: NOW - 9 * MINUTE,
      startedAt: NOW - 8 * MINUTE,
      counterId: 'platz-2',
    });
    const state = aState({
      tickets: [called, serving],
      counters: [
        aCounter({ id: 'platz-1', currentTicketId: called.id }),
        aCounter({ id: 'platz-2', currentTicketId: serving.id }),
      ],
    });
    expect(counterRows(state, NOW).map((r) => r.activity)).toEqual([
      { kind: 'called', ticket: called, forMs: 40_000 },
      { kind: 'serving', ticket: serving, forMs: 8 * MINUTE },
    ]);
  });

  it('runs the timer on the server clock from serverOffsetMs', () => {
    const serving = aTicket({ state: 'serving', calledAt: NOW, startedAt: NOW, counterId: 'platz-1' });
    const state = aState({
      serverOffsetMs: 3 * MINUTE,
      tickets: [serving],
      counters: [aCounter({ currentTicketId: serving.id })],
    });
    // The local clock says NOW; the server is three minutes ahead.
    expect(counterRows(state, serverNowMs(state, NOW))[0]?.activity).toMatchObject({ forMs: 3 * MINUTE });
  });

  it('shows an idle counter free since its last release, or since it opened when it called nobody', () => {
    const opened = aCounter({ since: NOW - 20 * MINUTE });
    expect(counterRows(aState({ counters: [opened] }), NOW)[0]?.activity).toEqual({
      kind: 'idle',
      forMs: 20 * MINUTE,
    });
    expect(
      counterRows(aState({ counters: [opened] }), NOW, { 'platz-1': NOW - 2 * MINUTE })[0]?.activity,
    ).toEqual({ kind: 'idle', forMs: 2 * MINUTE });
  });
});

describe('idleSince', () => {
  const call = (counterId: string, calledAt: number) => ({
    number: 'A-001',
    counterId,
    counterName: counterId,
    departmentId: 'bb',
    calledAt,
    recall: false,
  });

  it('does not claim a time after a reload when the counter has called someone since it opened', () => {
    const counter = aCounter({ since: NOW - 30 * MINUTE });
    const state = aState({ counters: [counter], recentCalls: [call('platz-1', NOW - 10 * MINUTE)] });
    expect(idleSince(state, counter, {})).toBeUndefined();
  });

  it('does not claim a time when the recent calls do not reach back to the opening', () => {
    const counter = aCounter({ since: NOW - 30 * MINUTE });
    const calls = Array.from({ length: 12 }, (_, i) => call('platz-2', NOW - i * MINUTE));
    expect(idleSince(aState({ counters: [counter], recentCalls: calls }), counter, {})).toBeUndefined();
    expect(idleSince(aState({ counters: [counter], recentCalls: calls.slice(0, 11) }), counter, {})).toBe(
      NOW - 30 * MINUTE,
    );
  });
});

describe('noteReleases', () => {
  it('notes when a counter let its ticket go, and nothing for counters that keep or take one', () => {
    const held = aTicket({ state: 'serving', counterId: 'platz-1' });
    const before = aState({
      tickets: [held],
      counters: [aCounter({ id: 'platz-1', currentTicketId: held.id }), aCounter({ id: 'platz-2' })],
    });
    const after = aState({ counters: [aCounter({ id: 'platz-1' }), aCounter({ id: 'platz-2' })] });
    expect(noteReleases({}, before, after, NOW)).toEqual({ 'platz-1': NOW });
    expect(noteReleases({ 'platz-2': NOW - MINUTE }, before, before, NOW)).toEqual({
      'platz-2': NOW - MINUTE,
    });
    expect(noteReleases({}, after, before, NOW)).toEqual({});
  });
});
