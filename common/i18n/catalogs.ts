/**
 * Owns: loading a language's catalog when it is needed. German comes with every page (the
 * fallback and the first screen); each other catalog is a chunk of its own that the browser
 * fetches when its language is chosen, so a kiosk does not download seven catalogs to show one.
 * The Record type makes a protocol language without a catalog a compile error.
 */
import type { Language } from '#protocol/language.ts';
import { de, type Catalog } from './de.ts';
import { addCatalog, hasCatalog } from './translate.ts';

const IMPORTS: Readonly<Record<Language, () => Promise<Catalog>>> = {
  de: () => Promise.resolve(de),
  en: () => import('./en.ts').then((m) => m.en),
  tr: () => import('./tr.ts').then((m) => m.tr),
  ar: () => import('./ar.ts').then((m) => m.ar),
  ru: () => import('./ru.ts').then((m) => m.ru),
  uk: () => import('./uk.ts').then((m) => m.uk),
  pl: () => import('./pl.ts').then((m) => m.pl),
};

/** The catalog of `language`, without making it current for `t()` (tests compare catalogs). */
export function importCatalog(language: Language): Promise<Catalog> {
  return IMPORTS[language]();
}

/** Loads the catalog of `language` for `t()`; at once when it is there. Rejects when it cannot be fetched. */
export async function loadCatalog(language: Language): Promise<void> {
  if (!hasCatalog(language)) addCatalog(language, await importCatalog(language));
}

/** Loads several catalogs (a display's rotation, Node tools and tests that use every language). */
export async function loadCatalogs(languages: readonly Language[]): Promise<void> {
  await Promise.all(languages.map(loadCatalog));
}
