/**
 * Owns: the devices section — adding a kiosk or display (its token is shown once), changing its
 * settings, renewing its token or removing it after the admin confirmed. The tokens live only in
 * the admin model until the admin dismisses them.
 */
import { action, createModel, effect, signal } from '@preact/signals';
import type { AdminModel } from './admin.ts';
import { deviceBody, deviceToForm, type DeviceForm } from './admin-device-form.ts';
import { DEVICE_FIELD_KEYS } from './admin-fields.ts';
import { formEditor } from './admin-form-editor.ts';
import { refusalText, type Problem } from './admin-problems.ts';
import type { DeviceKind } from './admin-setup.ts';

export type DeviceConfirmation = { kind: 'renew' | 'delete'; deviceId: string };

export function checkDevice(form: DeviceForm): Problem[] {
  const problems: Problem[] = [];
  if (form.isNew && !/^[a-z0-9][a-z0-9-]*$/.test(form.id)) {
    problems.push({
      field: 'id',
      message: 'Nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. anzeige-2.',
    });
  }
  if (form.offices.length === 0)
    problems.push({ field: 'offices', message: 'Mindestens eine Dienststelle wählen.' });
  if (form.kind === 'kiosk' && form.kiosk.pin === 'set' && !/^\d{4,8}$/.test(form.kiosk.newPin.trim())) {
    problems.push({ field: 'kiosk.staffPin', message: '4 bis 8 Ziffern.' });
  }
  return problems;
}

export const DevicesModel = createModel(({ admin }: { admin: AdminModel }) => {
  const editor = formEditor<DeviceForm>(admin, () => DEVICE_FIELD_KEYS);
  const confirming = signal<DeviceConfirmation | undefined>(undefined);
  const notice = signal<string | undefined>(undefined);
  const refusal = signal<string | undefined>(undefined);
  const busy = signal(false);

  const officeIds = () => admin.setup.peek()?.offices.map((o) => o.id) ?? [];
  const start = (deviceId: string | undefined, kind?: DeviceKind) => {
    const device = admin.setup.peek()?.devices.find((d) => d.id === deviceId);
    notice.value = undefined;
    refusal.value = undefined;
    const form = deviceToForm(device, officeIds());
    editor.open(kind ? { ...form, kind } : form);
  };

  effect(() => {
    if (admin.loads.value > 0) editor.close();
  });

  return {
    ...editor,
    confirming,
    notice,
    listRefusal: refusal,
    busy,
    issued: admin.issued,
    startNew: action((kind: DeviceKind) => start(undefined, kind)),
    startEdit: action((deviceId: string) => start(deviceId)),
    save: action(async () => {
      const form = editor.form.peek();
      if (!form) return;
      const outcome = await editor.submit({
        check: checkDevice,
        send: (f, revision) => admin.api.putDevice(f.id, deviceBody(f, revision)),
        savedText: '',
        deviceId: form.id,
      });
      if (!outcome) return;
      editor.close();
      notice.value = form.isNew
        ? `Gerät ${form.id} angelegt.`
        : `Gerät ${form.id} geändert. Es übernimmt die Einstellungen sofort.`;
    }),
    ask: action((next: DeviceConfirmation) => {
      notice.value = undefined;
      refusal.value = undefined;
      confirming.value = next;
    }),
    cancel: action(() => void (confirming.value = undefined)),
    confirm: action(async () => {
      const asked = confirming.peek();
      if (!asked || busy.peek()) return;
      busy.value = true;
      const { deviceId } = asked;
      const result = await admin.change(
        admin.revision(),
        (revision) =>
          asked.kind === 'renew'
            ? admin.api.renewDeviceToken(deviceId, revision)
            : admin.api.deleteDevice(deviceId, revision),
        deviceId,
      );
      busy.value = false;
      confirming.value = undefined;
      if (!result.ok) refusal.value = refusalText(result.error);
      else if (asked.kind === 'delete') {
        if (admin.issued.peek()?.deviceId === deviceId) admin.forgetTokens();
        notice.value = `Gerät ${deviceId} entfernt. Sein Token gilt nicht mehr.`;
      } else notice.value = `Neues Token für ${deviceId}. Das alte gilt nicht mehr.`;
    }),
  };
});
export type DevicesAdminModel = InstanceType<typeof DevicesModel>;
