import { describe, expect, it } from 'vitest';
import { Language } from '#protocol/language.ts';
import { formatMinutes, formatTime } from './format.ts';
import { intlLocale, localizedWithLanguage, speechLocale, textDirection } from './locale.ts';
import { t } from './translate.ts';

describe('textDirection', () => {
  it('reads Arabic right to left and every other kiosk language left to right', () => {
    const directions = Object.fromEntries(Language.options.map((l) => [l, textDirection(l)]));
    expect(directions).toEqual({
      de: 'ltr',
      en: 'ltr',
      tr: 'ltr',
      ar: 'rtl',
      ru: 'ltr',
      uk: 'ltr',
      pl: 'ltr',
    });
  });

  it('knows other right-to-left languages by their primary subtag, with or without a region', () => {
    for (const tag of ['ar-SY', 'AR', 'fa', 'he-IL', 'ur', 'ckb']) expect(textDirection(tag)).toBe('rtl');
    for (const tag of ['de-DE', 'el', 'it', 'mk', '']) expect(textDirection(tag)).toBe('ltr');
  });
});

describe('locales', () => {
  it('gives every language a speech tag with a region and an Intl locale that Intl accepts', () => {
    for (const language of Language.options) {
      expect(speechLocale(language)).toMatch(/^[a-z]{2}-[A-Z]{2}$/);
      expect(Intl.DateTimeFormat.supportedLocalesOf([intlLocale(language)])).toHaveLength(1);
    }
  });

  it('shows the clock in Latin digits in every language, Arabic included', () => {
    const at = Date.UTC(2026, 0, 15, 13, 5);
    for (const language of Language.options) expect(formatTime(at, language)).toBe('14:05');
  });

  it('words minutes so that every count reads correctly in languages with many plural forms', () => {
    expect([1, 2, 5, 22].map((n) => formatMinutes(n, 'ru'))).toEqual([
      '1 мин.',
      '2 мин.',
      '5 мин.',
      '22 мин.',
    ]);
    expect(formatMinutes(3, 'pl')).toBe('3 min');
    expect(formatMinutes(3, 'tr')).toBe('3 dakika');
  });
});

describe('catalogs name their language', () => {
  it('names each language in itself, each name different', () => {
    const names = Language.options.map((l) => t(l, 'lang.self'));
    expect(names).toEqual(['Deutsch', 'English', 'Türkçe', 'العربية', 'Русский', 'Українська', 'Polski']);
  });
});

describe('localizedWithLanguage', () => {
  const names = { de: 'Bürgerbüro', en: 'Citizens’ Office' };

  it('takes the translation when the server has one', () => {
    expect(localizedWithLanguage(names, 'en')).toEqual({ text: 'Citizens’ Office', lang: 'en' });
  });

  it('falls back to German and says so, so the page marks the text as German', () => {
    expect(localizedWithLanguage(names, 'ar')).toEqual({ text: 'Bürgerbüro', lang: 'de' });
  });
});
