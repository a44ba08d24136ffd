/**
 * A text in German (required where the configuration wants it) and, folded away, the other
 * languages of the kiosk and displays. Opens by itself when a language has a problem.
 */
import type { Language } from '#protocol/language.ts';
import { LANGUAGE_NAMES, LANGUAGES, type TextsForm } from '../model/admin-texts-form.ts';
import { TextField, useField } from './fields.tsx';

export function TextsFields({
  k,
  label,
  value,
  onChange,
  required,
  hint,
}: {
  k: string;
  label: string;
  value: TextsForm;
  onChange: (next: TextsForm) => void;
  required?: boolean;
  hint?: string;
}) {
  const { hasProblemWithin } = useField(k);
  const others = LANGUAGES.filter((l) => l !== 'de');
  const filled = others.filter((l) => value[l]).length;
  const set = (language: Language) => (text: string) => onChange({ ...value, [language]: text });
  const otherProblem = others.some((l) => hasProblemWithin(`${k}.${l}`));
  return (
    <div class="admin-texts">
      <TextField
        k={`${k}.de`}
        label={label}
        value={value.de ?? ''}
        onInput={set('de')}
        required={required}
        hint={hint}
        size="l"
        lang="de"
      />
      <details class="admin-texts__more" open={otherProblem || undefined}>
        <summary>
          {label}: weitere Sprachen ({filled} von {others.length})
        </summary>
        <div class="admin-texts__grid">
          {others.map((l) => (
            <TextField
              key={l}
              k={`${k}.${l}`}
              label={`${label} (${LANGUAGE_NAMES[l]})`}
              value={value[l] ?? ''}
              onInput={set(l)}
              lang={l}
              dir={l === 'ar' ? 'rtl' : undefined}
              size="l"
            />
          ))}
        </div>
      </details>
    </div>
  );
}
