/**
 * Owns: looking up a message by language and key, and filling in `{name}` parameters.
 * Does not: know about the DOM or the current language — callers pass it, so the printer and
 * the apps share the same function — or fetch catalogs: German is always here, the others once
 * catalogs.ts has loaded them (until then a text shows in German; apps wait for the load before
 * they switch, see common/web/language.ts).
 */
import type { Language } from '#protocol/language.ts';
import type { ErrorCode } from '#protocol/result.ts';
import { de, type Catalog, type MessageKey } from './de.ts';
import { LANGUAGE_CHOICE } from './language-choice.ts';

export type { Catalog, MessageKey } from './de.ts';
export type Params = Readonly<Record<string, string | number>>;

/** The catalogs at hand: German from the start, every other one once it has been loaded. */
const loaded = new Map<Language, Catalog>([['de', de]]);

/** Makes `catalog` the texts of `language` (catalogs.ts calls it after loading one). */
export function addCatalog(language: Language, catalog: Catalog): void {
  loaded.set(language, catalog);
}

/** Whether `t()` has every text of `language` (German always has). */
export function hasCatalog(language: Language): boolean {
  return loaded.has(language);
}

/** Replaces `{name}` with `params.name`; unknown placeholders stay visible so a missing param is noticed. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * The message for `key` in `language`; German when that catalog lacks it or is not loaded — except
 * the language picker's texts, which every language has from the start (language-choice.ts).
 */
export function t(language: Language, key: MessageKey, params?: Params): string {
  const choice: Partial<Record<MessageKey, string>> | undefined = LANGUAGE_CHOICE[language];
  return interpolate(loaded.get(language)?.[key] ?? choice?.[key] ?? de[key], params);
}

/** Errors the client produces itself: no answer within the ack timeout. */
export type ClientErrorCode = ErrorCode | 'offline';

/** The catalog key for an error code; the template type makes a missing code a compile error. */
export function errorKey(code: ClientErrorCode): MessageKey {
  const key: `error.${ClientErrorCode}` = `error.${code}`;
  return key;
}

/** A translated error: the code decides the text, never the server's developer message. */
export function errorText(language: Language, error: { code: string }): string {
  const key = `error.${error.code}`;
  return key in de ? t(language, key as MessageKey) : t(language, 'error.internal_error');
}
