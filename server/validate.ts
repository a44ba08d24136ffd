/**
 * Owns: turning an untrusted payload into a typed command, or a `validation_failed` error that
 * names the first bad field. Used by HTTP routes and socket handlers alike.
 */
import type { z } from 'zod';
import { fail, ok, type Result } from '#protocol/result.ts';

export function parse<S extends z.ZodType>(schema: S, input: unknown): Result<z.infer<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : undefined;
  const message = issue ? `${field ?? 'payload'}: ${issue.message}` : 'invalid payload';
  return fail('validation_failed', message, field);
}
