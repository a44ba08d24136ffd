/**
 * Keeps one HID device open while it is plugged in: finds it in `list()`, opens it, notices when
 * it fails or disappears, and opens it again when it comes back.
 *
 * Owns: attach/detach, `{ attached, lastSeenAt }`, the poll timer. Does not: decode reports
 * (the readers in reader.ts do) or log what a device sends.
 * Why polling: node-hid has no hotplug events. A poll of `list()` every few seconds is cheap, and
 * `rescan()` lets the agent check at once (e.g. before it tells the server its device status).
 */
import type { ReaderClock, CancelTimer } from './clock.ts';
import type { HidBackend, HidConnection, HidDeviceInfo } from './hid-backend.ts';
import type { ReaderLogger } from './logger.ts';

/**
 * Which device a reader uses: vendor and product id as `lsusb` shows them (optionally narrowed to
 * one interface or usage page of a composite device), or a fixed hidraw path.
 */
export type DeviceSelector =
  { vendorId: number; productId: number; usagePage?: number; interface?: number } | string;

export interface ReaderStatus {
  attached: boolean;
  /** Epoch ms when the device was last listed or last sent a report. */
  lastSeenAt?: number;
}

export interface DeviceWatchOptions {
  backend: HidBackend;
  device: DeviceSelector;
  clock: ReaderClock;
  log: ReaderLogger;
  /** 0 turns polling off; then only `rescan()` looks for the device. Default 2000. */
  pollIntervalMs?: number;
  /** When several interfaces match, take one with this usage page first. */
  preferredUsagePage?: number;
  onReport(report: Buffer): void;
  /** The device went away: drop whatever half-read state belongs to it. */
  onDetach(): void;
}

export interface DeviceWatch {
  /** Looks for the device once now, then every `pollIntervalMs`. */
  start(): Promise<void>;
  /** Looks for the device now. Never rejects; concurrent calls share one scan. */
  rescan(): Promise<void>;
  status(): ReaderStatus;
  onStatus(listener: (status: ReaderStatus) => void): () => void;
  /** Stops polling and closes the device. */
  close(): Promise<void>;
}

export function describeSelector(device: DeviceSelector): Record<string, string> {
  if (typeof device === 'string') return { path: device };
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  const fields: Record<string, string> = { vendorId: hex(device.vendorId), productId: hex(device.productId) };
  if (device.usagePage !== undefined) fields.usagePage = `0x${device.usagePage.toString(16)}`;
  if (device.interface !== undefined) fields.interface = String(device.interface);
  return fields;
}

/** The listed interface a selector means, or undefined. */
export function findDevice(
  devices: readonly HidDeviceInfo[],
  device: DeviceSelector,
  preferredUsagePage?: number,
): HidDeviceInfo | undefined {
  if (typeof device === 'string') return devices.find((d) => d.path === device);
  const matching = devices.filter(
    (d) =>
      d.vendorId === device.vendorId &&
      d.productId === device.productId &&
      (device.usagePage === undefined || d.usagePage === device.usagePage) &&
      (device.interface === undefined || d.interface === device.interface),
  );
  return matching.find((d) => d.usagePage === preferredUsagePage) ?? matching[0];
}

export function createDeviceWatch(options: DeviceWatchOptions): DeviceWatch {
  const { backend, device, clock, log, pollIntervalMs = 2000, preferredUsagePage } = options;
  const selector = describeSelector(device);
  const statusListeners = new Set<(status: ReaderStatus) => void>();
  let open: { path: string; connection: HidConnection } | undefined;
  let lastSeenAt: number | undefined;
  let scanning: Promise<void> | undefined;
  let cancelPoll: CancelTimer | undefined;
  let closed = false;
  // Remember the last problem so a device that stays away does not log on every poll.
  let lastProblem: string | undefined;

  const status = (): ReaderStatus =>
    lastSeenAt === undefined ? { attached: !!open } : { attached: !!open, lastSeenAt };

  const announce = () => {
    const current = status();
    for (const listener of statusListeners) listener(current);
  };

  const problem = (key: string, fields: object, message: string) => {
    if (lastProblem === key) return;
    lastProblem = key;
    log.warn({ ...selector, ...fields }, message);
  };

  const detach = async (reason: string) => {
    const current = open;
    if (!current) return;
    open = undefined;
    options.onDetach();
    log.warn({ ...selector, path: current.path, reason }, 'reader detached');
    announce();
    try {
      await current.connection.close();
    } catch {
      // Closing a device that is already gone may fail; it is closed either way.
    }
  };

  const attach = async (info: HidDeviceInfo) => {
    let connection: HidConnection;
    try {
      connection = await backend.open(info.path);
    } catch (error) {
      problem(`open:${info.path}`, { path: info.path, error: messageOf(error) }, 'cannot open reader');
      return;
    }
    if (closed) {
      await connection.close().catch(() => undefined);
      return;
    }
    const entry = { path: info.path, connection };
    open = entry;
    lastProblem = undefined;
    lastSeenAt = clock.now();
    connection.on('data', (report) => {
      if (open !== entry) return;
      lastSeenAt = clock.now();
      options.onReport(report);
    });
    connection.on('error', (error) => {
      if (open !== entry) return;
      void detach(messageOf(error));
    });
    log.info({ ...selector, path: info.path, product: info.product }, 'reader attached');
    announce();
  };

  const scan = async () => {
    let devices: HidDeviceInfo[];
    try {
      devices = await backend.list();
    } catch (error) {
      // Keep an open device: it may still deliver reports although listing failed.
      problem('list', { error: messageOf(error) }, 'cannot list HID devices');
      return;
    }
    if (closed) return;
    const found = findDevice(devices, device, preferredUsagePage);
    if (open) {
      if (found?.path === open.path) {
        lastSeenAt = clock.now();
        return;
      }
      await detach(found ? 'device moved to another path' : 'device no longer listed');
    }
    if (!found) {
      problem('absent', {}, 'reader not found');
      return;
    }
    await attach(found);
  };

  const rescan = (): Promise<void> => {
    if (closed) return Promise.resolve();
    scanning ??= scan()
      .catch((error: unknown) => log.warn({ ...selector, error: messageOf(error) }, 'reader scan failed'))
      .finally(() => {
        scanning = undefined;
      });
    return scanning;
  };

  const schedulePoll = () => {
    if (closed || pollIntervalMs <= 0) return;
    cancelPoll = clock.setTimer(pollIntervalMs, () => {
      cancelPoll = undefined;
      void rescan().finally(schedulePoll);
    });
  };

  return {
    async start() {
      await rescan();
      if (!cancelPoll) schedulePoll();
    },
    rescan,
    status,
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    async close() {
      closed = true;
      cancelPoll?.();
      cancelPoll = undefined;
      await scanning;
      const current = open;
      open = undefined;
      statusListeners.clear();
      if (current) {
        options.onDetach();
        await current.connection.close().catch(() => undefined);
      }
    },
  };
}

/** Error text for logs. HID errors describe the device ("could not read from HID device"),
 * never what it sent. */
function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
