import { describe, expect, it, vi } from 'vitest';
import { ErrorCode } from '#protocol/result.ts';
import { Language } from '#protocol/language.ts';
import { importCatalog } from './catalogs.ts';
import { de, type Catalog } from './de.ts';
import { LANGUAGE_CHOICE } from './language-choice.ts';
import { errorKey, errorText, interpolate, t } from './translate.ts';
import { formatMinutes, formatTime, formatWaitEstimate, minutesBetween } from './format.ts';

const catalogs = Object.fromEntries(
  await Promise.all(Language.options.map(async (language) => [language, await importCatalog(language)])),
) as Record<Language, Catalog>;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogs', () => {
  it('has a catalog for every protocol language', () => {
    expect(Object.keys(catalogs).sort()).toEqual([...Language.options].sort());
  });

  it.each(Language.options)(
    '%s takes its name and the start screen’s hint from the language choice',
    (language) => {
      expect(catalogs[language]).toMatchObject(LANGUAGE_CHOICE[language]);
    },
  );

  it.each(Language.options)('%s has exactly the keys of German, none empty', (language) => {
    const catalog = catalogs[language];
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(de).sort());
    for (const text of Object.values(catalog)) expect(text.trim()).not.toBe('');
  });

  it.each(Language.options)('%s uses the same placeholders as German', (language) => {
    for (const [key, text] of Object.entries(catalogs[language])) {
      expect([key, placeholders(text)]).toEqual([key, placeholders(de[key as keyof typeof de])]);
    }
  });

  it.each(Language.options.filter((l) => l !== 'de'))(
    '%s translates every kiosk text instead of copying the German one',
    (language) => {
      const copied = Object.entries(catalogs[language]).filter(
        ([key, text]) => key.startsWith('kiosk.') && text === de[key as keyof typeof de],
      );
      expect(copied).toEqual([]);
    },
  );

  it.each(Language.options)('%s explains every error code and the offline case', (language) => {
    for (const code of [...ErrorCode.options, 'offline' as const]) {
      expect(catalogs[language][errorKey(code)]).toBeTruthy();
    }
  });
});

describe('t', () => {
  it('fills in named parameters', () => {
    expect(t('de', 'display.speech', { number: 'A 42', counter: 'Platz 3' })).toBe(
      'Wartenummer A 42, bitte zu Platz 3',
    );
    expect(t('en', 'kiosk.ticket.peopleAhead.other', { n: 4 })).toBe('4 people are waiting ahead of you.');
  });

  it('knows every language’s name and start hint before its catalog is loaded', async () => {
    vi.resetModules();
    const fresh = await import('./translate.ts');
    expect(fresh.hasCatalog('uk')).toBe(false);
    expect(fresh.t('uk', 'lang.self')).toBe('Українська');
    expect(fresh.t('uk', 'kiosk.start.chooseLanguage')).toBe('Будь ласка, оберіть мову внизу.');
    expect(fresh.t('uk', 'kiosk.back')).toBe(de['kiosk.back']);
  });

  it('leaves an unknown placeholder visible', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('translates an error by its code, never by the server message', () => {
    expect(errorText('de', { code: 'queue_empty' })).toBe('Niemand wartet auf diesen Platz.');
    expect(errorText('en', { code: 'something_new' })).toBe('An internal error occurred.');
  });
});

describe('formatters', () => {
  it('shows wall-clock time in Europe/Berlin', () => {
    // 2026-01-15T13:05:09Z is 14:05 in Berlin (CET, UTC+1); 2026-07-15T13:05Z is 15:05 (CEST).
    expect(formatTime(Date.UTC(2026, 0, 15, 13, 5, 9), 'de')).toBe('14:05');
    expect(formatTime(Date.UTC(2026, 6, 15, 13, 5, 9), 'en', { seconds: true })).toBe('15:05:09');
  });

  it('counts whole minutes and never goes negative', () => {
    expect(minutesBetween(0, 119_999)).toBe(1);
    expect(minutesBetween(10_000, 0)).toBe(0);
  });

  it('words a wait estimate as a range that does not break at its dash', () => {
    const text = formatWaitEstimate({ lowMinutes: 10, highMinutes: 20 }, 'de');
    expect(text).toBe('Geschätzte Wartezeit: 10\u2060–\u206020 Minuten');
    expect(text.replaceAll('\u2060', '')).toBe('Geschätzte Wartezeit: 10–20 Minuten');
    expect(formatWaitEstimate({ lowMinutes: 5, highMinutes: 15 }, 'ru').replaceAll('\u2060', '')).toBe(
      'Примерное время ожидания: 5–15 мин.',
    );
  });

  it('words minutes with the plural of the language', () => {
    expect(formatMinutes(1, 'de')).toBe('1 Minute');
    expect(formatMinutes(5, 'de')).toBe('5 Minuten');
    expect(formatMinutes(0, 'en')).toBe('0 minutes');
  });
});
