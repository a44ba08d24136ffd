import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '#protocol/language.ts';
import type { CallView } from '#protocol/tickets.ts';
import {
  announcementText,
  createAnnouncer,
  spokenCounter,
  type AnnounceOptions,
  type Voice,
} from './announcer.ts';

const call = (number: string, o: Partial<CallView> = {}): CallView => ({
  number,
  counterId: 'platz-3',
  counterName: 'Platz 3',
  departmentId: 'buergerbuero',
  calledAt: 0,
  recall: false,
  ...o,
});

const deEn: AnnounceOptions = { gong: true, speech: true, languages: ['de', 'en'] };

/**
 * A voice whose sounds finish only when the test says so (or never), recording every start, end
 * and cancel — so a test sees both the order and whether two sounds ever overlapped.
 */
function scriptedVoice(canPlay = true) {
  const log: string[] = [];
  let active = 0;
  let maxActive = 0;
  const waiting: (() => void)[] = [];
  const play = (what: string) => {
    log.push(what);
    active++;
    maxActive = Math.max(maxActive, active);
    return new Promise<void>((resolve) => waiting.push(() => (active--, resolve())));
  };
  const voice: Voice = {
    canPlay: () => canPlay,
    gong: () => play('gong'),
    speak: (text: string, language: Language) => play(`${language}: ${text}`),
    cancel: () => {
      log.push('cancel');
      if (active > 0) active--;
      waiting.shift();
    },
  };
  const finishOne = async () => {
    waiting.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { voice, log, finishOne, maxActive: () => maxActive };
}

describe('announcementText', () => {
  it('says the number the way people say it, in each language', () => {
    expect(announcementText(call('A-042'), 'de')).toBe('Wartenummer A 42, bitte zu Platz 3');
    expect(announcementText(call('A-042'), 'en')).toBe('Number A 42, please go to counter 3');
    expect(announcementText(call('KFZ-1000', { counterName: 'Platz 12' }), 'en')).toBe(
      'Number KFZ 1000, please go to counter 12',
    );
    expect(announcementText(call('A-042'), 'tr')).toBe('Sıra numarası A 42, lütfen şuraya gelin: gişe 3');
  });

  it('says first that a recall is a recall', () => {
    expect(announcementText(call('A-042', { recall: true }), 'de')).toBe(
      'Erneuter Aufruf: Wartenummer A 42, bitte zu Platz 3',
    );
    expect(announcementText(call('A-042', { recall: true }), 'en')).toBe(
      'Repeated call: Number A 42, please go to counter 3',
    );
  });

  it('says a counter name without a number as it is written', () => {
    expect(spokenCounter('Kasse', 'en')).toBe('Kasse');
    expect(spokenCounter('Schalter B', 'en')).toBe('counter B');
  });
});

describe('announcer', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('plays gong, German, English for each call, never two at once, in arrival order', async () => {
    const { voice, log, finishOne, maxActive } = scriptedVoice();
    const announcer = createAnnouncer(voice, () => deEn);
    announcer.announce(call('A-001'));
    announcer.announce(call('A-002', { recall: true }));
    expect(announcer.pending()).toBe(2);
    for (let i = 0; i < 6; i++) await finishOne();
    expect(log).toEqual([
      'gong',
      'de: Wartenummer A 1, bitte zu Platz 3',
      'en: Number A 1, please go to counter 3',
      'gong',
      'de: Erneuter Aufruf: Wartenummer A 2, bitte zu Platz 3',
      'en: Repeated call: Number A 2, please go to counter 3',
    ]);
    expect(maxActive()).toBe(1);
    expect(announcer.pending()).toBe(0);
  });

  it('waits for the current sound before starting the next, however long it takes', async () => {
    const { voice, log } = scriptedVoice();
    const announcer = createAnnouncer(voice, () => deEn, { gongMs: 60_000, speechMs: 60_000 });
    announcer.announce(call('A-001'));
    announcer.announce(call('A-002'));
    await vi.advanceTimersByTimeAsync(59_000);
    expect(log).toEqual(['gong']);
  });

  it('moves on when speech never ends, and stops the late voice first', async () => {
    const { voice, log, maxActive } = scriptedVoice();
    const announcer = createAnnouncer(voice, () => ({ gong: false, speech: true, languages: ['de'] }), {
      gongMs: 100,
      speechMs: 1000,
    });
    announcer.announce(call('A-001'));
    announcer.announce(call('A-002'));
    await vi.advanceTimersByTimeAsync(999);
    expect(log).toEqual(['de: Wartenummer A 1, bitte zu Platz 3']);
    await vi.advanceTimersByTimeAsync(1);
    expect(log).toEqual([
      'de: Wartenummer A 1, bitte zu Platz 3',
      'cancel',
      'de: Wartenummer A 2, bitte zu Platz 3',
    ]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(announcer.pending()).toBe(0);
    expect(maxActive()).toBe(1);
  });

  it('carries on when a sound fails or throws', async () => {
    const log: string[] = [];
    const voice: Voice = {
      canPlay: () => true,
      gong: () => Promise.reject(new Error('audio device gone')),
      speak: (text) => {
        if (text.includes('A 1,')) throw new Error('speechSynthesis missing');
        log.push(text);
        return Promise.resolve();
      },
      cancel: () => {},
    };
    const announcer = createAnnouncer(voice, () => deEn);
    announcer.announce(call('A-001'));
    announcer.announce(call('A-002'));
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['Wartenummer A 2, bitte zu Platz 3', 'Number A 2, please go to counter 3']);
    expect(announcer.pending()).toBe(0);
  });

  it('leaves out what the settings switch off', async () => {
    const { voice, log, finishOne } = scriptedVoice();
    const announcer = createAnnouncer(voice, () => ({ gong: false, speech: true, languages: ['en'] }));
    announcer.announce(call('A-001'));
    await finishOne();
    expect(log).toEqual(['en: Number A 1, please go to counter 3']);

    const gongOnly = scriptedVoice();
    createAnnouncer(gongOnly.voice, () => ({ gong: true, speech: false, languages: ['de'] })).announce(
      call('A-001'),
    );
    await gongOnly.finishOne();
    expect(gongOnly.log).toEqual(['gong']);
  });

  it('stays silent (and saves nothing up) while sound is not allowed', async () => {
    const { voice, log } = scriptedVoice(false);
    const announcer = createAnnouncer(voice, () => deEn);
    announcer.announce(call('A-001'));
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual([]);
    expect(announcer.pending()).toBe(0);
  });
});
