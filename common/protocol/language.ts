import { z } from 'zod';
import { LANGUAGES } from './language-codes.ts';

export { LANGUAGES, isLanguage, localized } from './language-codes.ts';

/** Languages with a full message catalog (the list is in language-codes.ts, free of zod). */
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** A text per language; German is required because it is the fallback. */
export const LocalizedText = z
  .object({ de: z.string().min(1).max(200) })
  .catchall(z.string().min(1).max(200))
  .describe('text per language; `de` is required and the fallback');
export type LocalizedText = z.infer<typeof LocalizedText>;
