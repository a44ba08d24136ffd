/**
 * Owns: the page language — a signal the apps switch, mirrored into `<html lang>` so screen
 * readers and speech use the right voice (WCAG 3.1.1), and into `<html dir>` so right-to-left
 * languages (Arabic) mirror the layout, which the apps build from logical CSS properties.
 */
import { effect, signal, type Signal } from '@preact/signals';
import { Language } from '#protocol/language.ts';
import { textDirection } from '#i18n/locale.ts';

/**
 * The languages staff apps offer (counter, display, status page). The catalogs cover every
 * protocol language; the kiosk offers all of them.
 */
export const STAFF_LANGUAGES: readonly Language[] = ['de', 'en'];

/** The language named by `?lang=` if `allowed` has it, German otherwise. */
export function initialLanguage(
  search: string = window.location.search,
  allowed: readonly Language[] = STAFF_LANGUAGES,
): Language {
  const parsed = Language.safeParse(new URLSearchParams(search).get('lang'));
  return parsed.success && allowed.includes(parsed.data) ? parsed.data : 'de';
}

export function createLanguage(initial: Language = 'de'): Signal<Language> {
  const language = signal<Language>(initial);
  effect(() => {
    document.documentElement.lang = language.value;
    document.documentElement.dir = textDirection(language.value);
  });
  return language;
}
