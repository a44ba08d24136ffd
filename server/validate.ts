/**
 * Owns: turning an untrusted payload into a typed command, or a `validation_failed` error that
 * names the first bad field. Used by HTTP routes and socket handlers alike.
 */
import type { z } from 'zod';
import { fail, ok, type Result } from '#protocol/result.ts';

export function parse<S extends z.ZodType>(schema: S, input: unknown): Result<z.infer<S>> {
  const hidden = prototypeKeyAt(input);
  if (hidden !== undefined) {
    const field = hidden.length > 0 ? hidden.join('.') : undefined;
    return fail('validation_failed', `${field ?? 'payload'}: "__proto__" is not allowed`, field);
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : undefined;
  const message = issue ? `${field ?? 'payload'}: ${issue.message}` : 'invalid payload';
  return fail('validation_failed', message, field);
}

/**
 * Where an own `__proto__` key sits in a parsed payload (the path of the object holding it), if
 * anywhere. A strict object refuses it as an unknown key, but a record (the admin's office,
 * printer and display settings) drops it without a word, so a payload carrying one would pass as
 * if it had not. Iterative: a payload may be nested thousands deep.
 */
function prototypeKeyAt(input: unknown): (string | number)[] | undefined {
  const nodes: { value: unknown; parent: number; key: string | number }[] = [
    { value: input, parent: -1, key: '' },
  ];
  for (let i = 0; i < nodes.length; i++) {
    const { value } = nodes[i]!;
    if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) continue;
    if (Object.hasOwn(value, '__proto__')) {
      const path: (string | number)[] = [];
      for (let at = i; at > 0; at = nodes[at]!.parent) path.unshift(nodes[at]!.key);
      return path;
    }
    for (const [key, child] of Object.entries(value)) {
      if (typeof child === 'object' && child !== null) nodes.push({ value: child, parent: i, key });
    }
  }
  return undefined;
}
