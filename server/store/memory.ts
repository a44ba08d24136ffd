/**
 * Owns: an in-memory Store for engine tests, with a switch to make writes fail.
 * Why copies: a store that kept references would hide bugs where the engine mutates saved state.
 */
import type { AuditEntry, DayArchive, OfficeRecord, Store, StoredDayStats, StoredSetup } from './store.ts';

export class MemoryStore implements Store {
  private records = new Map<string, string>();
  private archives = new Map<string, string>();
  /** while set, every write rejects with this error */
  failWrites: Error | undefined;
  saves = 0;

  async load(officeId: string): Promise<OfficeRecord | undefined> {
    const json = this.records.get(officeId);
    return json === undefined ? undefined : (JSON.parse(json) as OfficeRecord);
  }

  async save(officeId: string, record: OfficeRecord): Promise<void> {
    await Promise.resolve();
    if (this.failWrites) throw this.failWrites;
    this.saves++;
    this.records.set(officeId, JSON.stringify(record));
  }

  async archiveDay(archive: DayArchive): Promise<void> {
    if (this.failWrites) throw this.failWrites;
    this.archives.set(`${archive.officeId}/${archive.businessDay}`, JSON.stringify(archive));
  }

  async loadArchive(officeId: string, businessDay: string): Promise<DayArchive | undefined> {
    const json = this.archives.get(`${officeId}/${businessDay}`);
    return json === undefined ? undefined : (JSON.parse(json) as DayArchive);
  }

  private dayStats = new Map<string, string>();

  async saveDayStats(stats: StoredDayStats): Promise<void> {
    if (this.failWrites) throw this.failWrites;
    this.dayStats.set(`${stats.officeId}/${stats.businessDay}`, JSON.stringify(stats));
  }

  async loadDayStats(officeId: string, businessDay: string): Promise<StoredDayStats | undefined> {
    const json = this.dayStats.get(`${officeId}/${businessDay}`);
    return json === undefined ? undefined : (JSON.parse(json) as StoredDayStats);
  }

  async archivedDays(officeId: string): Promise<string[]> {
    return [...this.archives.keys()]
      .filter((k) => k.startsWith(`${officeId}/`))
      .map((k) => k.slice(officeId.length + 1))
      .sort();
  }

  async statisticsDays(officeId: string): Promise<string[]> {
    return [...this.dayStats.keys()]
      .filter((k) => k.startsWith(`${officeId}/`))
      .map((k) => k.slice(officeId.length + 1))
      .sort();
  }

  async deleteArchive(officeId: string, businessDay: string): Promise<void> {
    this.archives.delete(`${officeId}/${businessDay}`);
  }

  async deleteAuditBefore(month: string): Promise<number> {
    const before = this.audit.length;
    this.audit = this.audit.filter((e) => new Date(e.at).toISOString().slice(0, 7) >= month);
    return before - this.audit.length;
  }

  private setup: string | undefined;
  private audit: AuditEntry[] = [];

  async loadSetup(): Promise<StoredSetup | undefined> {
    return this.setup === undefined ? undefined : (JSON.parse(this.setup) as StoredSetup);
  }

  async saveSetup(setup: StoredSetup): Promise<void> {
    await Promise.resolve();
    if (this.failWrites) throw this.failWrites;
    this.setup = JSON.stringify(setup);
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    if (this.failWrites) throw this.failWrites;
    this.audit.push(structuredClone(entry));
  }

  async readAudit(limit: number): Promise<AuditEntry[]> {
    return this.audit.slice(-limit).reverse();
  }

  async close(): Promise<void> {}
}
