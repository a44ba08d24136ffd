/**
 * Owns: drawing one ticket safely — for the kiosk and for clerks issuing a number at the counter.
 * Each draw gets a fresh idempotency key; when the answer does not come (timeout, connection lost)
 * it is sent once more with the SAME key, so the server returns the ticket it may already have
 * created instead of issuing a second number.
 */
import type { DrawTicket } from '#protocol/commands.ts';
import type { DrawResult } from '#protocol/events.ts';
import type { ClientResult } from './client-result.ts';

export type SendDraw = (command: DrawTicket) => Promise<ClientResult<DrawResult>>;

/** 32 hex characters: fits the protocol's 8–100 characters of [A-Za-z0-9_-]. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

export async function drawWithRetry(
  send: SendDraw,
  command: Omit<DrawTicket, 'idempotencyKey'>,
  options: { key?: string; retryDelayMs?: number } = {},
): Promise<ClientResult<DrawResult>> {
  const withKey: DrawTicket = { ...command, idempotencyKey: options.key ?? newIdempotencyKey() };
  const first = await send(withKey);
  if (first.ok || first.error.code !== 'offline') return first;
  // Give a dropped connection a moment to come back before the one retry.
  await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs ?? 1000));
  return send(withKey);
}
