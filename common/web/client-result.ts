/**
 * Owns: the error shape the apps handle — the protocol's AppError plus `offline`, which only the
 * client can produce (no answer within the ack timeout, or the HTTP request never arrived).
 * Why not `internal_error`: a clerk must see "check the connection", not "a bug happened".
 */
import type { AppError } from '#protocol/result.ts';
import type { ClientErrorCode } from '#i18n/translate.ts';

export type ClientError = Omit<AppError, 'code'> & { code: ClientErrorCode };
export type ClientResult<T> = { ok: true; data: T } | { ok: false; error: ClientError };

export function offline(message: string): { ok: false; error: ClientError } {
  return { ok: false, error: { code: 'offline', message } };
}
