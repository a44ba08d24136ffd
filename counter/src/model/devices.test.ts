import { describe, expect, it } from 'vitest';
import { signal } from '@preact/signals';
import type { DeviceStatusView } from '#protocol/devices.ts';
import type { OfficeSnapshot } from '#protocol/snapshots.ts';
import { createFakeConnection } from '#web/fake-connection.ts';
import { DevicesModel } from './devices.ts';

const ok = {
  state: 'ok',
  paperEnd: false,
  paperNearEnd: false,
  coverOpen: false,
  cutterError: false,
  offline: false,
} as const;
const kiosk: DeviceStatusView = {
  deviceId: 'kiosk-1',
  kind: 'kiosk',
  agentConnected: true,
  screenConnected: true,
  lastSeenAt: 1,
  printer: ok,
  readers: [{ kind: 'mrz', attached: true }],
};
const display: DeviceStatusView = {
  deviceId: 'display-1',
  kind: 'display',
  agentConnected: false,
  screenConnected: true,
  readers: [],
};
const snapshot = (officeId: string, devices?: DeviceStatusView[]): OfficeSnapshot => ({
  officeId,
  seq: 1,
  businessDay: '2026-11-25',
  serverTime: 0,
  tickets: [],
  counters: [],
  recentCalls: [],
  queues: [],
  ...(devices ? { devices } : {}),
});

function setup() {
  const connection = createFakeConnection();
  const officeId = signal<string | undefined>('leverkusen');
  const model = new DevicesModel({ connection, officeId });
  return { connection, officeId, model };
}

describe('devices on the live board', () => {
  it('shows the office’s devices from its snapshot, kiosks first', () => {
    const { connection, model } = setup();
    expect(model.devices.value).toBeUndefined();
    connection.pushSnapshot(snapshot('leverkusen', [display, kiosk]));
    expect(model.devices.value?.map((d) => d.deviceId)).toEqual(['kiosk-1', 'display-1']);
    expect(model.faults.value).toEqual([]);
  });

  it('replaces a device when its status changes, and raises a fault at once', () => {
    const { connection, model } = setup();
    connection.pushSnapshot(snapshot('leverkusen', [kiosk, display]));
    const out = { ...kiosk, printer: { ...ok, state: 'error' as const, paperEnd: true } };
    connection.pushDirect('device:status-changed', out);
    expect(model.devices.value?.[0]).toEqual(out);
    expect(model.faults.value).toEqual([
      { deviceId: 'kiosk-1', kind: 'kiosk', fault: 'printer', conditions: ['paperEnd'] },
    ]);
    connection.pushDirect('device:status-changed', { ...kiosk, agentConnected: false });
    expect(model.faults.value).toEqual([{ deviceId: 'kiosk-1', kind: 'kiosk', fault: 'agent' }]);
  });

  it('takes a later snapshot as the whole truth, and keeps a snapshot without devices from erasing them', () => {
    const { connection, model } = setup();
    connection.pushSnapshot(snapshot('leverkusen', [{ ...kiosk, agentConnected: false }]));
    connection.pushSnapshot(snapshot('leverkusen', [kiosk]));
    expect(model.faults.value).toEqual([]);
    connection.pushSnapshot(snapshot('leverkusen'));
    expect(model.devices.value).toEqual([kiosk]);
  });

  it('alerts on faults of every office the user sees, but lists the chosen office’s devices', () => {
    const { connection, model, officeId } = setup();
    connection.pushSnapshot(snapshot('leverkusen', [kiosk]));
    connection.pushSnapshot(snapshot('opladen', [{ ...kiosk, deviceId: 'kiosk-9', agentConnected: false }]));
    expect(model.devices.value?.map((d) => d.deviceId)).toEqual(['kiosk-1']);
    expect(model.faults.value.map((f) => f.deviceId)).toEqual(['kiosk-9']);
    officeId.value = 'opladen';
    expect(model.devices.value?.map((d) => d.deviceId)).toEqual(['kiosk-9']);
  });

  it('drops a status that does not match the protocol', () => {
    const { connection, model } = setup();
    connection.pushSnapshot(snapshot('leverkusen', [kiosk]));
    connection.pushDirect('device:status-changed', { deviceId: 'kiosk-1', kind: 'toaster' } as never);
    expect(model.devices.value).toEqual([kiosk]);
  });

  it('stops listening when disposed', () => {
    const { connection, model } = setup();
    connection.pushSnapshot(snapshot('leverkusen', [kiosk]));
    model[Symbol.dispose]();
    connection.pushDirect('device:status-changed', { ...kiosk, agentConnected: false });
    expect(model.faults.value).toEqual([]);
  });
});
