/**
 * The admin forms' inputs: each with a real label, its hint and its problems tied to it by
 * aria-describedby, and aria-invalid while a problem stands. The form's problems and its id
 * scope come from the FormScope context, so a field needs only its key (`services.1.prefix`).
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { errorId, fieldId } from '../model/admin-fields.ts';
import { NO_PROBLEMS, type FormProblems } from '../model/admin-problems.ts';

export const FormScope = createContext<{ scope: string; problems: FormProblems }>({
  scope: 'admin',
  problems: NO_PROBLEMS,
});

/** The problems at this key, the ids to point at, and whether anything under it is wrong. */
export function useField(key: string) {
  const { scope, problems } = useContext(FormScope);
  const messages = problems.byKey.get(key) ?? [];
  return {
    id: fieldId(scope, key),
    errorId: errorId(scope, key),
    messages,
    hasProblemWithin: (prefix: string) =>
      problems.list.some((p) => p.key === prefix || p.key.startsWith(`${prefix}.`)),
  };
}

export function FieldError({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <p class="admin-field-error" id={id}>
      <span aria-hidden="true">✖ </span>
      {messages.join(' ')}
    </p>
  );
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

interface InputProps {
  k: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  type?: 'text' | 'password' | 'time';
  inputMode?: 'numeric' | 'decimal' | 'text';
  autoComplete?: string;
  required?: boolean;
  size?: 'xs' | 's' | 'm' | 'l';
  disabled?: boolean;
  /** the label is there for assistive technology; sighted users see it in the group's heading */
  hideLabel?: boolean;
  lang?: string;
  dir?: 'rtl' | 'ltr' | 'auto';
  /** read before the label by assistive technology only: "Montag, Zeitraum 1: " before "von" */
  hiddenPrefix?: string;
}

export function TextField(props: InputProps) {
  const { id, errorId: err, messages } = useField(props.k);
  const hintId = props.hint ? `${id}-hint` : undefined;
  return (
    <div class={`field admin-field admin-field--${props.size ?? 'm'}`}>
      <label for={id} class={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.hiddenPrefix && <span class="visually-hidden">{props.hiddenPrefix}</span>}
        {props.label}
      </label>
      {props.hint && (
        <span class="admin-hint" id={hintId}>
          {props.hint}
        </span>
      )}
      <input
        id={id}
        // Preact types <input> per literal `type`; this one is chosen at run time.
        type={(props.type ?? 'text') as 'text'}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete ?? 'off'}
        value={props.value}
        required={props.required}
        disabled={props.disabled}
        lang={props.lang}
        dir={props.dir}
        aria-invalid={messages.length > 0 ? 'true' : undefined}
        aria-describedby={describedBy(hintId, messages.length > 0 && err)}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      <FieldError id={err} messages={messages} />
    </div>
  );
}

export function NumberField(props: Omit<InputProps, 'type' | 'inputMode'> & { decimal?: boolean }) {
  return <TextField {...props} inputMode={props.decimal ? 'decimal' : 'numeric'} size={props.size ?? 's'} />;
}

export function CheckField({
  k,
  label,
  checked,
  onChange,
  disabled,
  hint,
}: {
  k: string;
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
  disabled?: boolean;
  hint?: string;
}) {
  const { id, errorId: err, messages } = useField(k);
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class="field field--inline admin-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-invalid={messages.length > 0 ? 'true' : undefined}
        aria-describedby={describedBy(hintId, messages.length > 0 && err)}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {hint && (
        <span class="admin-hint" id={hintId}>
          {hint}
        </span>
      )}
      <FieldError id={err} messages={messages} />
    </div>
  );
}

export function SelectField({
  k,
  label,
  value,
  options,
  onChange,
  hint,
}: {
  k: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  hint?: string;
}) {
  const { id, errorId: err, messages } = useField(k);
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class="field admin-field admin-field--m">
      <label for={id}>{label}</label>
      {hint && (
        <span class="admin-hint" id={hintId}>
          {hint}
        </span>
      )}
      <select
        id={id}
        value={value}
        aria-invalid={messages.length > 0 ? 'true' : undefined}
        aria-describedby={describedBy(hintId, messages.length > 0 && err)}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={err} messages={messages} />
    </div>
  );
}

/**
 * A group of related inputs (checkboxes, a week of hours): a fieldset named by its legend, with
 * the group's own problems below the legend and tied to the group.
 */
export function Group({
  k,
  legend,
  hint,
  children,
  class: className,
}: {
  k: string;
  legend: ComponentChildren;
  hint?: string;
  children: ComponentChildren;
  class?: string;
}) {
  const { id, errorId: err, messages } = useField(k);
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <fieldset
      class={`admin-group ${className ?? ''}`}
      id={id}
      tabIndex={-1}
      aria-invalid={messages.length > 0 ? 'true' : undefined}
      aria-describedby={describedBy(hintId, messages.length > 0 && err)}
    >
      <legend>{legend}</legend>
      {hint && (
        <p class="admin-hint" id={hintId}>
          {hint}
        </p>
      )}
      <FieldError id={err} messages={messages} />
      {children}
    </fieldset>
  );
}
