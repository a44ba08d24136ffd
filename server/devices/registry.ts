/**
 * Owns: the live status of kiosks and displays — which agents are connected, what their printer
 * and readers report, when each was last seen. In memory on purpose: it describes hardware now,
 * not history, and agents report again within a minute of a restart.
 */
import type { DeviceReport, DeviceStatusView } from '#protocol/devices.ts';
import type { DeviceConfig } from '../config/schema.ts';

interface Entry {
  connections: number;
  /** open sockets of the device's screen (kiosk page, wall display) */
  screens?: number;
  lastSeenAt?: number;
  report?: DeviceReport;
}

export class DeviceRegistry {
  private entries = new Map<string, Entry>();

  constructor(
    private devices: DeviceConfig[],
    private readonly clock: () => number,
    private readonly changed: (officeIds: string[], status: DeviceStatusView) => void,
  ) {}

  private entry(deviceId: string): Entry {
    let e = this.entries.get(deviceId);
    if (!e) {
      e = { connections: 0 };
      this.entries.set(deviceId, e);
    }
    return e;
  }

  agentConnected(deviceId: string): void {
    const e = this.entry(deviceId);
    e.connections++;
    e.lastSeenAt = this.clock();
    this.notify(deviceId);
  }

  agentDisconnected(deviceId: string): void {
    const e = this.entry(deviceId);
    e.connections = Math.max(0, e.connections - 1);
    this.notify(deviceId);
  }

  /** A kiosk page or display connected; a display that goes dark is something to see at once. */
  screenConnected(deviceId: string): void {
    const e = this.entry(deviceId);
    e.screens = (e.screens ?? 0) + 1;
    e.lastSeenAt = this.clock();
    this.notify(deviceId);
  }

  screenDisconnected(deviceId: string): void {
    const e = this.entry(deviceId);
    e.screens = Math.max(0, (e.screens ?? 0) - 1);
    this.notify(deviceId);
  }

  report(deviceId: string, report: DeviceReport): void {
    const e = this.entry(deviceId);
    const before = JSON.stringify(e.report);
    e.report = report;
    e.lastSeenAt = this.clock();
    // Staff are told about changes; a periodic report that changes nothing stays quiet.
    if (JSON.stringify(report) !== before) this.notify(deviceId);
  }

  /** An admin changed the devices: removed ones drop out of every list. */
  replaceDevices(devices: DeviceConfig[]): void {
    this.devices = devices;
    for (const id of this.entries.keys()) if (!devices.some((d) => d.id === id)) this.entries.delete(id);
  }

  hasAgent(deviceId: string): boolean {
    return (this.entries.get(deviceId)?.connections ?? 0) > 0;
  }

  status(deviceId: string): DeviceStatusView | undefined {
    const config = this.devices.find((d) => d.id === deviceId);
    if (!config) return undefined;
    const e = this.entries.get(deviceId);
    return {
      deviceId,
      kind: config.kind,
      agentConnected: (e?.connections ?? 0) > 0,
      screenConnected: (e?.screens ?? 0) > 0,
      ...(e?.lastSeenAt !== undefined ? { lastSeenAt: e.lastSeenAt } : {}),
      ...(e?.report?.printer ? { printer: e.report.printer } : {}),
      readers: e?.report?.readers ?? [],
    };
  }

  forOffice(officeId: string): DeviceStatusView[] {
    return this.devices.filter((d) => d.offices.includes(officeId)).flatMap((d) => this.status(d.id) ?? []);
  }

  private notify(deviceId: string): void {
    const config = this.devices.find((d) => d.id === deviceId);
    const status = this.status(deviceId);
    if (config && status) this.changed(config.offices, status);
  }
}
