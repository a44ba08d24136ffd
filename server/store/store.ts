/**
 * Owns: the storage contract of the engine. Nothing outside server/store knows which store is in
 * use; lowdb files are the default, PostgreSQL can come later behind the same interface.
 */
import type { TicketView } from '#protocol/tickets.ts';
import type { DomainEvent } from '../core/events.ts';
import type { OfficeState } from '../core/state.ts';

/** Everything live about one office: today's state and today's events. */
export interface OfficeRecord {
  state: OfficeState;
  events: DomainEvent[];
}

/** A record as loaded: the last `unapplied` events came after `state` and must be applied to it. */
export interface StoredRecord extends OfficeRecord {
  unapplied?: number | undefined;
}

/** A closed business day, written once and never rewritten in normal operation. */
export interface DayArchive {
  officeId: string;
  businessDay: string;
  tickets: TicketView[];
  events: DomainEvent[];
}

/**
 * The part of the configuration admins edit while the system runs: offices, users, devices.
 * Typed loosely here (the store does not validate); server/admin validates with the config schema.
 */
export interface StoredSetup {
  /** one higher with every change; an edit names the revision it started from */
  revision: number;
  /** where the first setup came from ("demo" or "file"): a demo setup never runs a real office */
  seed?: string | undefined;
  offices: unknown[];
  users: unknown[];
  devices: unknown[];
}

/** One line of the audit trail: who changed what, when — never a secret, never personal data. */
export interface AuditEntry {
  /** epoch ms */
  at: number;
  /** user name of the admin (or of whoever logged in or out) */
  by: string;
  /** e.g. office.updated, user.created, device.token_renewed, data.backed_up, session.login */
  action: string;
  /** id of what was changed, e.g. the office, user or device id */
  target: string;
  /** the setup revision this change produced (or current, for entries that change no setup) */
  revision: number;
  /** changed fields as paths, e.g. "services.ausweis.targetWaitMinutes: 20 → 25" */
  changes: string[];
}

/** Statistics of one closed day (server/core/stats/day-stats.ts), stored loosely typed. */
export interface StoredDayStats {
  officeId: string;
  businessDay: string;
}

export type BackupManifest = Map<string, { size: number; mtimeMs: number; ino: number }>;
export interface BackupReport {
  files: number;
  bytes: number;
  /** files this call copied */
  copied: number;
  manifest: BackupManifest;
}

export interface Store {
  load(officeId: string): Promise<StoredRecord | undefined>;
  /** Resolves only when the record is durable (on disk and fsynced, for file stores). */
  save(officeId: string, record: OfficeRecord): Promise<void>;
  /** Durable and idempotent: archiving the same day again replaces the earlier copy. */
  archiveDay(archive: DayArchive): Promise<void>;
  loadArchive(officeId: string, businessDay: string): Promise<DayArchive | undefined>;
  /** Durable; written once when a day closes (or when first asked for an older day). */
  saveDayStats(stats: StoredDayStats): Promise<void>;
  loadDayStats(officeId: string, businessDay: string): Promise<StoredDayStats | undefined>;
  /** The business days that have an archive, ascending. */
  archivedDays(officeId: string): Promise<string[]>;
  /** The admin-edited setup; undefined until the first admin change. */
  loadSetup(): Promise<StoredSetup | undefined>;
  /** Resolves only when durable. */
  saveSetup(setup: StoredSetup): Promise<void>;
  /**
   * Copies everything the store keeps into `to`, durably; absent where the store keeps nothing
   * on disk. Consistent only when called while no write runs (Engine.exclusive): call it once
   * while running, then again under the lock with the first call's `manifest` — the second copies
   * only what changed, so the pause stays short.
   */
  backup?(to: string, previous?: BackupManifest): Promise<BackupReport>;
  /** The business days that have stored statistics, ascending. */
  statisticsDays(officeId: string): Promise<string[]>;
  /** Deletes a closed day's event archive (retention); its statistics stay. */
  deleteArchive(officeId: string, businessDay: string): Promise<void>;
  /** Deletes the audit trail of months before `month` (`YYYY-MM`, retention). */
  deleteAuditBefore(month: string): Promise<number>;
  /** Logged-out sessions (signature → expiry), kept across restarts; absent: kept in memory only. */
  loadRevokedSessions?(): Promise<Record<string, number>>;
  saveRevokedSessions?(revoked: Record<string, number>): Promise<void>;
  /** Appends one audit entry; resolves only when durable. */
  appendAudit(entry: AuditEntry): Promise<void>;
  /** The newest entries first, at most `limit`. */
  readAudit(limit: number): Promise<AuditEntry[]>;
  close(): Promise<void>;
}
