/**
 * Owns: what kiosk agents and the server say to each other — print jobs and device status —
 * and what staff see of devices. Nothing here identifies a citizen.
 */
import { z } from 'zod';
import { DeviceId } from './ids.ts';
import { Language } from './language.ts';

/** Printer condition as the DLE EOT probe found it; `unknown` when the printer did not answer. */
export const PrinterStatusView = z.strictObject({
  state: z.enum(['ok', 'warning', 'error', 'unknown']),
  paperEnd: z.boolean(),
  paperNearEnd: z.boolean(),
  coverOpen: z.boolean(),
  cutterError: z.boolean(),
  offline: z.boolean(),
  reason: z.string().max(200).optional(),
});
export type PrinterStatusView = z.infer<typeof PrinterStatusView>;

export const ReaderStatusView = z.strictObject({
  kind: z.enum(['mrz', 'code']),
  attached: z.boolean(),
});
export type ReaderStatusView = z.infer<typeof ReaderStatusView>;

/** What an agent reports about its hardware, whenever it changes and at least every minute. */
export const DeviceReport = z.strictObject({
  printer: PrinterStatusView.optional().describe('absent: this kiosk has no printer'),
  readers: z.array(ReaderStatusView).max(8).default([]),
  agentVersion: z.string().max(40).optional(),
});
export type DeviceReport = z.infer<typeof DeviceReport>;

export const DeviceStatusView = z.object({
  deviceId: DeviceId,
  kind: z.enum(['kiosk', 'display']),
  /** a kiosk agent is connected right now */
  agentConnected: z.boolean(),
  /** the screen (kiosk page or wall display) is connected right now */
  screenConnected: z.boolean(),
  /** epoch ms of the last report or connection */
  lastSeenAt: z.number().optional(),
  printer: PrinterStatusView.optional(),
  readers: z.array(ReaderStatusView),
});
export type DeviceStatusView = z.infer<typeof DeviceStatusView>;

/** One ticket to print, sent by the server to the kiosk's agent. */
export const PrintJob = z.strictObject({
  /** the agent prints a job id once, however often the server retries it */
  jobId: z.string().min(8).max(80),
  officeName: z.string().max(120),
  departmentName: z.string().max(120),
  serviceName: z.string().max(200),
  number: z.string().max(20),
  issuedAt: z.number(),
  timeZone: z.string().max(60),
  language: Language,
  peopleAhead: z.number().int().min(0).optional(),
  waitEstimate: z
    .strictObject({
      lowMinutes: z.number().min(0),
      highMinutes: z.number().min(0),
      medianMinutes: z.number().min(0).optional(),
    })
    .optional(),
  statusUrl: z.url().max(300).optional(),
});
export type PrintJob = z.infer<typeof PrintJob>;
