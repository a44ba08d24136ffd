/**
 * A HidBackend for tests: devices are plugged and unplugged by the test, and input reports are
 * fed as the byte sequences a real device sends. It is the lowest honest level we have (there
 * is no /dev/uhid on our machines, so no virtual kernel HID device).
 *
 * The report builders below use their own small US table on purpose, written apart from the one
 * in keyboard-wedge.ts, so a test fails when the decoder's table is wrong.
 */
import type { HidBackend, HidConnection, HidDeviceInfo } from './hid-backend.ts';

export interface FakeHidBackend extends HidBackend {
  /** Adds a device to what `list()` returns. */
  plug(device: HidDeviceInfo): void;
  /**
   * Removes it from `list()` and fails its open connections the way node-hid does on unplug;
   * with `{ silently: true }` the connections stay quiet (a platform that does not report it).
   */
  unplug(path: string, options?: { silently?: boolean }): void;
  /** Delivers input reports to every open connection of `path`; throws when none is open. */
  send(path: string, ...reports: Uint8Array[]): void;
  /** Makes `list()` reject with `error` until called with `undefined`. */
  failList(error: Error | undefined): void;
  /** Makes the next `open(path)` reject with `error`. */
  failNextOpen(path: string, error: Error): void;
  /** Paths in the order they were opened (one entry per successful open). */
  readonly opened: readonly string[];
  /** Whether `path` has a connection that is not closed. */
  isOpen(path: string): boolean;
}

interface FakeConnection extends HidConnection {
  path: string;
  closed: boolean;
  deliver(report: Buffer): void;
  fail(error: Error): void;
}

export function createFakeHidBackend(devices: HidDeviceInfo[] = []): FakeHidBackend {
  const listed = new Map(devices.map((device) => [device.path, device]));
  const connections: FakeConnection[] = [];
  const opened: string[] = [];
  const openFailures = new Map<string, Error>();
  let listFailure: Error | undefined;

  const live = (path: string) => connections.filter((c) => c.path === path && !c.closed);

  return {
    async list() {
      if (listFailure) throw listFailure;
      return [...listed.values()].map((device) => ({ ...device }));
    },
    async open(path) {
      const failure = openFailures.get(path);
      if (failure) {
        openFailures.delete(path);
        throw failure;
      }
      if (!listed.has(path)) throw new Error(`cannot open device with path ${path}`);
      const connection = createFakeConnection(path);
      connections.push(connection);
      opened.push(path);
      return connection;
    },
    plug(device) {
      listed.set(device.path, device);
    },
    unplug(path, { silently = false } = {}) {
      listed.delete(path);
      if (silently) return;
      // node-hid's read thread reports this when the device vanishes under it.
      for (const connection of live(path)) connection.fail(new Error('could not read from HID device'));
    },
    send(path, ...reports) {
      const targets = live(path);
      if (targets.length === 0) throw new Error(`fake HID: no open connection to ${path}`);
      for (const report of reports) {
        for (const connection of targets) connection.deliver(Buffer.from(report));
      }
    },
    failList(error) {
      listFailure = error;
    },
    failNextOpen(path, error) {
      openFailures.set(path, error);
    },
    opened,
    isOpen: (path) => live(path).length > 0,
  };
}

function createFakeConnection(path: string): FakeConnection {
  const dataListeners: ((report: Buffer) => void)[] = [];
  const errorListeners: ((error: Error) => void)[] = [];
  const connection: FakeConnection = {
    path,
    closed: false,
    on(event: 'data' | 'error', listener: ((report: Buffer) => void) | ((error: Error) => void)) {
      if (event === 'data') dataListeners.push(listener as (report: Buffer) => void);
      else errorListeners.push(listener as (error: Error) => void);
    },
    async close() {
      connection.closed = true;
    },
    deliver(report) {
      if (connection.closed) return;
      for (const listener of dataListeners) listener(report);
    },
    fail(error) {
      if (connection.closed) return;
      for (const listener of errorListeners) listener(error);
    },
  };
  return connection;
}

/** A device entry with defaults, for tests: `aHidDevice({ path: '/dev/hidraw5' })`. */
export function aHidDevice(overrides: Partial<HidDeviceInfo> = {}): HidDeviceInfo {
  return {
    path: '/dev/hidraw0',
    vendorId: 0x1234,
    productId: 0x5678,
    interface: 0,
    usagePage: 0x01,
    usage: 0x06,
    product: 'Fake MRZ reader',
    ...overrides,
  };
}

const LEFT_SHIFT = 0x02;
const RELEASED = [0, 0, 0, 0, 0, 0, 0, 0];

/** Usage ids from the HID Usage Tables, keyboard page 0x07, for what the tests type. */
function usageFor(char: string): { key: number; shift: boolean } {
  const code = char.charCodeAt(0);
  if (char >= 'a' && char <= 'z') return { key: 0x04 + code - 0x61, shift: false };
  if (char >= 'A' && char <= 'Z') return { key: 0x04 + code - 0x41, shift: true };
  if (char >= '1' && char <= '9') return { key: 0x1e + code - 0x31, shift: false };
  const others: Record<string, { key: number; shift: boolean }> = {
    '0': { key: 0x27, shift: false },
    '\n': { key: 0x28, shift: false },
    ' ': { key: 0x2c, shift: false },
    '-': { key: 0x2d, shift: false },
    '<': { key: 0x36, shift: true },
    '/': { key: 0x38, shift: false },
    ':': { key: 0x33, shift: true },
    '.': { key: 0x37, shift: false },
  };
  const found = others[char];
  if (!found) throw new Error(`fake HID: no key for ${JSON.stringify(char)}`);
  return found;
}

/**
 * What a keyboard-wedge reader sends for `text`: per character one 8-byte boot report with the
 * key (and left shift) down, then one with everything released. `\n` is Enter.
 */
export function keyboardReports(text: string): Buffer[] {
  const reports: Buffer[] = [];
  for (const char of text) {
    const { key, shift } = usageFor(char);
    reports.push(Buffer.from([shift ? LEFT_SHIFT : 0, 0, key, 0, 0, 0, 0, 0]));
    reports.push(Buffer.from(RELEASED));
  }
  return reports;
}

/**
 * One HID-POS input report in the common 64-byte layout decoded by hid-pos.ts: report id, data
 * length, three AIM symbology bytes, data, zero padding, "more data" flag in the last byte.
 */
export function hidPosReport(
  data: string,
  {
    reportId = 0x02,
    symbology = ']Q1',
    more = false,
  }: { reportId?: number; symbology?: string; more?: boolean } = {},
): Buffer {
  const bytes = Buffer.from(data, 'utf8');
  if (bytes.length > 56) throw new Error('fake HID: at most 56 data bytes fit into one report');
  const report = Buffer.alloc(64);
  report[0] = reportId;
  report[1] = bytes.length;
  report.write(symbology.padEnd(3, '\0').slice(0, 3), 2, 'latin1');
  bytes.copy(report, 5);
  report[63] = more ? 0x01 : 0x00;
  return report;
}
