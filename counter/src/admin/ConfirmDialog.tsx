/**
 * A yes/no question before something that cannot be undone (delete a user, renew or revoke a
 * device token): the native modal <dialog> (the page behind is inert), labelled by its question,
 * the safe answer focused first, Escape says no, and the focus returns to where it was.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export function ConfirmDialog({
  id,
  title,
  children,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
}: {
  id: string;
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // After the dialog has gone: the opener may have gone too (a deleted row).
      requestAnimationFrame(() => {
        if (opener?.isConnected) opener.focus();
        else document.getElementById('admin-heading')?.focus();
      });
    };
  }, []);
  return (
    <dialog
      ref={ref}
      id={id}
      class="dialog admin-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-text`}>{children}</div>
      <div class="admin-form__buttons">
        <button type="button" class="button button--secondary" data-autofocus onClick={onCancel}>
          Abbrechen
        </button>
        <button
          type="button"
          class="button button--danger"
          disabled={busy}
          aria-busy={busy}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
