/**
 * A refusal next to the action that caused it, in the clerk's words: a conflict names the ticket
 * and says that the lists already show the current state; where the generic text cannot say why
 * (a no-show before enough calls, a rule of this office), the server's own explanation follows.
 */
import type { Language } from '#protocol/language.ts';
import { errorText } from '#i18n/translate.ts';
import type { DeskError } from '../model/desk.ts';
import { dt } from './texts.ts';

const CONFLICTS = new Set(['invalid_state', 'not_your_ticket', 'not_found']);
const EXPLAINED_BY_SERVER = new Set(['invalid_state', 'validation_failed']);

/** The message for a refusal of `action` (a ClerkAction, a dialog, or `callBack:<id>`). */
export function deskErrorMessage(language: Language, action: string, problem: DeskError): string[] {
  const { error, number = '' } = problem;
  const picksTicket = action === 'callTicket' || action.startsWith('callBack:');
  if (picksTicket && CONFLICTS.has(error.code)) return [dt(language, 'conflict.taken', { number })];
  if (action === 'callService' && error.code === 'queue_empty') return [dt(language, 'conflict.empty')];
  if (action === 'noShow' && error.code === 'invalid_state') {
    return [
      dt(language, 'noShow.tooEarly', { number }),
      dt(language, 'error.server', { message: error.message }),
    ];
  }
  const text =
    number && CONFLICTS.has(error.code)
      ? `${number}: ${errorText(language, error)}`
      : errorText(language, error);
  return EXPLAINED_BY_SERVER.has(error.code)
    ? [text, dt(language, 'error.server', { message: error.message })]
    : [text];
}

export function DeskErrorText({
  action,
  problem,
  language,
  context,
  id,
}: {
  action: string;
  problem: DeskError | undefined;
  language: Language;
  /** the action's name, when several share one error area */
  context?: string | undefined;
  id?: string;
}) {
  if (!problem) return null;
  const [first, ...rest] = deskErrorMessage(language, action, problem);
  return (
    <div class="error-text desk-error" role="alert" id={id}>
      <p>
        <span aria-hidden="true">✖ </span>
        {context ? `${context}: ` : ''}
        {first}
      </p>
      {rest.map((line) => (
        <p key={line} class="desk-error__detail">
          {line}
        </p>
      ))}
    </div>
  );
}
