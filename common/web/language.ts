/**
 * Owns: the page language — a signal the apps switch, mirrored into `<html lang>` so screen
 * readers and speech use the right voice (WCAG 3.1.1), and into `<html dir>` so right-to-left
 * languages (Arabic) mirror the layout, which the apps build from logical CSS properties — and
 * switching it only once the language's catalog has arrived (`languageSwitch`).
 */
import { effect, signal, type Signal } from '@preact/signals';
import { isLanguage } from '#protocol/language-codes.ts';
import type { Language } from '#protocol/language.ts';
import { loadCatalog } from '#i18n/catalogs.ts';
import { textDirection } from '#i18n/locale.ts';
import { hasCatalog } from '#i18n/translate.ts';

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
  const requested = new URLSearchParams(search).get('lang');
  return isLanguage(requested) && allowed.includes(requested) ? requested : 'de';
}

export function createLanguage(initial: Language = 'de'): Signal<Language> {
  const language = signal<Language>(initial);
  effect(() => {
    document.documentElement.lang = language.value;
    document.documentElement.dir = textDirection(language.value);
  });
  return language;
}

/** Where catalogs come from; tests pass one whose download they control. */
export interface CatalogSource {
  has(language: Language): boolean;
  load(language: Language): Promise<void>;
}

const CATALOGS: CatalogSource = { has: hasCatalog, load: loadCatalog };

/**
 * Returns `switchTo(next)`, which sets `language` to `next` once `next`'s catalog is loaded — at
 * once (synchronously) when it already is, as German always is — so a screen never shows a
 * language whose texts are still missing; until then the page stays in its language. The latest
 * call wins: a choice still loading is dropped when another follows (a reset to German, say). A
 * catalog that cannot be fetched leaves the language as it is; choosing it again tries again.
 */
export function languageSwitch(
  language: Signal<Language>,
  catalogs: CatalogSource = CATALOGS,
): (next: Language) => Promise<void> {
  let latest = 0;
  return async (next) => {
    const request = ++latest;
    if (!catalogs.has(next)) {
      try {
        await catalogs.load(next);
      } catch {
        return;
      }
    }
    if (request === latest) language.value = next;
  };
}
