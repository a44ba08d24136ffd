/**
 * Owns: forgetting what need not be kept (DSGVO: storage limitation). A closed day's event
 * archive names who called whom and the booking codes of its appointments; once it is older than
 * `archiveDays` it is deleted — after its anonymous statistics are stored, which are kept (the
 * statistics pages and the wait estimates read only those). Audit files older than `auditMonths`
 * go too. Runs at start and after every business-day close.
 */
import { businessDayOf } from '../core/business-day.ts';
import type { Store } from './store.ts';

export interface RetentionSettings {
  archiveDays: number;
  auditMonths: number;
}

export interface RetentionDeps {
  store: Store;
  clock: () => number;
  /** the offices and their time zones */
  offices: () => { id: string; timeZone: string }[];
  /** makes sure a closed day's statistics are stored (before its archive goes) */
  summarize: (officeId: string, businessDay: string) => Promise<unknown>;
}

export interface RetentionOutcome {
  archivesDeleted: number;
  auditFilesDeleted: number;
}

/** `YYYY-MM` of `months` before the month of `at` (UTC, as the audit files are named). */
export function monthsBefore(at: number, months: number): string {
  const d = new Date(at);
  const index = d.getUTCFullYear() * 12 + d.getUTCMonth() - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export async function applyRetention(
  deps: RetentionDeps,
  settings: RetentionSettings,
): Promise<RetentionOutcome> {
  const now = deps.clock();
  let archivesDeleted = 0;
  for (const office of deps.offices()) {
    const keepFrom = businessDayOf(now - settings.archiveDays * 86_400_000, office.timeZone);
    for (const day of await deps.store.archivedDays(office.id)) {
      if (day >= keepFrom) break;
      await deps.summarize(office.id, day);
      if (!(await deps.store.loadDayStats(office.id, day))) continue; // never lose the figures
      await deps.store.deleteArchive(office.id, day);
      archivesDeleted++;
    }
  }
  const auditFilesDeleted = await deps.store.deleteAuditBefore(monthsBefore(now, settings.auditMonths));
  return { archivesDeleted, auditFilesDeleted };
}
