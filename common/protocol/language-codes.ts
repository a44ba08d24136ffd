/**
 * Owns: the protocol's languages as plain values — the list, a check for one, and picking a
 * server text in a language. No zod here: the kiosk and the display use these in the browser
 * without loading the schemas (`Language` in language.ts is the schema made from this list).
 */
import type { Language, LocalizedText } from './language.ts';

/** Languages with a full message catalog. German first; more catalogs can be added without code. */
export const LANGUAGES = ['de', 'en', 'tr', 'ar', 'ru', 'uk', 'pl'] as const;

/** Whether `value` is one of the protocol's languages (a `?lang=` parameter, say). */
export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** The text in `language`, German when it has none. */
export function localized(text: LocalizedText, language: string): string {
  return text[language] ?? text.de;
}
