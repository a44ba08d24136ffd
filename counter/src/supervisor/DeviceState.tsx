/**
 * One piece of device status: an icon for how urgent it is and the words for what it is. The
 * icon is decoration (aria-hidden); the words carry the meaning, so nothing depends on colour.
 */
import type { Language } from '#protocol/language.ts';
import { t } from '#i18n/translate.ts';
import type { DeviceFault, PrinterCondition, Severity } from '../model/device-status.ts';

const ICONS: Readonly<Record<Severity | 'none', string>> = {
  ok: '✔',
  warning: '⚠',
  error: '✖',
  unknown: '?',
  none: '–',
};

export function DeviceState({ severity, text }: { severity: Severity | 'none'; text: string }) {
  return (
    <span class={`device-state device-state--${severity}`}>
      <span class="device-state__icon" aria-hidden="true">
        {ICONS[severity]}
      </span>
      {text}
    </span>
  );
}

export function deviceName(device: { kind: 'kiosk' | 'display'; deviceId: string }, language: Language) {
  return t(language, `counter.devices.kind.${device.kind}`, { id: device.deviceId });
}

export function conditionText(condition: PrinterCondition, language: Language): string {
  return t(language, `counter.devices.printer.${condition}`);
}

/** "Kiosk kiosk-1: Papier leer" */
export function faultText(fault: DeviceFault, language: Language): string {
  const problem =
    fault.fault === 'agent'
      ? t(language, 'counter.devices.agent.disconnected')
      : fault.fault === 'screen'
        ? t(language, 'counter.devices.screen.disconnected')
        : fault.conditions.map((c) => conditionText(c, language)).join(', ');
  return t(language, 'counter.devices.alert.item', { device: deviceName(fault, language), problem });
}
