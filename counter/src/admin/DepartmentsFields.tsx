/** The office's departments (Fachbereiche): id for new ones, name per language; one in use stays. */
import {
  departmentId,
  newDepartment,
  removeAt,
  servicesOfDepartment,
  updateAt,
  type OfficeForm,
} from '../model/admin-office-form.ts';
import type { OfficeEditorModel } from '../model/admin-office-editor.ts';
import { Group, TextField } from './fields.tsx';
import { TextsFields } from './TextsFields.tsx';

export function DepartmentsFields({ editor, form }: { editor: OfficeEditorModel; form: OfficeForm }) {
  return (
    <Group k="departments" legend={<h3>Fachbereiche</h3>}>
      <ul class="admin-list">
        {form.departments.map((d, i) => {
          const used = servicesOfDepartment(form, departmentId(d)).length;
          const title = d.name.de || `Fachbereich ${i + 1}`;
          return (
            <li key={d.key}>
              <Group k={`departments.${i}`} legend={title} class="admin-item__body">
                {d.isNew ? (
                  <TextField
                    k={`departments.${i}.id`}
                    label="Kennung"
                    hint="leer: aus dem Namen"
                    value={d.id}
                    onInput={(v) =>
                      editor.edit((f) => ({ ...f, departments: updateAt(f.departments, i, { id: v }) }))
                    }
                    size="s"
                  />
                ) : (
                  <p class="admin-fixed">
                    <span class="admin-fixed__label">Kennung</span> <code>{d.id}</code>
                  </p>
                )}
                <TextsFields
                  k={`departments.${i}.name`}
                  label="Name"
                  value={d.name}
                  onChange={(name) =>
                    editor.edit((f) => ({ ...f, departments: updateAt(f.departments, i, { name }) }))
                  }
                  required
                />
                <button
                  type="button"
                  class="button button--secondary button--small"
                  disabled={used > 0}
                  aria-describedby={used > 0 ? `department-${d.key}-used` : undefined}
                  onClick={() => editor.edit((f) => ({ ...f, departments: removeAt(f.departments, i) }))}
                >
                  Fachbereich {title} entfernen
                </button>
                {used > 0 && (
                  <span class="admin-hint" id={`department-${d.key}-used`}>
                    {' '}
                    Hat {used} Anliegen – erst diese einem anderen Fachbereich zuordnen.
                  </span>
                )}
              </Group>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        class="button button--secondary"
        onClick={() => editor.edit((f) => ({ ...f, departments: [...f.departments, newDepartment()] }))}
      >
        + Fachbereich
      </button>
    </Group>
  );
}
