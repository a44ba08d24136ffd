/**
 * The outcome of saving, above the form: after a refusal, what it means and every problem as a
 * link that moves the focus to its field; after saving, a short confirmation. It takes the focus
 * when a refusal appears, so keyboard and screen-reader users learn of it at once.
 */
import { useEffect, useRef } from 'preact/hooks';
import { fieldId } from '../model/admin-fields.ts';
import type { FormProblems } from '../model/admin-problems.ts';

export function ProblemSummary({
  scope,
  refusal,
  problems,
  saved,
  labelOf,
  onReload,
}: {
  scope: string;
  refusal: string | undefined;
  problems: FormProblems;
  saved: string | undefined;
  labelOf: (key: string) => string;
  /** offered after a conflict: load the current setup (the admin's edits go) */
  onReload?: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusal) ref.current?.focus();
  }, [refusal, problems]);
  if (saved) {
    return (
      <p class="admin-saved" role="status">
        <span aria-hidden="true">✔ </span>
        {saved}
      </p>
    );
  }
  if (!refusal) return <p class="visually-hidden" role="status" />;
  const jump = (key: string) => (event: MouseEvent) => {
    event.preventDefault();
    const target = document.getElementById(fieldId(scope, key));
    target?.closest('details')?.setAttribute('open', '');
    target?.focus();
  };
  return (
    <div
      class="admin-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby={`${scope}-summary-title`}
    >
      <h3 id={`${scope}-summary-title`}>{refusal}</h3>
      {problems.list.length > 0 && (
        <ul>
          {problems.list.map((p, i) => (
            <li key={i}>
              <a href={`#${fieldId(scope, p.key)}`} onClick={jump(p.key)}>
                {labelOf(p.key)}
              </a>
              : {p.message}
            </li>
          ))}
        </ul>
      )}
      {onReload && (
        <button type="button" class="button" onClick={onReload}>
          Aktuellen Stand laden (Ihre Eingaben gehen verloren)
        </button>
      )}
    </div>
  );
}
