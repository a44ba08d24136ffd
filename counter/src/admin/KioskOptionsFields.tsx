/**
 * A kiosk's options: up to four fast-path services on its start screen, the idle time, the
 * staff exit PIN (set, keep or remove — it is never shown), who prints (the server or a kiosk
 * agent on the kiosk PC) and its printer.
 */
import {
  MAX_FAST_PATH,
  PRINTER_NAMES,
  type KioskForm,
  type PinChoice,
  type PrinterChoice,
} from '../model/admin-device-form.ts';
import type { OfficeSetup } from '../model/admin-setup.ts';
import { CheckList } from './CheckList.tsx';
import { Group, NumberField, SelectField, TextField } from './fields.tsx';

export function KioskOptionsFields({
  kiosk,
  offices,
  onChange,
}: {
  kiosk: KioskForm;
  offices: readonly OfficeSetup[];
  onChange: (patch: Partial<KioskForm>) => void;
}) {
  const pinChoices: { value: PinChoice; label: string }[] = [
    {
      value: 'keep',
      label: kiosk.hasStaffPin ? 'PIN beibehalten' : 'keine PIN (kein Verlassen des Kioskmodus)',
    },
    { value: 'set', label: kiosk.hasStaffPin ? 'neue PIN setzen' : 'PIN setzen' },
    ...(kiosk.hasStaffPin ? [{ value: 'remove' as const, label: 'PIN entfernen' }] : []),
  ];
  return (
    <Group k="kiosk" legend={<h4>Kiosk</h4>}>
      <div class="admin-row">
        <NumberField
          k="kiosk.idleSeconds"
          label="Zurück zum Start nach (Sekunden)"
          hint="20–600"
          value={kiosk.idleSeconds}
          onInput={(v) => onChange({ idleSeconds: v })}
        />
        <SelectField
          k="kiosk.pin"
          label="Personal-PIN zum Verlassen"
          hint={kiosk.hasStaffPin ? 'eine PIN ist gesetzt' : 'keine PIN gesetzt'}
          value={kiosk.pin}
          options={pinChoices}
          onChange={(v) => onChange({ pin: v as PinChoice })}
        />
        {kiosk.pin === 'set' && (
          <TextField
            k="kiosk.staffPin"
            type="password"
            inputMode="numeric"
            label="Neue PIN"
            hint="4–8 Ziffern"
            value={kiosk.newPin}
            onInput={(v) => onChange({ newPin: v })}
            autoComplete="new-password"
            size="s"
          />
        )}
      </div>
      <CheckList
        k="kiosk.fastPathServices"
        legend="Schnellwahl auf dem Startbildschirm"
        hint={`höchstens ${MAX_FAST_PATH} Anliegen als große Tasten`}
        items={offices.flatMap((o) =>
          o.services.map((s) => ({ value: s.id, label: `${s.prefix} · ${s.name.de}` })),
        )}
        selected={kiosk.fastPathServices}
        onChange={(fastPathServices) => onChange({ fastPathServices })}
        max={MAX_FAST_PATH}
      />
      <div class="admin-row">
        <SelectField
          k="agent"
          label="Wer druckt"
          value={kiosk.agent}
          options={[
            { value: 'embedded', label: 'der Server (eingebetteter Agent)' },
            { value: 'remote', label: 'ein Kiosk-Agent auf dem Kiosk-PC' },
          ]}
          onChange={(v) => onChange({ agent: v as KioskForm['agent'] })}
        />
        <SelectField
          k="printer"
          label="Drucker"
          value={kiosk.printer}
          options={(Object.keys(PRINTER_NAMES) as PrinterChoice[]).map((p) => ({
            value: p,
            label: PRINTER_NAMES[p],
          }))}
          onChange={(v) => onChange({ printer: v as PrinterChoice })}
        />
        {kiosk.printer === 'tcp' && (
          <>
            <TextField
              k="printer.host"
              label="Drucker-Adresse (Host)"
              value={kiosk.host}
              onInput={(v) => onChange({ host: v })}
              size="m"
            />
            <NumberField
              k="printer.port"
              label="Port"
              value={kiosk.port}
              onInput={(v) => onChange({ port: v })}
            />
          </>
        )}
        {kiosk.printer === 'usb-lp' && (
          <TextField
            k="printer.path"
            label="Gerätedatei"
            hint="z. B. /dev/usb/lp0"
            value={kiosk.path}
            onInput={(v) => onChange({ path: v })}
            size="m"
          />
        )}
      </div>
    </Group>
  );
}
