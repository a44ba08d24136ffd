/**
 * Owns: the live status of the kiosks and displays of the offices a staff member sees — taken
 * from each office snapshot, then replaced device by device as `device:status-changed` arrives
 * (through `Connection.listen`, outside the office sequence).
 * Kept beside the office state, not in it: the office fold stays about tickets and counters.
 */
import { computed, createModel, effect, signal, type ReadonlySignal } from '@preact/signals';
import { DeviceStatusView } from '#protocol/devices.ts';
import type { Connection } from '#web/connection.ts';
import { deviceFaults, sortDevices, withDeviceStatus } from './device-status.ts';

export interface DevicesDeps {
  connection: Connection;
  officeId: ReadonlySignal<string | undefined>;
}

export const DevicesModel = createModel(({ connection, officeId }: DevicesDeps) => {
  const byOffice = signal<Readonly<Record<string, readonly DeviceStatusView[]>>>({});

  effect(() =>
    connection.subscribe({
      snapshot(snapshot) {
        // Only staff snapshots carry devices; the snapshot is the whole truth at its moment.
        if (snapshot.devices) byOffice.value = { ...byOffice.value, [snapshot.officeId]: snapshot.devices };
      },
    }),
  );
  // `device:status-changed` has no seq: each replaces its device as it comes. Arrival order is
  // the order the server sent them in — a snapshot answered before a change arrives before it —
  // so applying each as it comes never brings back an older status. What does not match the
  // protocol is dropped rather than shown.
  effect(() =>
    connection.listen('device:status-changed', (payload) => {
      const status = DeviceStatusView.safeParse(payload);
      if (status.success) byOffice.value = withDeviceStatus(byOffice.value, status.data);
    }),
  );

  /** the chosen office's devices; undefined until its first snapshot */
  const devices = computed(() => {
    const id = officeId.value;
    const list = id === undefined ? undefined : byOffice.value[id];
    return list && sortDevices(list);
  });
  /** faults of every office this user sees: a supervisor of two offices hears of both */
  const faults = computed(() => {
    const seen = new Map<string, DeviceStatusView>();
    for (const list of Object.values(byOffice.value)) for (const d of list) seen.set(d.deviceId, d);
    return deviceFaults(sortDevices([...seen.values()]));
  });

  return { devices, faults };
});
export type DevicesModel = InstanceType<typeof DevicesModel>;
