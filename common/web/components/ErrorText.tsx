/** An error next to the action that caused it, translated by its code. */
import type { Language } from '#protocol/language.ts';
import { errorText } from '#i18n/translate.ts';
import type { ClientError } from '../client-result.ts';

/** `context` names the action ("Nächste aufrufen") when several share one error area. */
export function ErrorText({
  error,
  language,
  context,
  id,
}: {
  error: ClientError | undefined;
  language: Language;
  context?: string;
  id?: string;
}) {
  if (!error) return null;
  return (
    <p class="error-text" role="alert" id={id}>
      <span aria-hidden="true">✖ </span>
      {context ? `${context}: ` : ''}
      {errorText(language, error)}
    </p>
  );
}
