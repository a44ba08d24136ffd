/**
 * Checkboxes for a set of services, as a fieldset with a legend — today's services at a counter,
 * or the services performed in a visit. Controlled: the parent holds the chosen ids.
 */
import { localized, type Language } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';

export function serviceLabel(office: OfficeView | undefined, serviceId: string, language: Language): string {
  const service = office?.services.find((s) => s.id === serviceId);
  return service ? `${localized(service.names, language)} (${service.prefix})` : serviceId;
}

export function ServiceChecklist({
  idPrefix,
  legend,
  hint,
  serviceIds,
  chosen,
  onChange,
  office,
  language,
  invalid,
  errorId,
  autoFocusFirst,
}: {
  idPrefix: string;
  legend: string;
  hint?: string | undefined;
  serviceIds: readonly string[];
  chosen: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
  office: OfficeView | undefined;
  language: Language;
  invalid?: boolean;
  errorId?: string;
  /** the first box takes the focus when its dialog opens */
  autoFocusFirst?: boolean;
}) {
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  const describedBy = [hint ? `${idPrefix}-hint` : '', invalid && errorId ? errorId : '']
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset class="checklist" aria-describedby={describedBy || undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${idPrefix}-hint`} class="checklist__hint">
          {hint}
        </p>
      )}
      <ul class="checklist__list">
        {serviceIds.map((id, index) => (
          <li key={id} class="field field--inline">
            <input
              id={`${idPrefix}-${id}`}
              type="checkbox"
              checked={chosen.has(id)}
              data-autofocus={autoFocusFirst && index === 0 ? true : undefined}
              onChange={(e) => toggle(id, (e.currentTarget as HTMLInputElement).checked)}
            />
            <label for={`${idPrefix}-${id}`}>{serviceLabel(office, id, language)}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
