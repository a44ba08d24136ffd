import { describe, expect, it } from 'vitest';
import type { CounterView, TicketView } from '#protocol/tickets.ts';
import {
  detectArrivals,
  isIdle,
  loadSoundSetting,
  saveSoundSetting,
  shouldChime,
  SOUND_SETTING_KEY,
} from './arrivals.ts';

const ids = (...list: string[]) => list.map((id) => ({ id }));

describe('detectArrivals', () => {
  it('takes the first look as the baseline', () => {
    expect(detectArrivals(undefined, ids('a', 'b'), ['s']).arrived).toEqual([]);
  });

  it('reports who was not waiting at the last look, not who left', () => {
    const first = detectArrivals(undefined, ids('a', 'b'), ['s']);
    const second = detectArrivals(first.watch, ids('b', 'c', 'd'), ['s']);
    expect(second.arrived).toEqual(['c', 'd']);
    expect(detectArrivals(second.watch, ids('d'), ['s']).arrived).toEqual([]);
  });

  it('starts a new baseline when today’s services change, in any order', () => {
    const first = detectArrivals(undefined, ids('a'), ['s', 't']);
    expect(detectArrivals(first.watch, ids('a', 'b'), ['t', 's']).arrived).toEqual(['b']);
    expect(detectArrivals(first.watch, ids('a', 'b'), ['s', 't', 'u']).arrived).toEqual([]);
  });
});

describe('when the signal sounds', () => {
  const counter = (o: Partial<CounterView> = {}) =>
    ({ id: 'p', status: 'open', serviceIds: [], activeServiceIds: [], ...o }) as unknown as CounterView;

  it('is idle only when open with nobody at the counter', () => {
    expect(isIdle(counter(), undefined)).toBe(true);
    expect(isIdle(counter(), { id: 't' } as TicketView)).toBe(false);
    expect(isIdle(counter({ status: 'paused' }), undefined)).toBe(false);
    expect(isIdle(undefined, undefined)).toBe(false);
  });

  it('needs an arrival, a free counter and the sound switched on', () => {
    expect(shouldChime(1, true, true)).toBe(true);
    expect(shouldChime(0, true, true)).toBe(false);
    expect(shouldChime(2, false, true)).toBe(false);
    expect(shouldChime(2, true, false)).toBe(false);
  });
});

describe('the sound setting', () => {
  it('is on by default and remembers off and on', () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    };
    expect(loadSoundSetting(storage)).toBe(true);
    saveSoundSetting(storage, false);
    expect(data.get(SOUND_SETTING_KEY)).toBe('off');
    expect(loadSoundSetting(storage)).toBe(false);
    saveSoundSetting(storage, true);
    expect(loadSoundSetting(storage)).toBe(true);
  });

  it('counts as on when the browser refuses the storage', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceeded');
      },
    };
    expect(loadSoundSetting(broken)).toBe(true);
    expect(() => saveSoundSetting(broken, false)).not.toThrow();
    expect(loadSoundSetting(undefined)).toBe(true);
  });
});
