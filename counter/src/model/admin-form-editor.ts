/**
 * Owns: one open admin form — its state while typed, the revision it was opened on, the problems
 * of the last refusal placed at its fields, what the refusal means, and a note after saving.
 * Offices, users and devices all edit through one of these, so every form behaves alike.
 */
import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { ClientResult } from '#web/client-result.ts';
import type { AdminModel } from './admin.ts';
import {
  NO_PROBLEMS,
  placeProblems,
  problemsOf,
  refusalText,
  type FormProblems,
  type Problem,
} from './admin-problems.ts';
import type { ChangeOutcome } from './admin-setup.ts';

export interface FormEditor<F> {
  form: ReadonlySignal<F | undefined>;
  problems: ReadonlySignal<FormProblems>;
  refusal: ReadonlySignal<string | undefined>;
  /** the refusal was a conflict: the way out is loading the current setup */
  conflict: ReadonlySignal<boolean>;
  saved: ReadonlySignal<string | undefined>;
  saving: ReadonlySignal<boolean>;
  open(form: F): void;
  close(): void;
  /** the saved state, as the server now holds it; the note about saving stays */
  replace(form: F): void;
  edit(change: (form: F) => F): void;
  /**
   * Checks, then sends. Problems found on the page are shown without sending; the answer's
   * problems are placed at the fields. Resolves to the outcome when saved.
   */
  submit(options: {
    check?: (form: F) => Problem[];
    send: (form: F, revision: number) => Promise<ClientResult<ChangeOutcome>>;
    savedText: string;
    deviceId?: string;
  }): Promise<ChangeOutcome | undefined>;
}

export function formEditor<F>(admin: AdminModel, fieldsOf: (form: F) => ReadonlySet<string>): FormEditor<F> {
  const form = signal<F | undefined>(undefined);
  const problems = signal<FormProblems>(NO_PROBLEMS);
  const refusal = signal<string | undefined>(undefined);
  const conflict = signal(false);
  const saved = signal<string | undefined>(undefined);
  const saving = signal(false);
  let base = 0;

  const clearOutcome = () => {
    problems.value = NO_PROBLEMS;
    refusal.value = undefined;
    conflict.value = false;
    saved.value = undefined;
  };

  return {
    form,
    problems,
    refusal,
    conflict,
    saved,
    saving,
    open(next) {
      batch(() => {
        base = admin.revision();
        form.value = next;
        clearOutcome();
      });
    },
    close() {
      batch(() => {
        form.value = undefined;
        clearOutcome();
      });
    },
    replace(next) {
      base = admin.revision();
      form.value = next;
    },
    edit(change) {
      if (form.value !== undefined) {
        form.value = change(form.value);
        saved.value = undefined;
      }
    },
    async submit({ check, send, savedText, deviceId }) {
      const current = form.value;
      if (current === undefined || saving.value) return undefined;
      const local = check?.(current) ?? [];
      if (local.length > 0) {
        batch(() => {
          clearOutcome();
          problems.value = placeProblems(local, fieldsOf(current), (p) => p.message);
          refusal.value = 'Nicht gespeichert: Bitte korrigieren Sie die markierten Angaben.';
        });
        return undefined;
      }
      saving.value = true;
      const result = await admin.change(base, (revision) => send(current, revision), deviceId);
      batch(() => {
        saving.value = false;
        clearOutcome();
        if (result.ok) {
          base = result.data.setup.revision;
          saved.value = savedText;
        } else {
          refusal.value = refusalText(result.error);
          conflict.value = result.error.code === 'conflict';
          if (result.error.code === 'validation_failed' || result.error.code === 'in_use') {
            problems.value = placeProblems(problemsOf(result.error), fieldsOf(current));
          }
        }
      });
      return result.ok ? result.data : undefined;
    },
  };
}
