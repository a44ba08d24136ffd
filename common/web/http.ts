/**
 * Owns: calling the server's JSON API from a browser — same origin, session cookie (or a device's
 * `Authorization` header), and every failure turned into a ClientResult so screens show a
 * translated error, never an exception. A `204` answers `{ ok: true, data: undefined }`.
 */
import { isErrorCode } from '#protocol/error-codes.ts';
import type { AppError } from '#protocol/result.ts';
import { offline, type ClientResult } from './client-result.ts';

export async function requestJson<T>(
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  options: { headers?: Readonly<Record<string, string>> } = {},
): Promise<ClientResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        ...(body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' }),
        ...options.headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (error) {
    return offline(`${method} ${path}: ${String(error)}`);
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (response.ok) return { ok: true, data: json as T };
  // The server's error body is { code, message, field? }; anything else is a bug or a proxy page.
  return {
    ok: false,
    error: isAppError(json)
      ? json
      : { code: 'internal_error', message: `${method} ${path}: HTTP ${response.status}` },
  };
}

/**
 * The shape of `AppError`, checked by hand: the apps' first download stays free of zod (the
 * server builds every error body from the schema; this only tells one from a proxy's page).
 */
export function isAppError(value: unknown): value is AppError {
  if (!isRecord(value)) return false;
  const { problems } = value;
  return (
    isErrorCode(value.code) &&
    typeof value.message === 'string' &&
    optionalString(value.field) &&
    optionalString(value.id) &&
    (problems === undefined ||
      (Array.isArray(problems) &&
        problems.every((p) => isRecord(p) && typeof p.field === 'string' && typeof p.message === 'string')))
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const optionalString = (value: unknown) => value === undefined || typeof value === 'string';
