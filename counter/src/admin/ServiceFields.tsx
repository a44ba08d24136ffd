/**
 * One service of the office, folded to its prefix and name: department, names, prefix, numbers,
 * times, daily cap, active, issuing hours and the documents to bring. Opens by itself when one of
 * its fields has a problem.
 */
import { useState } from 'preact/hooks';
import {
  removeService,
  renameService,
  serviceId,
  updateAt,
  type OfficeForm,
  type ServiceForm,
} from '../model/admin-office-form.ts';
import type { OfficeEditorModel } from '../model/admin-office-editor.ts';
import { CheckField, Group, NumberField, SelectField, TextField, useField } from './fields.tsx';
import { DocumentsFields } from './DocumentsFields.tsx';
import { HoursFields } from './HoursFields.tsx';
import { TextsFields } from './TextsFields.tsx';

export function serviceTitle(service: ServiceForm): string {
  return `${service.prefix || '–'} · ${service.name.de || 'Neues Anliegen'}`;
}

export function ServiceFields({
  editor,
  form,
  index,
}: {
  editor: OfficeEditorModel;
  form: OfficeForm;
  index: number;
}) {
  const service = form.services[index];
  const k = `services.${index}`;
  const { hasProblemWithin } = useField(k);
  const [open, setOpen] = useState(service?.isNew ?? false);
  if (!service) return null;
  const patch = (next: Partial<ServiceForm>) =>
    editor.edit((f) => ({ ...f, services: updateAt(f.services, index, next) }));
  const title = serviceTitle(service);
  const forced = hasProblemWithin(k);
  return (
    <details
      class="admin-item"
      open={open || forced}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <span class="admin-item__title">{title}</span>
        {!service.active && <span class="tag"> nicht aktiv</span>}
        {forced && <span class="admin-item__flag"> – bitte prüfen</span>}
      </summary>
      <Group k={k} legend={<span class="visually-hidden">Anliegen {title}</span>} class="admin-item__body">
        <div class="admin-row">
          {service.isNew ? (
            <TextField
              k={`${k}.id`}
              label="Kennung"
              hint="klein, ohne Leerzeichen; leer: aus dem Namen"
              value={service.id}
              onInput={(v) => editor.edit((f) => renameService(f, index, v))}
              size="s"
            />
          ) : (
            <p class="admin-fixed">
              <span class="admin-fixed__label">Kennung</span> <code>{service.id}</code>
            </p>
          )}
          <SelectField
            k={`${k}.department`}
            label="Fachbereich"
            value={service.department}
            options={[
              ...(form.departments.some((d) => d.id === service.department)
                ? []
                : [{ value: service.department, label: service.department || '– bitte wählen –' }]),
              ...form.departments.map((d) => ({
                value: d.id,
                label: d.name.de || d.id || 'neuer Fachbereich',
              })),
            ]}
            onChange={(v) => patch({ department: v })}
          />
          <TextField
            k={`${k}.prefix`}
            label="Kürzel"
            hint="1–3 Großbuchstaben, z. B. A"
            value={service.prefix}
            onInput={(v) => patch({ prefix: v.toUpperCase() })}
            required
            size="s"
          />
          <CheckField
            k={`${k}.active`}
            label="aktiv (Wartenummern werden ausgegeben)"
            checked={service.active}
            onChange={(on) => patch({ active: on })}
          />
        </div>
        <TextsFields
          k={`${k}.name`}
          label="Name"
          value={service.name}
          onChange={(v) => patch({ name: v })}
          required
        />
        <TextsFields
          k={`${k}.description`}
          label="Beschreibung"
          hint="eine Zeile am Kiosk (optional)"
          value={service.description}
          onChange={(v) => patch({ description: v })}
        />
        <div class="admin-row">
          <NumberField
            k={`${k}.numberStart`}
            label="Erste Nummer des Tages"
            value={service.numberStart}
            onInput={(v) => patch({ numberStart: v })}
          />
          <NumberField
            k={`${k}.expectedMinutes`}
            label="Bearbeitungszeit (Minuten)"
            value={service.expectedMinutes}
            onInput={(v) => patch({ expectedMinutes: v })}
            decimal
          />
          <NumberField
            k={`${k}.targetWaitMinutes`}
            label="Zielwartezeit (Minuten)"
            value={service.targetWaitMinutes}
            onInput={(v) => patch({ targetWaitMinutes: v })}
            decimal
          />
          <NumberField
            k={`${k}.dailyCap`}
            label="Höchstens Nummern am Tag"
            hint="leer: keine Grenze"
            value={service.dailyCap}
            onInput={(v) => patch({ dailyCap: v })}
          />
        </div>
        <HoursFields
          k={`${k}.hours`}
          serviceName={title}
          hours={service.hours}
          onChange={(v) => patch({ hours: v })}
        />
        <DocumentsFields
          k={`${k}.documents`}
          documents={service.documents}
          onChange={(documents) => patch({ documents })}
        />
        <div class="admin-item__end">
          <button
            type="button"
            class="button button--secondary button--small"
            onClick={() => editor.edit((f) => removeService(f, index))}
          >
            Anliegen {title} entfernen
          </button>
          <span class="admin-hint">
            Wird erst mit „Speichern“ wirksam. Ein Anliegen mit Wartenummern von heute bleibt bis
            Dienstschluss.
            {serviceId(service) && form.counters.some((c) => c.services.includes(serviceId(service)))
              ? ' Die Plätze bearbeiten es dann nicht mehr.'
              : ''}
          </span>
        </div>
      </Group>
    </details>
  );
}
