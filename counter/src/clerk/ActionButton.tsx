/**
 * One clerk action. The shortcut is shown on the button and declared with aria-keyshortcuts, so
 * the accessible name stays just the action ("Nächste aufrufen"). While the server has not yet
 * answered, the button says so ("wird gesendet …") and is marked busy.
 */
import type { Language } from '#protocol/language.ts';
import { SHORTCUTS, shortcutOf, type ClerkAction } from '../model/actions.ts';
import type { DeskModel } from '../model/desk.ts';
import { actionLabel, perform } from './perform.ts';
import { dt } from './texts.ts';

export function ActionButton({
  desk,
  action,
  language,
  variant,
}: {
  desk: DeskModel;
  action: ClerkAction;
  language: Language;
  variant?: 'secondary' | 'danger' | undefined;
}) {
  const busy = desk.pending.value === action;
  return (
    <button
      type="button"
      class={variant ? `button button--${variant} action` : 'button action'}
      disabled={!desk.can(action)}
      aria-busy={busy}
      aria-keyshortcuts={SHORTCUTS[action].join(' ')}
      onClick={() => perform(desk, action)}
    >
      <span class="action__label">
        {actionLabel(action, language)}
        {busy && <span class="action__busy">{dt(language, 'busy')}</span>}
      </span>
      <kbd class="action__key" aria-hidden="true">
        {shortcutOf(action)}
      </kbd>
    </button>
  );
}
