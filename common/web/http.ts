/**
 * Owns: calling the server's JSON API from a browser — same origin, session cookie (or a device's
 * `Authorization` header), and every failure turned into a ClientResult so screens show a
 * translated error, never an exception. A `204` answers `{ ok: true, data: undefined }`.
 */
import { AppError } from '#protocol/result.ts';
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
  const parsed = AppError.safeParse(json);
  return {
    ok: false,
    error: parsed.success
      ? parsed.data
      : { code: 'internal_error', message: `${method} ${path}: HTTP ${response.status}` },
  };
}
