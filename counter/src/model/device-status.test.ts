import { describe, expect, it } from 'vitest';
import type { DeviceStatusView, PrinterStatusView } from '#protocol/devices.ts';
import { deviceFaults, printerConditions, sortDevices, withDeviceStatus } from './device-status.ts';

const printer = (over: Partial<PrinterStatusView> = {}): PrinterStatusView => ({
  state: 'ok',
  paperEnd: false,
  paperNearEnd: false,
  coverOpen: false,
  cutterError: false,
  offline: false,
  ...over,
});
const kiosk = (over: Partial<DeviceStatusView> = {}): DeviceStatusView => ({
  deviceId: 'kiosk-1',
  kind: 'kiosk',
  agentConnected: true,
  screenConnected: true,
  lastSeenAt: 1,
  printer: printer(),
  readers: [],
  ...over,
});
const display: DeviceStatusView = {
  deviceId: 'display-1',
  kind: 'display',
  agentConnected: false,
  screenConnected: true,
  readers: [],
};

describe('printer conditions', () => {
  it('names each fault the printer reports, the worst first', () => {
    expect(printerConditions(printer())).toEqual(['ok']);
    expect(printerConditions(printer({ state: 'warning', paperNearEnd: true }))).toEqual(['paperNearEnd']);
    expect(
      printerConditions(printer({ state: 'error', paperEnd: true, paperNearEnd: true, offline: true })),
    ).toEqual(['paperEnd']);
    expect(printerConditions(printer({ state: 'error', coverOpen: true, cutterError: true }))).toEqual([
      'coverOpen',
      'cutterError',
    ]);
  });

  it('says "error" or "not ready" when the printer names no cause, and "no answer" when silent', () => {
    expect(printerConditions(printer({ state: 'error' }))).toEqual(['error']);
    expect(printerConditions(printer({ state: 'warning', offline: true }))).toEqual(['offline']);
    expect(printerConditions(printer({ state: 'unknown', offline: true }))).toEqual(['unknown']);
  });
});

describe('device faults', () => {
  it('alerts on a kiosk without its agent and on a printer in error, not on warnings or displays', () => {
    expect(
      deviceFaults([
        kiosk(),
        kiosk({ deviceId: 'kiosk-2', agentConnected: false }),
        kiosk({ deviceId: 'kiosk-3', printer: printer({ state: 'error', paperEnd: true }) }),
        kiosk({ deviceId: 'kiosk-4', printer: printer({ state: 'warning', paperNearEnd: true }) }),
        kiosk({ deviceId: 'kiosk-5', printer: printer({ state: 'unknown' }) }),
        display,
      ]),
    ).toEqual([
      { deviceId: 'kiosk-2', kind: 'kiosk', fault: 'agent' },
      { deviceId: 'kiosk-3', kind: 'kiosk', fault: 'printer', conditions: ['paperEnd'] },
    ]);
  });

  it('alerts on a wall display whose screen is not connected', () => {
    expect(deviceFaults([display, { ...display, deviceId: 'display-2', screenConnected: false }])).toEqual([
      { deviceId: 'display-2', kind: 'display', fault: 'screen' },
    ]);
  });
});

describe('device list', () => {
  it('replaces a changed device in each office that lists it, and keeps the rest as they are', () => {
    const other = [display];
    const before = { leverkusen: [kiosk(), display], opladen: other };
    const failed = kiosk({ printer: printer({ state: 'error', paperEnd: true }) });
    const after = withDeviceStatus(before, failed);
    expect(after.leverkusen).toEqual([failed, display]);
    expect(after.opladen).toBe(other);
  });

  it('ignores a device no office lists', () => {
    const before = { leverkusen: [display] };
    expect(withDeviceStatus(before, kiosk({ deviceId: 'elsewhere' }))).toBe(before);
  });

  it('lists kiosks before displays, each by id', () => {
    const order = sortDevices([display, kiosk({ deviceId: 'kiosk-2' }), kiosk()]).map((d) => d.deviceId);
    expect(order).toEqual(['kiosk-1', 'kiosk-2', 'display-1']);
  });
});
