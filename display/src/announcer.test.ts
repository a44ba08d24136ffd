import { describe, expect, it } from 'vitest';
import type { CallView } from '#protocol/tickets.ts';
import { announcementText, createAnnouncer, type Voice } from './announcer.ts';

const call = (number: string, counterName = 'Platz 3'): CallView => ({
  number,
  counterId: 'platz-3',
  counterName,
  departmentId: 'buergerbuero',
  calledAt: 0,
  recall: false,
});

/** A voice whose sounds finish only when the test says so, recording what overlaps. */
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
  const voice: Voice = { canPlay: () => canPlay, gong: () => play('gong'), speak: (text) => play(text) };
  const finishOne = async () => {
    waiting.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { voice, log, finishOne, maxActive: () => maxActive };
}

describe('announcer', () => {
  it('says the number the way people say it', () => {
    expect(announcementText(call('A-042'), 'de')).toBe('Wartenummer A 42, bitte zu Platz 3');
    expect(announcementText(call('KFZ-1000', 'Platz 12'), 'en')).toBe(
      'Number KFZ 1000, please go to Platz 12',
    );
  });

  it('plays gong then speech for each call, never two at once, in arrival order', async () => {
    const { voice, log, finishOne, maxActive } = scriptedVoice();
    const announcer = createAnnouncer(voice, () => 'de');
    announcer.announce(call('A-001'));
    announcer.announce(call('A-002'));
    expect(announcer.pending()).toBe(2);
    for (let i = 0; i < 4; i++) await finishOne();
    expect(log).toEqual([
      'gong',
      'Wartenummer A 1, bitte zu Platz 3',
      'gong',
      'Wartenummer A 2, bitte zu Platz 3',
    ]);
    expect(maxActive()).toBe(1);
    expect(announcer.pending()).toBe(0);
  });

  it('stays silent (and saves nothing up) while sound is not allowed', async () => {
    const { voice, log } = scriptedVoice(false);
    const announcer = createAnnouncer(voice, () => 'de');
    announcer.announce(call('A-001'));
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual([]);
    expect(announcer.pending()).toBe(0);
  });

  it('carries on after a sound fails', async () => {
    const log: string[] = [];
    const voice: Voice = {
      canPlay: () => true,
      gong: () => Promise.reject(new Error('audio device gone')),
      speak: async (text) => void log.push(text),
    };
    const announcer = createAnnouncer(voice, () => 'de');
    announcer.announce(call('A-001'));
    announcer.announce(call('A-002'));
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toHaveLength(2);
  });
});
