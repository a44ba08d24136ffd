/**
 * A modal dialog of the desk: the native <dialog> opened with showModal (the page behind is inert),
 * labelled by its heading, focus on the field marked `data-autofocus` (else the first control),
 * Tab and Shift+Tab kept inside, Escape closes, and on closing the focus goes back to the button
 * that opened it — or, when that one is disabled now (a call was made), to the desk's heading.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Language } from '#protocol/language.ts';
import { dt } from './texts.ts';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Where the focus goes when the opener cannot take it back. */
export const DESK_FOCUS_FALLBACK_ID = 'current-heading';

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
}

export function Dialog({
  id,
  title,
  language,
  onClose,
  children,
  wide,
}: {
  id: string;
  title: string;
  language: Language;
  onClose: () => void;
  children: ComponentChildren;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    if (!dialog.open) dialog.showModal();
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? focusables(dialog)[0];
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // After the dialog is gone from the page: the opener may have been disabled by the action.
      requestAnimationFrame(() => {
        const back =
          opener?.isConnected && !(opener as HTMLButtonElement).disabled
            ? opener
            : document.getElementById(DESK_FOCUS_FALLBACK_ID);
        back?.focus();
      });
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    const dialog = ref.current;
    if (!dialog) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    const items = focusables(dialog);
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      id={id}
      class={wide ? 'dialog dialog--wide' : 'dialog'}
      aria-labelledby={`${id}-title`}
      onKeyDown={onKeyDown}
      // The browser's own Escape handling: keep the model in charge of closing.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div class="dialog__head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button
          type="button"
          class="button button--secondary button--small dialog__x"
          aria-label={dt(language, 'dialog.close')}
          onClick={onClose}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      {children}
    </dialog>
  );
}
