/**
 * Owns: the one error shape every HTTP response and socket ack uses.
 * Why a closed list: `code` is for programs and is the i18n key; `message` is for developers;
 * `field` points at the offending input.
 */
import { z } from 'zod';
import { ERROR_CODES } from './error-codes.ts';

/** The closed list of codes, one doc line each, is in error-codes.ts. */
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const AppError = z.object({
  code: ErrorCode,
  message: z.string(),
  field: z.string().optional(),
  id: z.string().optional(),
  /** every problem when there are several (admin changes, configuration) */
  problems: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type AppError = z.infer<typeof AppError>;

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

export function fail(code: ErrorCode, message: string, field?: string): { ok: false; error: AppError } {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
}
