/** The form for a new device or a device's settings: id, kind, offices, then its options. */
import type { AdminModel } from '../model/admin.ts';
import type { DeviceForm, DisplayForm, KioskForm } from '../model/admin-device-form.ts';
import type { DevicesAdminModel } from '../model/admin-devices.ts';
import { useFocusOnMount } from '../focus.ts';
import { CheckList } from './CheckList.tsx';
import { DisplayOptionsFields } from './DisplayOptionsFields.tsx';
import { FormScope, TextField } from './fields.tsx';
import { KioskOptionsFields } from './KioskOptionsFields.tsx';
import { ProblemSummary } from './ProblemSummary.tsx';

const LABELS: Record<string, string> = {
  '': 'Gerät',
  id: 'Gerätekennung',
  kind: 'Art',
  offices: 'Dienststellen',
  display: 'Anzeige',
  'display.layout': 'Ausrichtung',
  'display.departments': 'Fachbereiche',
  'display.services': 'Anliegen',
  'display.counters': 'Plätze',
  'display.historyRows': 'Frühere Aufrufe',
  'display.languages': 'Sprachen auf dem Bildschirm',
  'display.rotateSeconds': 'Sekunden je Sprache',
  'display.announce': 'Ansage',
  'display.announce.languages': 'Sprachen der Ansage',
  'display.ticker': 'Laufschrift',
  'display.ticker.de': 'Laufschrift (Deutsch)',
  'display.ticker.en': 'Laufschrift (Englisch)',
  kiosk: 'Kiosk',
  'kiosk.fastPathServices': 'Schnellwahl',
  'kiosk.idleSeconds': 'Zurück zum Start',
  'kiosk.staffPin': 'Neue PIN',
  agent: 'Wer druckt',
  printer: 'Drucker',
  'printer.host': 'Drucker-Adresse',
  'printer.port': 'Port',
  'printer.path': 'Gerätedatei',
};

export function DeviceFormView({
  admin,
  devices,
  form,
}: {
  admin: AdminModel;
  devices: DevicesAdminModel;
  form: DeviceForm;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const allOffices = admin.setup.value?.offices ?? [];
  const offices = allOffices.filter((o) => form.offices.includes(o.id));
  const kindName = form.kind === 'kiosk' ? 'Kiosk' : 'Anzeige';
  const title = form.isNew ? `${kindName} koppeln` : `${kindName} ${form.id} bearbeiten`;
  const edit = (patch: Partial<DeviceForm>) => devices.edit((f) => ({ ...f, ...patch }));
  const editDisplay = (patch: Partial<DisplayForm>) =>
    devices.edit((f) => ({ ...f, display: { ...f.display, ...patch } }));
  const editKiosk = (patch: Partial<KioskForm>) =>
    devices.edit((f) => ({ ...f, kiosk: { ...f.kiosk, ...patch } }));
  return (
    <FormScope.Provider value={{ scope: 'device', problems: devices.problems.value }}>
      <form
        class="admin-form card"
        noValidate
        aria-labelledby="admin-device-form-title"
        onSubmit={(e) => {
          e.preventDefault();
          void devices.save();
        }}
      >
        <h3 id="admin-device-form-title" tabIndex={-1} ref={heading}>
          {title}
        </h3>
        <ProblemSummary
          scope="device"
          refusal={devices.refusal.value}
          problems={devices.problems.value}
          saved={undefined}
          labelOf={(key) => LABELS[key] ?? key}
          onReload={devices.conflict.value ? () => void admin.load() : undefined}
        />
        {form.isNew ? (
          <TextField
            k="id"
            label="Gerätekennung"
            hint="klein, ohne Leerzeichen, z. B. anzeige-wartebereich-2"
            value={form.id}
            onInput={(v) => edit({ id: v.trim().toLowerCase() })}
            required
          />
        ) : (
          <p class="admin-fixed">
            <span class="admin-fixed__label">Gerätekennung</span> <code>{form.id}</code>
          </p>
        )}
        <CheckList
          k="offices"
          legend="Dienststellen"
          items={allOffices.map((o) => ({ value: o.id, label: o.name }))}
          selected={form.offices}
          onChange={(next) => edit({ offices: next })}
        />
        {form.kind === 'display' ? (
          <DisplayOptionsFields display={form.display} offices={offices} onChange={editDisplay} />
        ) : (
          <KioskOptionsFields kiosk={form.kiosk} offices={offices} onChange={editKiosk} />
        )}
        <div class="admin-form__buttons">
          <button
            type="submit"
            class="button"
            disabled={devices.saving.value}
            aria-busy={devices.saving.value}
          >
            {form.isNew ? `${kindName} anlegen und Token erzeugen` : 'Speichern'}
          </button>
          <button type="button" class="button button--secondary" onClick={() => devices.close()}>
            Abbrechen
          </button>
        </div>
      </form>
    </FormScope.Provider>
  );
}
