/** The documents a citizen should bring for a service: a list of texts, added and removed. */
import { newDocument, removeAt, updateAt } from '../model/admin-office-form.ts';
import type { TextsForm } from '../model/admin-texts-form.ts';
import { Group } from './fields.tsx';
import { TextsFields } from './TextsFields.tsx';

type Document = { key: number; text: TextsForm };

export function DocumentsFields({
  k,
  documents,
  onChange,
}: {
  k: string;
  documents: readonly Document[];
  onChange: (next: Document[]) => void;
}) {
  return (
    <Group k={k} legend="Mitzubringende Unterlagen" hint="am Kiosk vor der Wartenummer gezeigt; höchstens 12">
      {documents.length === 0 && <p class="muted">Keine.</p>}
      <ol class="admin-documents">
        {documents.map((d, i) => (
          <li key={d.key}>
            <TextsFields
              k={`${k}.${i}`}
              label={`Unterlage ${i + 1}`}
              value={d.text}
              onChange={(text) => onChange(updateAt(documents, i, { text }))}
              required
            />
            <button
              type="button"
              class="button button--secondary button--small"
              onClick={() => onChange(removeAt(documents, i))}
            >
              Unterlage {i + 1} entfernen
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        class="button button--secondary button--small"
        disabled={documents.length >= 12}
        onClick={() => onChange([...documents, newDocument()])}
      >
        + Unterlage
      </button>
    </Group>
  );
}
