/**
 * Owns: looking up a message by language and key, and filling in `{name}` parameters.
 * Does not: know about the DOM or the current language — callers pass it, so the printer and
 * the three apps share the same function.
 */
import type { Language } from '#protocol/language.ts';
import type { ErrorCode } from '#protocol/result.ts';
import { de, type Catalog, type MessageKey } from './de.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { pl } from './pl.ts';
import { ru } from './ru.ts';
import { tr } from './tr.ts';
import { uk } from './uk.ts';

export type { MessageKey } from './de.ts';
export type Params = Readonly<Record<string, string | number>>;

/** One catalog per protocol language; the Record type makes a language without one a compile error. */
export const catalogs: Readonly<Record<Language, Catalog>> = { de, en, tr, ar, ru, uk, pl };

/** Replaces `{name}` with `params.name`; unknown placeholders stay visible so a missing param is noticed. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The message for `key` in `language`, German when the catalog lacks it. */
export function t(language: Language, key: MessageKey, params?: Params): string {
  const catalog = catalogs[language] ?? de;
  return interpolate(catalog[key] ?? de[key], params);
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
