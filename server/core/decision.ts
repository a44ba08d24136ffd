/**
 * Owns: the value every decide function returns — events to append, or a domain error.
 */
import type { AppError, ErrorCode } from '#protocol/result.ts';
import type { DomainEventBody } from './events.ts';

/** What a command produced: a ticket or a counter the caller will want to present. */
export type Subject = { kind: 'ticket'; id: string } | { kind: 'counter'; id: string } | { kind: 'none' };

export type Decision =
  { ok: true; events: DomainEventBody[]; subject: Subject } | { ok: false; error: AppError };

export function accept(events: DomainEventBody[], subject: Subject): Decision {
  return { ok: true, events, subject };
}

export function reject(code: ErrorCode, message: string, field?: string): Decision {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
}
