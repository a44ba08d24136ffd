/**
 * The clerk's buttons in three groups — calling, the current ticket, the counter — and below them
 * the refusal of the last action that failed, naming it. Calling a specific number is offered only
 * to clerks with that right.
 */
import type { Language } from '#protocol/language.ts';
import type { ClerkAction } from '../model/actions.ts';
import type { DeskModel } from '../model/desk.ts';
import { ActionButton } from './ActionButton.tsx';
import { DeskErrorText } from './DeskErrorText.tsx';
import { actionLabel } from './perform.ts';
import { dt } from './texts.ts';

/** Actions whose errors show here; dialogs show their own, parked tickets beside each number. */
const SHOWN_HERE: readonly ClerkAction[] = ['callNext', 'recall', 'start', 'noShow', 'park', 'resume'];

export function ActionBar({ desk, language }: { desk: DeskModel; language: Language }) {
  const paused = desk.counter.value?.status === 'paused';
  const button = (action: ClerkAction, variant?: 'secondary' | 'danger') => (
    <ActionButton desk={desk} action={action} language={language} variant={variant} />
  );
  const errors = desk.errors.value;
  return (
    <div class="actions">
      <div class="actions__group" role="group" aria-label={dt(language, 'group.call')}>
        {button('callNext')}
        {button('callService', 'secondary')}
        {desk.mayCallSpecific.value && button('callTicket', 'secondary')}
      </div>
      <div class="actions__group" role="group" aria-label={dt(language, 'group.ticket')}>
        {button('recall', 'secondary')}
        {button('start')}
        {button('finish')}
        {button('noShow', 'secondary')}
        {button('park', 'secondary')}
        {button('transfer', 'secondary')}
      </div>
      <div class="actions__group" role="group" aria-label={dt(language, 'group.counter')}>
        {paused ? button('resume') : button('pause', 'secondary')}
        {button('services', 'secondary')}
        {button('close', 'danger')}
      </div>
      {SHOWN_HERE.map((action) => (
        <DeskErrorText
          key={action}
          action={action}
          problem={errors[action]}
          language={language}
          context={actionLabel(action, language)}
        />
      ))}
    </div>
  );
}
