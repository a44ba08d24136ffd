/** The office's rules: the calling order, the board's alarm thresholds and the appointment window. */
import type { OfficeForm } from '../model/admin-office-form.ts';
import type { OfficeEditorModel } from '../model/admin-office-editor.ts';
import { Group, NumberField } from './fields.tsx';

type GroupName = 'calling' | 'alarms' | 'appointments';

export function RulesFields({ editor, form }: { editor: OfficeEditorModel; form: OfficeForm }) {
  const field = <G extends GroupName>(
    group: G,
    name: keyof OfficeForm[G] & string,
    label: string,
    hint: string,
    decimal = false,
  ) => (
    <NumberField
      k={`${group}.${name}`}
      label={label}
      hint={hint}
      value={(form[group] as Record<string, string>)[name] ?? ''}
      onInput={(v) => editor.edit((f) => ({ ...f, [group]: { ...f[group], [name]: v } }))}
      decimal={decimal}
    />
  );
  return (
    <div class="admin-rules">
      <Group k="calling" legend={<h3>Aufrufreihenfolge</h3>}>
        {field(
          'calling',
          'normalPerPriority',
          'Normale Aufrufe je Vorrang-Aufruf',
          '0–50; 0: Vorrang immer zuerst',
        )}
        {field(
          'calling',
          'priorityWeight',
          'Gewicht des Vorrangs',
          '1–20: Vorrang-Wartezeit zählt so viel mehr',
          true,
        )}
        {field(
          'calling',
          'noShowAfterCalls',
          '„Nicht erschienen“ nach Aufrufen',
          '1–5 Aufrufe, Wiederholungen zählen mit',
        )}
      </Group>
      <Group k="alarms" legend={<h3>Alarme der Übersicht</h3>}>
        {field('alarms', 'maxWaiting', 'Alarm ab Wartenden je Anliegen', 'mehr als so viele: 1–500')}
        {field('alarms', 'waitOverTargetPercent', 'Alarm ab Wartezeit (% des Ziels)', '50–500 %')}
        {field('alarms', 'pausedMinutes', 'Alarm ab Pause (Minuten)', '5–240 Minuten')}
      </Group>
      <Group k="appointments" legend={<h3>Termine</h3>}>
        {field('appointments', 'earlyMinutes', 'Einchecken ab (Minuten vorher)', '0–240')}
        {field('appointments', 'lateMinutes', 'Einchecken bis (Minuten danach)', '0–240')}
        {field('appointments', 'favourMinutes', 'Vor Wartenden aufrufen (Minuten vor dem Termin)', '0–120')}
      </Group>
    </div>
  );
}
