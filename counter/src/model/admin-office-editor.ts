/**
 * Owns: which office the admin edits (or a new one), its form, and saving it whole with the
 * revision it was opened on. After saving, the form shows the office as the server now holds it
 * (defaults filled in); after a reload, it starts again from the loaded setup.
 */
import { action, computed, createModel, effect, signal } from '@preact/signals';
import type { AdminModel } from './admin.ts';
import { officeFieldKeys } from './admin-fields.ts';
import { formEditor } from './admin-form-editor.ts';
import { newOfficeForm, officeToBody, officeToForm, type OfficeForm } from './admin-office-form.ts';

export const NEW_OFFICE = '';

export const OfficeEditorModel = createModel(({ admin }: { admin: AdminModel }) => {
  const editor = formEditor<OfficeForm>(admin, officeFieldKeys);
  /** the office shown; NEW_OFFICE for one being added */
  const officeId = signal<string | undefined>(undefined);
  const offices = computed(() => admin.setup.value?.offices ?? []);

  const openOffice = (id: string | undefined) => {
    const office = offices.peek().find((o) => o.id === id);
    if (id === NEW_OFFICE) editor.open(newOfficeForm());
    else if (office) editor.open(officeToForm(office));
    else editor.close();
  };

  // Each load (the first, or after a conflict) starts the form again from the loaded setup.
  effect(() => {
    if (admin.loads.value === 0) return;
    const id = officeId.peek();
    const chosen = id === NEW_OFFICE || offices.peek().some((o) => o.id === id) ? id : offices.peek()[0]?.id;
    officeId.value = chosen;
    openOffice(chosen);
  });

  return {
    ...editor,
    officeId,
    offices,
    choose: action((id: string) => {
      officeId.value = id;
      openOffice(id);
    }),
    save: action(async () => {
      const outcome = await editor.submit({
        send: (form, revision) => {
          const office = officeToBody(form);
          return admin.api.putOffice(String(office.id), { revision, office });
        },
        savedText: 'Gespeichert. Die Änderung gilt sofort – Kiosk, Anzeigen und Plätze haben sie schon.',
      });
      if (!outcome) return;
      const saved = editor.form.peek();
      const id = saved ? String(officeToBody(saved).id) : undefined;
      const office = outcome.setup.offices.find((o) => o.id === id);
      if (office) {
        officeId.value = office.id;
        editor.replace(officeToForm(office));
      }
    }),
    /** the admin's own edits go; the office as it is saved now */
    discard: action(() => openOffice(officeId.peek())),
  };
});
export type OfficeEditorModel = InstanceType<typeof OfficeEditorModel>;
