import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signal } from '@preact/signals';
import { DEFAULT_DISPLAY_OPTIONS, type DisplayOptions } from '#protocol/display.ts';
import type { Language } from '#protocol/language.ts';
import type { CallView, TicketView } from '#protocol/tickets.ts';
import type { OfficeSnapshot } from '#protocol/snapshots.ts';
import type { OfficeView } from '#protocol/office.ts';
import { createFakeConnection } from '#web/fake-connection.ts';
import { OfficeModel } from '#web/office-model.ts';
import type { CallFilter } from './filter.ts';
import { DisplayModel, FRESH_MS } from './model.ts';

// A multiple of 12 s, so the language rotation starts a slot here.
const NOW = Date.UTC(2026, 10, 25, 9, 0);

const call = (number: string, calledAt: number, o: Partial<CallView> = {}): CallView => ({
  number,
  counterId: 'platz-3',
  counterName: 'Platz 3',
  departmentId: 'buergerbuero',
  serviceId: 'ausweis',
  calledAt,
  recall: false,
  ...o,
});
const ticket = { id: 'tttttttttttttttt', state: 'called' } as TicketView;
const snapshot = (recentCalls: CallView[], seq = 5): OfficeSnapshot => ({
  officeId: 'buergerbuero',
  seq,
  businessDay: '2026-11-25',
  serverTime: Date.now(),
  tickets: [],
  counters: [],
  recentCalls,
  queues: [],
});

function setup(
  options: Partial<DisplayOptions> = {},
  more: { urlFilter?: CallFilter; pinned?: Language } = {},
) {
  const connection = createFakeConnection();
  const announced: string[] = [];
  const settings = signal<DisplayOptions | undefined>({ ...DEFAULT_DISPLAY_OPTIONS, ...options });
  const language = signal<Language>('de');
  const unlocked = signal(true);
  const autoplayTries: number[] = [];
  const model = new DisplayModel({
    connection,
    offices: new OfficeModel(connection),
    setup: { settings, catalog: signal<readonly OfficeView[]>([]) },
    announcer: { announce: (c) => void announced.push(c.number), pending: () => 0 },
    sound: {
      unlocked,
      unlock: async () => void (unlocked.value = true),
      tryAutoplay: async () => void autoplayTries.push(Date.now()),
    },
    urlFilter: more.urlFilter ?? {},
    pinnedLanguage: more.pinned,
    language,
    viewportIsPortrait: signal(false),
  });
  let seq = 5;
  const callFact = (c: CallView) =>
    connection.pushFact({
      name: c.recall ? 'ticket:recalled' : 'ticket:called',
      payload: { officeId: 'buergerbuero', seq: ++seq, at: c.calledAt, ticket, call: c },
    });
  return { connection, model, announced, callFact, settings, language, unlocked, autoplayTries };
}

