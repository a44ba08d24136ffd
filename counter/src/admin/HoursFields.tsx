/**
 * A service's issuing hours: "at any time" or fixed times, then per weekday its time ranges with
 * add, remove and "Montag übernehmen". Each range is a pair of labelled time inputs.
 */
import {
  addRange,
  copyDay,
  rangeProblem,
  removeRange,
  setRange,
  WEEKDAY_NAMES,
  type HoursForm,
} from '../model/admin-hours.ts';
import { WEEKDAYS } from '../model/admin-setup.ts';
import { FieldError, Group, TextField, useField } from './fields.tsx';

export function HoursFields({
  k,
  serviceName,
  hours,
  onChange,
}: {
  k: string;
  serviceName: string;
  hours: HoursForm;
  onChange: (next: HoursForm) => void;
}) {
  const week = hours.week;
  const name = `${k}-restricted`;
  return (
    <Group k={k} legend="Ausgabezeiten" class="admin-hours">
      <div class="admin-radios" role="radiogroup" aria-label={`Ausgabezeiten für ${serviceName}`}>
        <label>
          <input
            type="radio"
            name={name}
            checked={!hours.restricted}
            onChange={() => onChange({ ...hours, restricted: false })}
          />{' '}
          jederzeit, solange aktiv
        </label>
        <label>
          <input
            type="radio"
            name={name}
            checked={hours.restricted}
            onChange={() => onChange({ ...hours, restricted: true })}
          />{' '}
          nur zu festen Zeiten
        </label>
      </div>
      {hours.restricted && (
        <>
          <p class="admin-hint">Ein Tag ohne Zeitraum: an diesem Tag keine Wartenummern.</p>
          <ul class="admin-week">
            {WEEKDAYS.map((day) => (
              <li key={day} class="admin-week__day">
                <span class="admin-week__name" id={`${k}-${day}-name`}>
                  {WEEKDAY_NAMES[day]}
                </span>
                <div class="admin-week__ranges">
                  {week[day].length === 0 && <span class="muted">geschlossen</span>}
                  {week[day].map((range, i) => (
                    <Range
                      key={i}
                      k={`${k}.${day}.${i}`}
                      what={`${WEEKDAY_NAMES[day]}, Zeitraum ${i + 1}`}
                      from={range.from}
                      to={range.to}
                      onChange={(patch) => onChange({ ...hours, week: setRange(week, day, i, patch) })}
                      onRemove={() => onChange({ ...hours, week: removeRange(week, day, i) })}
                    />
                  ))}
                </div>
                <div class="admin-week__buttons">
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    aria-label={`Zeitraum am ${WEEKDAY_NAMES[day]} hinzufügen`}
                    onClick={() => onChange({ ...hours, week: addRange(week, day) })}
                  >
                    + Zeitraum
                  </button>
                  {day === 'mon' && (
                    <button
                      type="button"
                      class="button button--secondary button--small"
                      onClick={() =>
                        onChange({ ...hours, week: copyDay(week, 'mon', ['tue', 'wed', 'thu', 'fri']) })
                      }
                    >
                      Montag für Dienstag bis Freitag übernehmen
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </Group>
  );
}

function Range({
  k,
  what,
  from,
  to,
  onChange,
  onRemove,
}: {
  k: string;
  what: string;
  from: string;
  to: string;
  onChange: (patch: { from?: string; to?: string }) => void;
  onRemove: () => void;
}) {
  const { id, errorId, messages } = useField(k);
  // Said at once on the page; the server's word (if any) comes in `messages`.
  const local = rangeProblem({ from, to });
  const shown = messages.length > 0 ? messages : local ? [local] : [];
  return (
    <div
      class="admin-range"
      id={id}
      tabIndex={-1}
      role="group"
      aria-label={what}
      aria-describedby={shown.length ? errorId : undefined}
    >
      <TextField
        k={`${k}.from`}
        type="time"
        hiddenPrefix={`${what}: `}
        label="von"
        value={from}
        onInput={(v) => onChange({ from: v })}
        size="xs"
      />
      <TextField
        k={`${k}.to`}
        type="time"
        hiddenPrefix={`${what}: `}
        label="bis"
        value={to}
        onInput={(v) => onChange({ to: v })}
        size="xs"
      />
      <button
        type="button"
        class="button button--secondary button--small"
        aria-label={`${what} entfernen`}
        onClick={onRemove}
      >
        Entfernen
      </button>
      <FieldError id={errorId} messages={shown} />
    </div>
  );
}
