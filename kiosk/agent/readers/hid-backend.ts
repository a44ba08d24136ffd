/**
 * The one door between the readers and USB HID (house style C3.12).
 *
 * Owns: the shape of "list the HID devices" and "open one and receive its input reports".
 * Does not: know node-hid. `node-hid-backend.ts` is the only real implementation and the only
 * file that imports node-hid; `fake-hid-backend.ts` feeds report sequences in tests.
 * Why so narrow: the readers need nothing else (no writes, no feature reports), and a small
 * interface is what lets the whole reader layer run in CI without a device.
 */

/** One HID interface as the operating system lists it (a composite device lists several). */
export interface HidDeviceInfo {
  /** What `open()` takes, e.g. `/dev/hidraw3` on Linux. Devices without a path are not listed. */
  path: string;
  vendorId: number;
  productId: number;
  /** Interface number of a composite device; -1 when the platform does not say. */
  interface: number;
  /** Top-level usage page of the report descriptor: 0x01 generic desktop, 0x8C bar code scanner. */
  usagePage?: number;
  /** Top-level usage, e.g. 0x06 keyboard on page 0x01. */
  usage?: number;
  manufacturer?: string;
  product?: string;
  serialNumber?: string;
}

/** An open device. Reports arrive as they come; there is no backpressure in HID. */
export interface HidConnection {
  /** One input report. On Linux hidraw the first byte is the report id when the device numbers
   * its reports; a boot keyboard does not, so its reports are the bare 8 bytes. */
  on(event: 'data', listener: (report: Buffer) => void): void;
  /** The device failed, typically because it was unplugged. The connection is dead afterwards. */
  on(event: 'error', listener: (error: Error) => void): void;
  /** Idempotent. Never emits afterwards. */
  close(): Promise<void>;
}

export interface HidBackend {
  /** Rejects when the HID library cannot be loaded or asked (e.g. libusb missing). */
  list(): Promise<HidDeviceInfo[]>;
  /** Rejects when the device is gone or not permitted (see the udev rule in README.md). */
  open(path: string): Promise<HidConnection>;
}
