/**
 * The office's kiosks and displays on the live board: is the kiosk agent connected, what does the
 * printer report (in words, with an icon), which readers are attached, and when did it last report.
 * Changes arrive live (`device:status-changed`), so the table updates without a reload.
 */
import type { DeviceStatusView } from '#protocol/devices.ts';
import type { Language } from '#protocol/language.ts';
import { t } from '#i18n/translate.ts';
import { formatSince } from '../format.ts';
import { conditionSeverity, printerConditions } from '../model/device-status.ts';
import { DeviceState, conditionText, deviceName } from './DeviceState.tsx';

export const DEVICES_HEADING_ID = 'board-devices';

export function DevicesPanel({
  devices,
  nowMs,
  timeZone,
  language,
}: {
  devices: readonly DeviceStatusView[] | undefined;
  nowMs: number;
  timeZone: string | undefined;
  language: Language;
}) {
  return (
    <section class="card devices" aria-labelledby={DEVICES_HEADING_ID}>
      {/* Focusable, so "show devices" in the alert can take the keyboard here. */}
      <h2 id={DEVICES_HEADING_ID} tabIndex={-1}>
        {t(language, 'counter.devices.heading')}
      </h2>
      {devices === undefined ? (
        <p>{t(language, 'loading')}</p>
      ) : devices.length === 0 ? (
        <p>{t(language, 'counter.devices.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t(language, 'counter.devices.col.device')}</th>
              <th scope="col">{t(language, 'counter.devices.col.connection')}</th>
              <th scope="col">{t(language, 'counter.devices.col.printer')}</th>
              <th scope="col">{t(language, 'counter.devices.col.readers')}</th>
              <th scope="col">{t(language, 'counter.devices.col.lastSeen')}</th>
            </tr>
          </thead>
          <tbody>
            {devices.map((device) => (
              <tr key={device.deviceId} data-device={device.deviceId}>
                <th scope="row">{deviceName(device, language)}</th>
                <td>
                  <Connection device={device} language={language} />
                </td>
                <td>
                  <Printer device={device} language={language} />
                </td>
                <td>
                  <Readers device={device} language={language} />
                </td>
                <td>
                  {device.lastSeenAt === undefined
                    ? t(language, 'counter.devices.never')
                    : formatSince(device.lastSeenAt, nowMs, language, timeZone)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Connection({ device, language }: { device: DeviceStatusView; language: Language }) {
  if (device.agentConnected) {
    return <DeviceState severity="ok" text={t(language, 'counter.devices.agent.connected')} />;
  }
  // Only kiosks run an agent; a display is judged by whether its screen is connected.
  if (device.kind === 'kiosk') {
    return <DeviceState severity="error" text={t(language, 'counter.devices.agent.disconnected')} />;
  }
  return device.screenConnected ? (
    <DeviceState severity="ok" text={t(language, 'counter.devices.screen.connected')} />
  ) : (
    <DeviceState severity="error" text={t(language, 'counter.devices.screen.disconnected')} />
  );
}

function Printer({ device, language }: { device: DeviceStatusView; language: Language }) {
  const printer = device.printer;
  if (!printer) return <DeviceState severity="none" text={t(language, 'counter.devices.printer.none')} />;
  return (
    <ul class="device-list">
      {printerConditions(printer).map((condition) => (
        <li key={condition}>
          <DeviceState severity={conditionSeverity(condition)} text={conditionText(condition, language)} />
        </li>
      ))}
      {/* Without its agent, nobody asks the printer: what is shown is its state back then. */}
      {device.kind === 'kiosk' && !device.agentConnected && (
        <li class="muted">({t(language, 'counter.devices.printer.stale')})</li>
      )}
    </ul>
  );
}

function Readers({ device, language }: { device: DeviceStatusView; language: Language }) {
  if (device.readers.length === 0) {
    return <DeviceState severity="none" text={t(language, 'counter.devices.reader.none')} />;
  }
  return (
    <ul class="device-list">
      {device.readers.map((reader, index) => (
        <li key={`${reader.kind}-${index}`}>
          <DeviceState
            severity={reader.attached ? 'ok' : 'warning'}
            text={`${t(language, `counter.devices.reader.${reader.kind}`)}: ${t(
              language,
              reader.attached ? 'counter.devices.reader.attached' : 'counter.devices.reader.detached',
            )}`}
          />
        </li>
      ))}
    </ul>
  );
}
