import { z } from 'zod';

/** Languages with a full message catalog. German first; more catalogs can be added without code. */
export const Language = z.enum(['de', 'en', 'tr', 'ar', 'ru', 'uk', 'pl']);
export type Language = z.infer<typeof Language>;

/** A text per language; German is required because it is the fallback. */
export const LocalizedText = z
  .object({ de: z.string().min(1).max(200) })
  .catchall(z.string().min(1).max(200))
  .describe('text per language; `de` is required and the fallback');
export type LocalizedText = z.infer<typeof LocalizedText>;

export function localized(text: LocalizedText, language: string): string {
  return text[language] ?? text.de;
}
