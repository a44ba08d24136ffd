/**
 * Device faults at the top of every supervisor view: a kiosk without its agent, a printer in
 * error. The alert region is always in the page, so a fault that appears is announced at once;
 * it is empty while all is well.
 */
import type { Language } from '#protocol/language.ts';
import { t } from '#i18n/translate.ts';
import type { DeviceFault } from '../model/device-status.ts';
import { faultText } from './DeviceState.tsx';

export function DeviceAlerts({
  faults,
  language,
  onShow,
}: {
  faults: readonly DeviceFault[];
  language: Language;
  /** leads to the device table; absent while it is on screen */
  onShow?: (() => void) | undefined;
}) {
  return (
    <div class="device-alerts" role="alert">
      {faults.length > 0 && (
        <div class="device-alerts__box">
          <p class="device-alerts__title">
            <span aria-hidden="true">⚠ </span>
            {t(language, 'counter.devices.alert.heading')}
          </p>
          <ul class="device-alerts__list">
            {faults.map((fault) => (
              <li key={fault.deviceId}>{faultText(fault, language)}</li>
            ))}
          </ul>
          {onShow && (
            <button type="button" class="button button--small button--secondary" onClick={onShow}>
              {t(language, 'counter.devices.alert.show')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
