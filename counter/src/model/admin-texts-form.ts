/**
 * Owns: the small conversions every admin form shares — a text per language, numbers typed as
 * text, ids made from names. Pure.
 */
import type { Language, LocalizedText } from '#protocol/language.ts';

export const LANGUAGES: readonly Language[] = ['de', 'en', 'tr', 'ar', 'ru', 'uk', 'pl'];

export const LANGUAGE_NAMES: Record<Language, string> = {
  de: 'Deutsch',
  en: 'Englisch',
  tr: 'Türkisch',
  ar: 'Arabisch',
  ru: 'Russisch',
  uk: 'Ukrainisch',
  pl: 'Polnisch',
};

/** A text per language as typed; empty means "not given". */
export type TextsForm = Partial<Record<Language, string>>;

export function textsToForm(text: LocalizedText | undefined): TextsForm {
  const form: TextsForm = {};
  for (const language of LANGUAGES) {
    const value = text?.[language];
    if (value !== undefined) form[language] = value;
  }
  return form;
}

/**
 * The languages given, trimmed. A required text with no German part is sent without it, so the
 * server names the German field as missing.
 */
export function textsToBody(form: TextsForm): Record<string, string> {
  const body: Record<string, string> = {};
  for (const language of LANGUAGES) {
    const value = form[language]?.trim();
    if (value) body[language] = value;
  }
  return body;
}

/** An optional text: undefined when no language is given. */
export function optionalTextsToBody(form: TextsForm): Record<string, string> | undefined {
  const body = textsToBody(form);
  return Object.keys(body).length > 0 ? body : undefined;
}

/**
 * A number typed in a field: `null` when empty or not a number, so the server reports the field
 * ("a number is needed") instead of the page guessing a value. German decimal commas are read.
 */
export function numberToBody(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

export const numberToForm = (value: number | undefined): string => (value === undefined ? '' : String(value));

/** `Platz 9` → `platz-9`, `Führerschein` → `fuehrerschein`: an id in the allowed alphabet. */
export function slugify(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}
