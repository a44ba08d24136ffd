/**
 * Dienststellen: choose an office (or add one) and edit it whole — name, time zone, departments,
 * services, counters and rules — then save it with the revision it was opened on. Problems show
 * at their fields and in a summary at the top; a conflict offers loading the current state.
 */
import type { AdminModel } from '../model/admin.ts';
import { officeKeyLabel } from '../model/admin-fields.ts';
import { newService, type OfficeForm } from '../model/admin-office-form.ts';
import { NEW_OFFICE, type OfficeEditorModel } from '../model/admin-office-editor.ts';
import { CountersFields } from './CountersFields.tsx';
import { DepartmentsFields } from './DepartmentsFields.tsx';
import { FormScope, Group, TextField } from './fields.tsx';
import { ProblemSummary } from './ProblemSummary.tsx';
import { RulesFields } from './RulesFields.tsx';
import { ServiceFields } from './ServiceFields.tsx';

export function OfficesSection({ admin, editor }: { admin: AdminModel; editor: OfficeEditorModel }) {
  const form = editor.form.value;
  const offices = editor.offices.value;
  return (
    <section class="admin-section" aria-labelledby="admin-offices-heading">
      <div class="card__title-row">
        <h2 id="admin-offices-heading">Dienststellen</h2>
        <div class="admin-picker">
          <label for="admin-office-pick">Dienststelle bearbeiten</label>
          <select
            id="admin-office-pick"
            value={editor.officeId.value ?? ''}
            onChange={(e) => editor.choose(e.currentTarget.value)}
          >
            {offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
            <option value={NEW_OFFICE}>– neue Dienststelle –</option>
          </select>
        </div>
      </div>
      {form ? (
        <OfficeFormView admin={admin} editor={editor} form={form} />
      ) : (
        <p>{admin.loading.value ? 'Wird geladen …' : 'Keine Dienststelle.'}</p>
      )}
    </section>
  );
}

function OfficeFormView({
  admin,
  editor,
  form,
}: {
  admin: AdminModel;
  editor: OfficeEditorModel;
  form: OfficeForm;
}) {
  const problems = editor.problems.value;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void editor.save();
  };
  return (
    <FormScope.Provider value={{ scope: 'office', problems }}>
      <form class="admin-form" onSubmit={onSubmit} noValidate aria-labelledby="admin-office-form-title">
        <h3 id="admin-office-form-title" class="visually-hidden">
          {form.isNew ? 'Neue Dienststelle' : `Dienststelle ${form.name}`}
        </h3>
        <ProblemSummary
          scope="office"
          refusal={editor.refusal.value}
          problems={problems}
          saved={editor.saved.value}
          labelOf={(key) => officeKeyLabel(key, form)}
          onReload={editor.conflict.value ? () => void admin.load() : undefined}
        />
        <Group k="" legend={<h3>Allgemein</h3>}>
          <div class="admin-row">
            <TextField
              k="name"
              label="Name der Dienststelle"
              value={form.name}
              onInput={(v) => editor.edit((f) => ({ ...f, name: v }))}
              required
              size="l"
            />
            {form.isNew && (
              <TextField
                k="id"
                label="Kennung"
                hint="klein, ohne Leerzeichen; leer: aus dem Namen"
                value={form.id}
                onInput={(v) => editor.edit((f) => ({ ...f, id: v }))}
                size="s"
              />
            )}
            <TextField
              k="timeZone"
              label="Zeitzone"
              hint="z. B. Europe/Berlin"
              value={form.timeZone}
              onInput={(v) => editor.edit((f) => ({ ...f, timeZone: v }))}
              size="m"
            />
          </div>
        </Group>
        <DepartmentsFields editor={editor} form={form} />
        <Group k="services" legend={<h3>Anliegen</h3>}>
          {form.services.map((s, i) => (
            <ServiceFields key={s.key} editor={editor} form={form} index={i} />
          ))}
          <button
            type="button"
            class="button button--secondary"
            onClick={() =>
              editor.edit((f) => ({
                ...f,
                services: [...f.services, newService(f.departments[0]?.id ?? '')],
              }))
            }
          >
            + Anliegen
          </button>
        </Group>
        <CountersFields editor={editor} form={form} />
        <RulesFields editor={editor} form={form} />
        <div class="admin-form__buttons">
          <button type="submit" class="button" disabled={editor.saving.value} aria-busy={editor.saving.value}>
            {form.isNew ? 'Dienststelle anlegen' : 'Dienststelle speichern'}
          </button>
          <button type="button" class="button button--secondary" onClick={() => editor.discard()}>
            Änderungen verwerfen
          </button>
          <span class="admin-hint">
            Gilt sofort für Kiosk, Anzeigen und Plätze. Stand: Revision {admin.setup.value?.revision}
          </span>
        </div>
      </form>
    </FormScope.Provider>
  );
}
