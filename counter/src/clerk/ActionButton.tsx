/**
 * One clerk action. The shortcut letter is shown on the button and declared with
 * aria-keyshortcuts, so the accessible name stays just the action ("Nächste aufrufen").
 */
import type { ComponentChildren } from 'preact';
import { SHORTCUTS, type ClerkAction } from '../model/actions.ts';

export function ActionButton({
  action,
  label,
  enabled,
  busy,
  onRun,
  variant,
  children,
}: {
  action: ClerkAction;
  label: string;
  enabled: boolean;
  busy: boolean;
  onRun: () => void;
  variant?: 'secondary' | 'danger' | undefined;
  children?: ComponentChildren;
}) {
  const key = SHORTCUTS[action];
  return (
    <button
      type="button"
      class={variant ? `button button--${variant} action` : 'button action'}
      disabled={!enabled}
      aria-busy={busy}
      aria-keyshortcuts={key}
      onClick={onRun}
    >
      <span>{label}</span>
      {key && (
        <kbd class="action__key" aria-hidden="true">
          {key}
        </kbd>
      )}
      {children}
    </button>
  );
}