describe('display model', () => {
  beforeEach(() => void vi.useFakeTimers({ now: NOW }));
  afterEach(() => void vi.useRealTimers());

  it('shows calls from a snapshot without announcing them, as many history rows as set', () => {
    const { connection, model, announced } = setup({ historyRows: 3 });
    const calls = Array.from({ length: 9 }, (_, i) => call(`A-00${9 - i}`, 100 - i));
    connection.pushSnapshot(snapshot(calls));
    expect(model.latest.value?.number).toBe('A-009');
    expect(model.history.value.map((c) => c.number)).toEqual(['A-008', 'A-007', 'A-006']);
    expect(model.fresh.value).toBe(false);
    expect(announced).toEqual([]);
  });

  it('shows no history with historyRows 0', () => {
    const { connection, model } = setup({ historyRows: 0 });
    connection.pushSnapshot(snapshot([call('A-002', 2), call('A-001', 1)]));
    expect(model.history.value).toEqual([]);
  });

  it('announces a live call and highlights it for 10 seconds', () => {
    const { connection, model, announced, callFact } = setup();
    connection.pushSnapshot(snapshot([]));
    callFact(call('A-042', NOW - 1000));
    expect(model.latest.value?.number).toBe('A-042');
    expect(announced).toEqual(['A-042']);
    expect(model.fresh.value).toBe(true);
    vi.advanceTimersByTime(FRESH_MS);
    expect(model.fresh.value).toBe(false);
  });

  it('shows but does not announce a call replayed long after it was made', () => {
    const { connection, model, announced, callFact } = setup();
    connection.pushSnapshot(snapshot([]));
    callFact(call('A-007', Date.now() - 5 * 60_000));
    expect(model.latest.value?.number).toBe('A-007');
    expect(announced).toEqual([]);
  });

  it('after a reconnect shows the calls missed while offline but announces only later ones', () => {
    const { connection, model, announced, callFact } = setup();
    connection.pushSnapshot(snapshot([]));
    connection.online.value = false;
    connection.online.value = true;
    // Socket.IO replays what was missed before the requested snapshot arrives.
    callFact(call('A-001', NOW - 3000));
    connection.pushSnapshot(snapshot([call('A-001', NOW - 3000)], 6));
    expect(model.latest.value?.number).toBe('A-001');
    expect(announced).toEqual([]);
    expect(model.fresh.value).toBe(false);

    callFact(call('A-002', NOW - 500));
    expect(announced).toEqual(['A-002']);
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
    callFact(call('A-042', NOW - 1000, { recall: true }));
    expect(model.latest.value?.recall).toBe(true);
    expect(announced).toEqual(['A-042']);
  });

  it('neither shows nor announces calls the settings filter out', () => {
    const { connection, model, announced, callFact } = setup({ departments: ['strassenverkehr'] });
    connection.pushSnapshot(snapshot([]));
    callFact(call('A-001', NOW - 2000));
    callFact(call('K-001', NOW - 1000, { departmentId: 'strassenverkehr', serviceId: 'kfz' }));
    expect(model.latest.value?.number).toBe('K-001');
    expect(model.history.value).toEqual([]);
    expect(announced).toEqual(['K-001']);
  });

  it('lets the URL filter override the settings filter', () => {
    const { connection, model } = setup(
      { departments: ['strassenverkehr'] },
      { urlFilter: { departments: new Set(['buergerbuero']) } },
    );
    connection.pushSnapshot(
      snapshot([call('K-001', 2, { departmentId: 'strassenverkehr' }), call('A-001', 1)]),
    );
    expect(model.latest.value?.number).toBe('A-001');
  });

  it('rotates the screen language on schedule and follows a settings change', () => {
    const { model, settings } = setup({ languages: ['de', 'en', 'ar'], rotateSeconds: 12 });
    expect(model.language.value).toBe('de');
    vi.advanceTimersByTime(12_000);
    expect(model.language.value).toBe('en');
    vi.advanceTimersByTime(12_000);
    expect(model.language.value).toBe('ar');
    settings.value = { ...DEFAULT_DISPLAY_OPTIONS, languages: ['tr'] };
    expect(model.language.value).toBe('tr');
    vi.advanceTimersByTime(60_000);
    expect(model.language.value).toBe('tr');
  });

  it('keeps ?lang= as the only language', () => {
    const { model } = setup({ languages: ['de', 'en'], rotateSeconds: 5 }, { pinned: 'en' });
    vi.advanceTimersByTime(30_000);
    expect(model.language.value).toBe('en');
    expect(model.mainLanguage.value).toBe('en');
  });

  it('tries to start sound by itself only when the settings allow autoplay', () => {
    const muted = setup({ autoplay: false }, {});
    muted.unlocked.value = false;
    expect(muted.autoplayTries).toEqual([]);
    const { settings, unlocked, autoplayTries } = setup({ autoplay: false });
    unlocked.value = false;
    settings.value = { ...DEFAULT_DISPLAY_OPTIONS, autoplay: true };
    expect(autoplayTries).toHaveLength(1);
  });
});
