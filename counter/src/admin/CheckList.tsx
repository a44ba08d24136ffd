/**
 * A choice of several (offices, filters, languages) as labelled checkboxes in a fieldset; with a
 * maximum, the unticked ones are disabled once it is reached and the hint says why.
 */
import { useContext } from 'preact/hooks';
import { toggle } from '../model/admin-device-form.ts';
import { fieldId } from '../model/admin-fields.ts';
import { FormScope, Group } from './fields.tsx';

export function CheckList<T extends string>({
  k,
  legend,
  hint,
  items,
  selected,
  onChange,
  max,
}: {
  k: string;
  legend: string;
  hint?: string;
  items: readonly { value: T; label: string }[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
  max?: number;
}) {
  const { scope } = useContext(FormScope);
  const full = max !== undefined && selected.length >= max;
  return (
    <Group k={k} legend={legend} hint={hint} class="admin-checks">
      {items.map((item) => {
        const id = `${fieldId(scope, k)}-${item.value}`;
        const checked = selected.includes(item.value);
        return (
          <div class="field field--inline admin-check" key={item.value}>
            <input
              id={id}
              type="checkbox"
              checked={checked}
              disabled={full && !checked}
              onChange={(e) => onChange(toggle(selected, item.value, e.currentTarget.checked, max))}
            />
            <label for={id}>{item.label}</label>
          </div>
        );
      })}
    </Group>
  );
}
