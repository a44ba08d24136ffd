/**
 * Owns: the shape of the setup as the admin API shows it (`GET /api/admin/setup`): offices in
 * full, as in the configuration file; users and devices without any secret (a device says only
 * whether it has an agent token and a staff PIN). The server's configuration schema is the rule
 * book; these types are what the screens read and send back.
 */
import type { IssuedTokens } from '#protocol/admin.ts';
import type { DisplayOptions } from '#protocol/display.ts';
import type { LocalizedText } from '#protocol/language.ts';
import type { Role } from './api.ts';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** `07:30`–`12:00` in the office's time zone; `from` before `to`. */
export interface TimeRange {
  from: string;
  to: string;
}
/** Issuing hours per weekday; a day that is missing has none. */
export type Hours = Partial<Record<Weekday, TimeRange[]>>;

export interface DepartmentSetup {
  id: string;
  name: LocalizedText;
}

export interface ServiceSetup {
  id: string;
  department: string;
  name: LocalizedText;
  description?: LocalizedText;
  prefix: string;
  numberStart: number;
  expectedMinutes: number;
  targetWaitMinutes: number;
  dailyCap?: number;
  active: boolean;
  /** none: tickets whenever the service is active */
  hours?: Hours;
  documents?: LocalizedText[];
}

export interface CounterSetup {
  id: string;
  name: string;
  services: string[];
}

export interface OfficeSetup {
  id: string;
  name: string;
  timeZone: string;
  departments: DepartmentSetup[];
  services: ServiceSetup[];
  counters: CounterSetup[];
  calling: { normalPerPriority: number; priorityWeight: number; noShowAfterCalls: number };
  alarms: { maxWaiting: number; waitOverTargetPercent: number; pausedMinutes: number };
  appointments: { earlyMinutes: number; lateMinutes: number; favourMinutes: number };
}

export type Permission = 'call-specific';

export interface UserSetup {
  username: string;
  role: Role;
  offices: '*' | string[];
  permissions: Permission[];
}

export type PrinterSetup =
  | { kind: 'virtual' }
  | { kind: 'none' }
  | { kind: 'tcp'; host: string; port: number; timeoutMs?: number }
  | { kind: 'usb-lp'; path: string };

export type DeviceKind = 'kiosk' | 'display';

export interface DeviceSetup {
  id: string;
  kind: DeviceKind;
  offices: string[];
  display?: DisplayOptions;
  printer?: PrinterSetup;
  agent?: 'embedded' | 'remote';
  hasAgentToken: boolean;
  kiosk?: { fastPathServices: string[]; idleSeconds: number; hasStaffPin: boolean };
}

export interface AdminSetup {
  revision: number;
  offices: OfficeSetup[];
  users: UserSetup[];
  devices: DeviceSetup[];
}

/** What every accepted change answers: the new setup, and a new device's tokens (shown once). */
export interface ChangeOutcome {
  setup: AdminSetup;
  tokens?: IssuedTokens;
}

export interface AuditEntry {
  /** epoch ms */
  at: number;
  by: string;
  action: string;
  target: string;
  revision: number;
  /** e.g. `offices.leverkusen.services.ausweis.targetWaitMinutes: 30 → 25` */
  changes: string[];
}
