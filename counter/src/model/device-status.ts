/**
 * Owns: what supervisors are told about kiosks and displays — the printer's condition in words,
 * which devices have a fault, and keeping the device list current when one device changes.
 * Pure, so the wording rules are unit-tested.
 * Why device status is not folded with the office's facts: it describes hardware now, not the
 * office's history, and carries no `seq`; a change simply replaces that device's entry.
 */
import type { DeviceStatusView, PrinterStatusView } from '#protocol/devices.ts';

/** One printer condition, as a catalog key suffix (`counter.devices.printer.<condition>`). */
export type PrinterCondition =
  'ok' | 'paperNearEnd' | 'paperEnd' | 'coverOpen' | 'cutterError' | 'offline' | 'error' | 'unknown';

export type Severity = 'ok' | 'warning' | 'error' | 'unknown';

/** Every condition the printer reports, the worst first; `ok` alone when nothing is wrong. */
export function printerConditions(printer: PrinterStatusView): PrinterCondition[] {
  if (printer.state === 'unknown') return ['unknown'];
  const found: PrinterCondition[] = [];
  if (printer.paperEnd) found.push('paperEnd');
  if (printer.coverOpen) found.push('coverOpen');
  if (printer.cutterError) found.push('cutterError');
  // An error without a named cause (e.g. an overheated head) still has to say "error".
  if (printer.state === 'error' && found.length === 0) found.push('error');
  if (printer.paperNearEnd && !printer.paperEnd) found.push('paperNearEnd');
  if (printer.offline && found.length === 0) found.push('offline');
  if (found.length === 0) found.push(printer.state === 'ok' ? 'ok' : 'error');
  return found;
}

export type DeviceFault =
  | { deviceId: string; kind: DeviceStatusView['kind']; fault: 'agent' }
  | { deviceId: string; kind: DeviceStatusView['kind']; fault: 'screen' }
  | { deviceId: string; kind: DeviceStatusView['kind']; fault: 'printer'; conditions: PrinterCondition[] };

/**
 * Faults supervisors must see at once: a kiosk whose agent is not connected (nothing prints,
 * no reader works) and a printer in error. A warning (paper low) or a silent printer is shown on
 * the board but is not an alert.
 */
export function deviceFaults(devices: readonly DeviceStatusView[]): DeviceFault[] {
  const faults: DeviceFault[] = [];
  for (const d of devices) {
    if (d.kind === 'kiosk' && !d.agentConnected)
      faults.push({ deviceId: d.deviceId, kind: d.kind, fault: 'agent' });
    else if (d.kind === 'display' && !d.screenConnected)
      faults.push({ deviceId: d.deviceId, kind: d.kind, fault: 'screen' });
    else if (d.printer?.state === 'error') {
      faults.push({
        deviceId: d.deviceId,
        kind: d.kind,
        fault: 'printer',
        conditions: printerConditions(d.printer),
      });
    }
  }
  return faults;
}

/** Kiosks first, then displays, each by id — a stable order for the board. */
export function sortDevices(devices: readonly DeviceStatusView[]): DeviceStatusView[] {
  const rank = (d: DeviceStatusView) => (d.kind === 'kiosk' ? 0 : 1);
  return [...devices].sort((a, b) => rank(a) - rank(b) || a.deviceId.localeCompare(b.deviceId));
}

/**
 * Replaces the device's entry in every office that lists it. A device no office lists yet is left
 * out: the next snapshot of its office brings it with its current status.
 */
export function withDeviceStatus(
  byOffice: Readonly<Record<string, readonly DeviceStatusView[]>>,
  status: DeviceStatusView,
): Readonly<Record<string, readonly DeviceStatusView[]>> {
  let changed = false;
  const next: Record<string, readonly DeviceStatusView[]> = {};
  for (const [officeId, devices] of Object.entries(byOffice)) {
    if (devices.some((d) => d.deviceId === status.deviceId)) {
      changed = true;
      next[officeId] = devices.map((d) => (d.deviceId === status.deviceId ? status : d));
    } else next[officeId] = devices;
  }
  return changed ? next : byOffice;
}

/** How bad one condition is, for its icon: the words say what it is, the icon how urgent. */
export function conditionSeverity(condition: PrinterCondition): Severity {
  switch (condition) {
    case 'ok':
      return 'ok';
    case 'paperNearEnd':
    case 'offline':
      return 'warning';
    case 'unknown':
      return 'unknown';
    case 'paperEnd':
    case 'coverOpen':
    case 'cutterError':
    case 'error':
      return 'error';
  }
}
