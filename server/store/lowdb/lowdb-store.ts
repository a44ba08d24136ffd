/**
 * Owns: the default Store — lowdb JSON files under the data directory:
 *   offices/<officeId>/live.json              today's state and events (rewritten on every commit)
 *   offices/<officeId>/days/<YYYY-MM-DD>.json  one closed business day (written once)
 *   offices/<officeId>/stats/<YYYY-MM-DD>.json statistics of a closed day (written once)
 *   setup.json                                 offices, users, devices as admins edited them
 *   audit/<YYYY-MM>.jsonl                      the audit trail, one JSON line per change, appended
 * Why per-day archives: lowdb rewrites the whole file on each write, so the live file must stay
 * small (one day of one office) for commits to stay fast.
 */
import { mkdir, open, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type {
  AuditEntry,
  BackupManifest,
  BackupReport,
  DayArchive,
  OfficeRecord,
  Store,
  StoredDayStats,
  StoredSetup,
} from '../store.ts';
import { copyDirectoryDurably } from './copy-directory.ts';
import { DurableJsonFile, syncDirectory } from './durable-file.ts';

const FORMAT_VERSION = 1;

interface LiveFile extends OfficeRecord {
  formatVersion: number;
}

export class LowdbStore implements Store {
  private live = new Map<string, Low<LiveFile | null>>();

  constructor(private readonly dataDir: string) {}

  private officeDir(officeId: string): string {
    return join(this.dataDir, 'offices', officeId);
  }

  private async liveDb(officeId: string): Promise<Low<LiveFile | null>> {
    let db = this.live.get(officeId);
    if (!db) {
      const dir = this.officeDir(officeId);
      await mkdir(join(dir, 'days'), { recursive: true });
      await syncDirectory(dir);
      db = new Low<LiveFile | null>(new DurableJsonFile(join(dir, 'live.json')), null);
      this.live.set(officeId, db);
    }
    return db;
  }

  async load(officeId: string): Promise<OfficeRecord | undefined> {
    const db = await this.liveDb(officeId);
    await db.read();
    if (!db.data) return undefined;
    if (db.data.formatVersion !== FORMAT_VERSION) {
      throw new Error(
        `${officeId}/live.json has format ${db.data.formatVersion}, expected ${FORMAT_VERSION}`,
      );
    }
    return { state: db.data.state, events: db.data.events };
  }

  async save(officeId: string, record: OfficeRecord): Promise<void> {
    const db = await this.liveDb(officeId);
    db.data = { formatVersion: FORMAT_VERSION, ...record };
    await db.write();
  }

  async archiveDay(archive: DayArchive): Promise<void> {
    const dir = join(this.officeDir(archive.officeId), 'days');
    await mkdir(dir, { recursive: true });
    await new DurableJsonFile<DayArchive & { formatVersion: number }>(
      join(dir, `${archive.businessDay}.json`),
    ).write({ formatVersion: FORMAT_VERSION, ...archive });
  }

  async loadArchive(officeId: string, businessDay: string): Promise<DayArchive | undefined> {
    const file = new DurableJsonFile<DayArchive>(
      join(this.officeDir(officeId), 'days', `${businessDay}.json`),
    );
    return (await file.read()) ?? undefined;
  }

  async saveDayStats(stats: StoredDayStats): Promise<void> {
    const dir = join(this.officeDir(stats.officeId), 'stats');
    await mkdir(dir, { recursive: true });
    await new DurableJsonFile<StoredDayStats & { formatVersion: number }>(
      join(dir, `${stats.businessDay}.json`),
    ).write({
      formatVersion: FORMAT_VERSION,
      ...stats,
    });
  }

  async loadDayStats(officeId: string, businessDay: string): Promise<StoredDayStats | undefined> {
    const file = new DurableJsonFile<StoredDayStats>(
      join(this.officeDir(officeId), 'stats', `${businessDay}.json`),
    );
    return (await file.read()) ?? undefined;
  }

  async archivedDays(officeId: string): Promise<string[]> {
    return datedFiles(join(this.officeDir(officeId), 'days'));
  }

  /** The whole data directory: live files, archives, statistics, setup, audit, secrets. */
  async backup(to: string, previous?: BackupManifest): Promise<BackupReport> {
    return copyDirectoryDurably(this.dataDir, to, previous);
  }

  async statisticsDays(officeId: string): Promise<string[]> {
    return datedFiles(join(this.officeDir(officeId), 'stats'));
  }

  async deleteArchive(officeId: string, businessDay: string): Promise<void> {
    const dir = join(this.officeDir(officeId), 'days');
    await rm(join(dir, `${businessDay}.json`), { force: true });
    await syncDirectory(dir);
  }

  async deleteAuditBefore(month: string): Promise<number> {
    const dir = join(this.dataDir, 'audit');
    let files: string[];
    try {
      files = (await readdir(dir)).filter((f) => /^\d{4}-\d{2}\.jsonl$/.test(f) && f.slice(0, 7) < month);
    } catch {
      return 0;
    }
    for (const f of files) await rm(join(dir, f), { force: true });
    if (files.length > 0) await syncDirectory(dir);
    return files.length;
  }

  async loadRevokedSessions(): Promise<Record<string, number>> {
    return (
      (await new DurableJsonFile<Record<string, number>>(
        join(this.dataDir, 'revoked-sessions.json'),
      ).read()) ?? {}
    );
  }

  async saveRevokedSessions(revoked: Record<string, number>): Promise<void> {
    await mkdir(this.dataDir, { recursive: true });
    await new DurableJsonFile<Record<string, number>>(
      join(this.dataDir, 'revoked-sessions.json'),
      0o600,
    ).write(revoked);
  }

  async loadSetup(): Promise<StoredSetup | undefined> {
    const file = new DurableJsonFile<StoredSetup & { formatVersion: number }>(
      join(this.dataDir, 'setup.json'),
    );
    const data = await file.read();
    if (!data) return undefined;
    const { formatVersion, ...setup } = data;
    if (formatVersion !== FORMAT_VERSION)
      throw new Error(`setup.json has format ${formatVersion}, expected ${FORMAT_VERSION}`);
    return setup;
  }

  async saveSetup(setup: StoredSetup): Promise<void> {
    // Password hashes inside: readable by the server's user only, like the session secret.
    await new DurableJsonFile<StoredSetup & { formatVersion: number }>(
      join(this.dataDir, 'setup.json'),
      0o600,
    ).write({
      formatVersion: FORMAT_VERSION,
      ...setup,
    });
  }

  /** One file per month keeps the trail easy to archive and to delete by age (retention). */
  async appendAudit(entry: AuditEntry): Promise<void> {
    const dir = join(this.dataDir, 'audit');
    await mkdir(dir, { recursive: true });
    // Months in UTC: the file name only sorts the trail; each entry carries its exact time.
    const month = new Date(entry.at).toISOString().slice(0, 7);
    const file = await open(join(dir, `${month}.jsonl`), 'a+', 0o600);
    try {
      // A line cut short by a crash gets its own end first, so it cannot swallow this entry.
      const { size } = await file.stat();
      const last = Buffer.alloc(1);
      if (size > 0) await file.read(last, 0, 1, size - 1);
      const lead = size > 0 && last.toString() !== '\n' ? '\n' : '';
      await file.appendFile(`${lead}${JSON.stringify(entry)}\n`);
      await file.sync();
    } finally {
      await file.close();
    }
    await syncDirectory(dir);
  }

  async readAudit(limit: number): Promise<AuditEntry[]> {
    const dir = join(this.dataDir, 'audit');
    let months: string[];
    try {
      months = (await readdir(dir))
        .filter((f) => /^\d{4}-\d{2}\.jsonl$/.test(f))
        .sort()
        .reverse();
    } catch {
      return [];
    }
    const entries: AuditEntry[] = [];
    for (const month of months) {
      const lines = (await readFile(join(dir, month), 'utf8')).split('\n').filter(Boolean).reverse();
      for (const line of lines) {
        // A line cut short by a crash mid-append is skipped, not fatal.
        try {
          entries.push(JSON.parse(line) as AuditEntry);
        } catch {
          continue;
        }
        if (entries.length >= limit) return entries;
      }
    }
    return entries;
  }

  async close(): Promise<void> {
    this.live.clear();
  }
}

/** The days of the `YYYY-MM-DD.json` files in a folder, ascending; none if there is no folder. */
async function datedFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir))
      .filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f))
      .map((f) => f.slice(0, 10))
      .sort();
  } catch {
    return [];
  }
}
