/** The office's counters (Plätze): name as displays show it, and the services each may serve. */
import { useState } from 'preact/hooks';
import {
  counterId,
  newCounter,
  removeAt,
  serviceId,
  toggleCounterService,
  updateAt,
  type OfficeForm,
} from '../model/admin-office-form.ts';
import type { OfficeEditorModel } from '../model/admin-office-editor.ts';
import { fieldId } from '../model/admin-fields.ts';
import { Group, TextField, useField } from './fields.tsx';

export function CountersFields({ editor, form }: { editor: OfficeEditorModel; form: OfficeForm }) {
  return (
    <Group k="counters" legend={<h3>Plätze</h3>}>
      {form.counters.map((c, i) => (
        <CounterFields key={c.key} editor={editor} form={form} index={i} />
      ))}
      <button
        type="button"
        class="button button--secondary"
        onClick={() => editor.edit((f) => ({ ...f, counters: [...f.counters, newCounter()] }))}
      >
        + Platz
      </button>
    </Group>
  );
}

function CounterFields({
  editor,
  form,
  index,
}: {
  editor: OfficeEditorModel;
  form: OfficeForm;
  index: number;
}) {
  const counter = form.counters[index];
  const k = `counters.${index}`;
  const { hasProblemWithin } = useField(k);
  const [open, setOpen] = useState(counter?.isNew ?? false);
  if (!counter) return null;
  const title = counter.name || `Neuer Platz ${index + 1}`;
  const forced = hasProblemWithin(k);
  const services = form.services.map((s) => ({
    id: serviceId(s),
    label: `${s.prefix || '–'} · ${s.name.de || 'neues Anliegen'}`,
  }));
  return (
    <details
      class="admin-item"
      open={open || forced}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <span class="admin-item__title">{title}</span>
        <span class="muted"> – {counter.services.length} Anliegen</span>
        {forced && <span class="admin-item__flag"> – bitte prüfen</span>}
      </summary>
      <Group k={k} legend={<span class="visually-hidden">{title}</span>} class="admin-item__body">
        <div class="admin-row">
          <TextField
            k={`${k}.name`}
            label="Name auf den Anzeigen"
            hint="z. B. Platz 3"
            value={counter.name}
            onInput={(v) =>
              editor.edit((f) => ({ ...f, counters: updateAt(f.counters, index, { name: v }) }))
            }
            required
          />
          {counter.isNew ? (
            <TextField
              k={`${k}.id`}
              label="Kennung"
              hint={`leer: ${counterId(counter) || 'aus dem Namen'}`}
              value={counter.id}
              onInput={(v) =>
                editor.edit((f) => ({ ...f, counters: updateAt(f.counters, index, { id: v }) }))
              }
              size="s"
            />
          ) : (
            <p class="admin-fixed">
              <span class="admin-fixed__label">Kennung</span> <code>{counter.id}</code>
            </p>
          )}
        </div>
        <Group k={`${k}.services`} legend="Bearbeitet diese Anliegen" class="admin-checks">
          {services
            .filter((s) => s.id)
            .map((s) => {
              const id = `${fieldId('office', k)}-service-${s.id}`;
              return (
                <div class="field field--inline admin-check" key={s.id}>
                  <input
                    id={id}
                    type="checkbox"
                    checked={counter.services.includes(s.id)}
                    onChange={(e) =>
                      editor.edit((f) => toggleCounterService(f, index, s.id, e.currentTarget.checked))
                    }
                  />
                  <label for={id}>{s.label}</label>
                </div>
              );
            })}
        </Group>
        <div class="admin-item__end">
          <button
            type="button"
            class="button button--secondary button--small"
            onClick={() => editor.edit((f) => ({ ...f, counters: removeAt(f.counters, index) }))}
          >
            Platz {title} entfernen
          </button>
          <span class="admin-hint">
            Wird erst mit „Speichern“ wirksam; ein besetzter Platz muss erst geschlossen sein.
          </span>
        </div>
      </Group>
    </details>
  );
}
