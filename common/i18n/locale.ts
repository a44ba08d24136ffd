/**
 * Owns: what a language means beyond its words — reading direction, the locale for dates and
 * numbers, the tag a speech voice is chosen by — and which language a server text is shown in.
 * Why by primary subtag: a language added to the protocol later (say `fa` or `ckb`) gets its
 * direction right without touching this file's callers.
 */
import { localized } from '#protocol/language-codes.ts';
import type { Language, LocalizedText } from '#protocol/language.ts';

/** Primary subtags of the languages written right to left (Arabic, Persian, Hebrew, Urdu, …). */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'iw', 'ur', 'ps', 'ckb', 'dv', 'yi', 'sd', 'ug']);

export type TextDirection = 'ltr' | 'rtl';

/** `rtl` for Arabic and the other right-to-left scripts, `ltr` otherwise; accepts `ar-SY` too. */
export function textDirection(language: string): TextDirection {
  const primary = language.toLowerCase().split(/[-_]/)[0] ?? '';
  return RIGHT_TO_LEFT.has(primary) ? 'rtl' : 'ltr';
}

/** The region a voice or a date format is picked by; German forms for the office's own language. */
const REGIONS: Readonly<Record<Language, string>> = {
  de: 'de-DE',
  en: 'en-GB',
  tr: 'tr-TR',
  ar: 'ar-SA', // the Arabic voice most speech engines ship
  ru: 'ru-RU',
  uk: 'uk-UA',
  pl: 'pl-PL',
};

/** BCP 47 tag for `SpeechSynthesisUtterance.lang`. */
export function speechLocale(language: Language): string {
  return REGIONS[language];
}

/**
 * Locale for `Intl` formatters: always the Gregorian calendar and Latin digits. Ticket numbers,
 * the wall display and the printed ticket use Latin digits; a clock in Arabic-Indic digits next to
 * them would confuse.
 */
export function intlLocale(language: Language): string {
  return `${REGIONS[language]}-u-ca-gregory-nu-latn`;
}

/** A server text (service or department name) in `language`, and the language it really is in. */
export function localizedWithLanguage(
  text: LocalizedText,
  language: Language,
): { text: string; lang: string } {
  const translated = text[language];
  return translated ? { text: translated, lang: language } : { text: localized(text, 'de'), lang: 'de' };
}
