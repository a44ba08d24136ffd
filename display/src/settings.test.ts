import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPLAY_OPTIONS, DisplaySettings } from '#protocol/display.ts';
import { parseDisplaySettings, settingsAfter } from './settings.ts';

const answer = {
  deviceId: 'display-1',
  officeIds: ['leverkusen'],
  layout: 'portrait',
  historyRows: 3,
  languages: ['de', 'en'],
  rotateSeconds: 8,
  announce: { gong: true, speech: true, languages: ['de', 'en'] },
  showQueues: true,
  ticker: { de: 'Hinweis', en: 'Notice' },
  autoplay: true,
};

describe('display settings', () => {
  it('takes a valid answer and fills in defaults for keys it leaves out', () => {
    const settings = parseDisplaySettings({ deviceId: 'display-1', officeIds: ['leverkusen'] });
    expect(settings).toMatchObject({ layout: 'auto', historyRows: 6, languages: ['de'], rotateSeconds: 12 });
    expect(settings?.announce).toEqual({ gong: true, speech: true, languages: ['de'] });
    expect(parseDisplaySettings(answer)).toMatchObject({ layout: 'portrait', historyRows: 3 });
  });

  it('rejects answers that are not display settings', () => {
    expect(parseDisplaySettings('<html>proxy error</html>')).toBeUndefined();
    expect(parseDisplaySettings({ ...answer, historyRows: 50 })).toBeUndefined();
    expect(parseDisplaySettings({ ...answer, languages: ['xx'] })).toBeUndefined();
    expect(parseDisplaySettings({ ...answer, announce: { languages: ['de', 'en', 'tr'] } })).toBeUndefined();
  });

  it('uses the defaults when the token is refused or the answer is wrong', () => {
    const previous = parseDisplaySettings(answer);
    const refused = { ok: false, error: { code: 'not_authenticated', message: '401' } } as const;
    expect(settingsAfter(previous, refused)).toEqual(DEFAULT_DISPLAY_OPTIONS);
    expect(settingsAfter(previous, { ok: true, data: { layout: 'sideways' } })).toEqual(
      DEFAULT_DISPLAY_OPTIONS,
    );
    expect(settingsAfter(undefined, { ok: true, data: answer })).toMatchObject({ layout: 'portrait' });
  });

  it('keeps the last settings while the server cannot be reached', () => {
    const previous = parseDisplaySettings(answer);
    const offline = { ok: false, error: { code: 'offline', message: 'fetch failed' } } as const;
    expect(settingsAfter(previous, offline)).toBe(previous);
    expect(settingsAfter(undefined, offline)).toEqual(DEFAULT_DISPLAY_OPTIONS);
  });
});

describe('the check by hand', () => {
  const base = { deviceId: 'display-1', officeIds: ['leverkusen'] };
  const samples: unknown[] = [
    answer,
    base,
    { ...base, departments: ['buergerbuero'], services: ['ausweis'], counters: ['platz-1'] },
    {
      ...base,
      layout: 'landscape',
      historyRows: 0,
      rotateSeconds: 120,
      languages: ['de', 'en', 'tr', 'ar', 'ru', 'uk', 'pl'],
    },
    { ...base, announce: { gong: false } },
    { ...base, announce: { languages: ['ar'] }, ticker: { de: 'x', tr: 'y' } },
    { ...base, historyRows: 21 },
    { ...base, historyRows: 2.5 },
    { ...base, rotateSeconds: 4 },
    { ...base, languages: [] },
    { ...base, layout: 'sideways' },
    { ...base, departments: 'buergerbuero' },
    { ...base, counters: null },
    { ...base, ticker: { en: 'no German' } },
    { ...base, ticker: { de: '' } },
    { ...base, announce: { gong: 'yes' } },
    { ...base, announce: { volume: 3 } },
    { ...base, announce: null },
    { ...base, colour: 'blue' },
    { ...base, autoplay: 1 },
    { officeIds: ['leverkusen'] },
    { deviceId: 'display-1' },
    [],
    42,
  ];

  it('accepts and completes exactly what the protocol schema does', () => {
    for (const sample of samples) {
      const schema = DisplaySettings.safeParse(sample);
      expect([sample, parseDisplaySettings(sample)]).toEqual([
        sample,
        schema.success ? schema.data : undefined,
      ]);
    }
  });
});
