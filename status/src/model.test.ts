import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signal } from '@preact/signals';
import type { Language } from '#protocol/language.ts';
import type { TicketStatusView } from '#protocol/tickets.ts';
import { offline, type ClientResult } from '#web/client-result.ts';
import {
  DEFAULT_POLL_MS,
  StatusModel,
  stateMessage,
  statusParams,
  type StatusFeedHandlers,
} from './model.ts';

const ID = 'AbCdEfGhIjKlMnOp1234';
const aStatus = (o: Partial<TicketStatusView> = {}): TicketStatusView => ({
  number: 'A-001',
  officeName: 'Stadt Leverkusen – Bürgerservice',
  serviceName: 'Personalausweis / Reisepass beantragen',
  serviceNames: { de: 'Personalausweis / Reisepass beantragen', en: 'Apply for ID card / passport' },
  state: 'waiting',
  peopleAhead: 2,
  issuedAt: 0,
  ...o,
});

describe('statusParams', () => {
  it('reads the ticket id and falls back to polling every 30 s by default', () => {
    expect(statusParams(`?t=${ID}`)).toEqual({ ticketId: ID, pollMs: DEFAULT_POLL_MS });
  });

  it('treats a missing or malformed id as no ticket', () => {
    expect(statusParams('').ticketId).toBeUndefined();
    expect(statusParams('?t=short').ticketId).toBeUndefined();
    expect(statusParams('?t=../../api/offices').ticketId).toBeUndefined();
  });

  it('takes the poll interval in seconds, never below 1 s', () => {
    expect(statusParams(`?t=${ID}&poll=1`).pollMs).toBe(1000);
    expect(statusParams(`?t=${ID}&poll=0.1`).pollMs).toBe(1000);
    expect(statusParams(`?t=${ID}&poll=-5`).pollMs).toBe(1000);
    expect(statusParams(`?t=${ID}&poll=often`).pollMs).toBe(DEFAULT_POLL_MS);
  });
});

describe('stateMessage', () => {
  it('counts the people ahead while waiting', () => {
    expect(stateMessage(aStatus({ peopleAhead: 0 }))).toEqual({
      key: 'status.waiting.zero',
      params: { n: 0 },
      tone: 'waiting',
    });
    expect(stateMessage(aStatus({ peopleAhead: 4 })).key).toBe('status.waiting.other');
  });

  it('names the counter when called, and copes without one', () => {
    expect(stateMessage(aStatus({ state: 'called', counterName: 'Platz 1' }))).toEqual({
      key: 'status.called',
      params: { counter: 'Platz\u00a01' },
      tone: 'call',
    });
    expect(stateMessage(aStatus({ state: 'called' })).key).toBe('status.called.noCounter');
  });

  it.each(['done', 'no_show', 'cancelled', 'expired'] as const)('closes with a message when %s', (state) => {
    expect(stateMessage(aStatus({ state }))).toEqual({ key: `status.${state}`, tone: 'closing' });
  });
});

describe('StatusModel', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  function setup(
    answers: ClientResult<TicketStatusView>[],
    options: { ticketId?: string | undefined; feed?: boolean } = {},
  ) {
    const ticketId = 'ticketId' in options ? options.ticketId : ID;
    const feed = { watching: 0, stopped: 0, on: undefined as StatusFeedHandlers | undefined };
    const asked: string[] = [];
    const fetchStatus = async (id: string) => {
      asked.push(id);
      return answers.shift() ?? { ok: true as const, data: aStatus() };
    };
    const model = new StatusModel({
      ticketId,
      pollMs: 1000,
      fetchStatus,
      ...(options.feed
        ? {
            watch: (_id: string, on: StatusFeedHandlers) => {
              feed.watching++;
              feed.on = on;
              return () => void feed.stopped++;
            },
          }
        : {}),
      language: signal<Language>('de'),
      clock: () => 42,
    });
    return { model, asked, feed };
  }

  it('asks at once, then every interval, and shows the state', async () => {
    const { model, asked } = setup([{ ok: true, data: aStatus({ peopleAhead: 3 }) }]);
    await vi.advanceTimersByTimeAsync(0);
    expect(model.message.value?.params).toEqual({ n: 3 });
    expect(model.updatedAtMs.value).toBe(42);
    expect(model.title.value).toBe('A-001 · wartet – Aufruf');
    await vi.advanceTimersByTimeAsync(2000);
    expect(asked).toHaveLength(3);
    model[Symbol.dispose]();
  });

  it('stops polling at a final state', async () => {
    const { model, asked } = setup([{ ok: true, data: aStatus({ state: 'done' }) }]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(asked).toHaveLength(1);
    expect(model.settled.value).toBe(true);
  });

  it('pauses while hidden and asks again as soon as the page is visible', async () => {
    const { model, asked } = setup([]);
    await vi.advanceTimersByTimeAsync(0);
    model.setVisible(false);
    await vi.advanceTimersByTimeAsync(5000);
    expect(asked).toHaveLength(1);
    model.setVisible(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(asked).toHaveLength(2);
    model[Symbol.dispose]();
  });

  it('keeps the last status when the server is unreachable, and recovers', async () => {
    const { model } = setup([{ ok: true, data: aStatus() }, offline('no network')]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(model.problem.value).toBe('unreachable');
    expect(model.view.value?.number).toBe('A-001');
    await vi.advanceTimersByTimeAsync(1000);
    expect(model.problem.value).toBeUndefined();
    model[Symbol.dispose]();
  });

  it('shows an unknown ticket and stops asking', async () => {
    const { model, asked } = setup([{ ok: false, error: { code: 'not_found', message: 'no such ticket' } }]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(model.problem.value).toBe('unknown');
    expect(asked).toHaveLength(1);
  });

  it('asks nothing without a ticket id', async () => {
    const { model, asked } = setup([], { ticketId: undefined });
    await vi.advanceTimersByTimeAsync(5000);
    expect(asked).toEqual([]);
    expect(model.problem.value).toBe('unknown');
  });

  it('follows the socket feed and polls only while it is down', async () => {
    const { model, asked, feed } = setup([], { feed: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(asked).toHaveLength(1); // the first status, before the socket is up
    feed.on!.connected(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(asked).toHaveLength(1);
    feed.on!.status(aStatus({ peopleAhead: 1, waitEstimate: { lowMinutes: 5, highMinutes: 10 } }));
    expect(model.message.value?.key).toBe('status.waiting.one');
    expect(model.estimate.value).toEqual({ lowMinutes: 5, highMinutes: 10 });

    // The feed drops: ask at once, then every interval until it is back.
    feed.on!.connected(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(asked).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(asked).toHaveLength(3);
    feed.on!.connected(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(asked).toHaveLength(3);
    model[Symbol.dispose]();
  });

  it('shows no wait estimate once the ticket is called, and leaves the feed at a final state', async () => {
    const { model, feed } = setup([], { feed: true });
    await vi.advanceTimersByTimeAsync(0);
    feed.on!.status(
      aStatus({ state: 'called', counterName: 'Platz 1', waitEstimate: { lowMinutes: 0, highMinutes: 5 } }),
    );
    expect(model.estimate.value).toBeUndefined();
    expect(feed.stopped).toBe(0);
    feed.on!.status(aStatus({ state: 'done' }));
    expect(model.settled.value).toBe(true);
    expect([feed.watching, feed.stopped]).toEqual([1, 1]);
  });
});
