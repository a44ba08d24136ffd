/**
 * The one real HidBackend, on node-hid's async API (the sync API blocks the event loop).
 *
 * Why node-hid is imported lazily: loading it loads a native addon, and on a machine without
 * `libusb-1.0-0` the first call fails. Importing it on first use keeps every other part of the
 * agent (and every test that uses the fake backend) independent of the native module, and turns
 * a load failure into a rejected `list()`/`open()` that the reader reports as "not attached".
 *
 * Devices are opened with `nonExclusive: true` so that on macOS a second process (or the
 * operating system's own keyboard driver) does not make the open fail; on Linux hidraw it makes
 * no difference. Kernel input (typing into Chromium) is stopped by udev, see README.md.
 */
import type * as NodeHidModule from 'node-hid';
import type { Device, HIDAsync } from 'node-hid';
import type { HidBackend, HidConnection, HidDeviceInfo } from './hid-backend.ts';

type NodeHid = typeof NodeHidModule;

export function createNodeHidBackend(): HidBackend {
  let loading: Promise<NodeHid> | undefined;
  const load = (): Promise<NodeHid> => (loading ??= import('node-hid'));

  return {
    async list() {
      const hid = await load();
      const devices = await hid.devicesAsync();
      return devices.flatMap((device) => {
        const info = toDeviceInfo(device);
        return info ? [info] : [];
      });
    },
    async open(path) {
      const hid = await load();
      const device = await hid.HIDAsync.open(path, { nonExclusive: true });
      return wrapDevice(device);
    },
  };
}

/** node-hid's Device → ours. A device without a path cannot be opened, so it is left out. */
export function toDeviceInfo(device: Device): HidDeviceInfo | undefined {
  if (!device.path) return undefined;
  const info: HidDeviceInfo = {
    path: device.path,
    vendorId: device.vendorId,
    productId: device.productId,
    interface: device.interface,
  };
  if (device.usagePage !== undefined) info.usagePage = device.usagePage;
  if (device.usage !== undefined) info.usage = device.usage;
  if (device.manufacturer) info.manufacturer = device.manufacturer;
  if (device.product) info.product = device.product;
  if (device.serialNumber) info.serialNumber = device.serialNumber;
  return info;
}

/**
 * Why a wrapper instead of handing out the HIDAsync: node-hid starts its read thread when the
 * first `data` listener is added and throws from `emit('error')` when nobody listens yet. The
 * wrapper subscribes once, right after opening, and fans out to our listeners.
 */
function wrapDevice(device: HIDAsync): HidConnection {
  const dataListeners: ((report: Buffer) => void)[] = [];
  const errorListeners: ((error: Error) => void)[] = [];
  let closing: Promise<void> | undefined;

  device.on('error', (error: unknown) => {
    if (closing) return;
    const failure = error instanceof Error ? error : new Error(String(error));
    for (const listener of errorListeners) listener(failure);
  });
  device.on('data', (report: Buffer) => {
    if (closing) return;
    for (const listener of dataListeners) listener(report);
  });

  const connection: HidConnection = {
    on(event: 'data' | 'error', listener: ((report: Buffer) => void) | ((error: Error) => void)) {
      if (event === 'data') dataListeners.push(listener as (report: Buffer) => void);
      else errorListeners.push(listener as (error: Error) => void);
    },
    close() {
      closing ??= device.close();
      return closing;
    },
  };
  return connection;
}
