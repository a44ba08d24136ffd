/**
 * Owns: the default Store — lowdb JSON files under the data directory:
 *   offices/<officeId>/live.json              checkpoint: today's state and events (atomic rewrite)
 *   offices/<officeId>/live.journal           events since the checkpoint, one JSON line per commit
 *   offices/<officeId>/days/<YYYY-MM-DD>.json  one closed business day (written once)
 *   offices/<officeId>/stats/<YYYY-MM-DD>.json statistics of a closed day (written once)
 *   setup.json                                 offices, users, devices as admins edited them
 *   audit/<YYYY-MM>.jsonl                      the audit trail, one JSON line per change, appended
 * Why per-day archives and a journal: lowdb rewrites the whole file on each write; a commit only
 * appends its events (one fsync) and the checkpoint is rewritten now and then, so a commit costs
 * the same early and late in the day, and a year of archives beside it costs nothing.
 */
import { mkdir, open, readdir, readFile, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { DomainEvent } from '../../core/events.ts';
import type {
  AuditEntry,
  BackupManifest,
  BackupReport,
  DayArchive,
  OfficeRecord,
  Store,
  StoredDayStats,
  StoredRecord,
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
  /** per office: what the checkpoint and journal on disk hold (undefined: write a checkpoint) */
  private journals = new Map<string, JournalState | undefined>();

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

  async load(officeId: string): Promise<StoredRecord | undefined> {
    const db = await this.liveDb(officeId);
    await db.read();
    const journal = await readJournal(this.journalPath(officeId));
    if (!db.data) {
      // a journal is only ever written after a checkpoint; without one it holds nothing of use
      this.journals.set(officeId, undefined);
      return undefined;
    }
    if (db.data.formatVersion !== FORMAT_VERSION) {
      throw new Error(
        `${officeId}/live.json has format ${db.data.formatVersion}, expected ${FORMAT_VERSION}`,
      );
    }
    const { state, events } = db.data;
    let lastSeq = events.at(-1)?.seq ?? state.seq;
    // Lines a crash interrupted after the checkpoint's rename repeat what it holds: skip them.
    const later = journal.events.filter((e) => e.seq > lastSeq);
    lastSeq = later.at(-1)?.seq ?? lastSeq;
    // A line cut short by a crash was never acknowledged: cut it off before appending more.
    if (journal.completeBytes < journal.bytes)
      await truncate(this.journalPath(officeId), journal.completeBytes);
    this.journals.set(officeId, {
      day: state.businessDay,
      count: events.length + later.length,
      lastSeq,
      bytes: journal.completeBytes,
    });
    return { state, events: [...events, ...later], unapplied: later.length };
  }

  /**
   * Durable before it resolves. What continues the day already on disk is appended to the
   * journal as one line (one fsync, however many commands the batch holds); a new day, the first
   * write, or a journal grown past CHECKPOINT_BYTES rewrites the checkpoint (`live.json`, atomic)
   * and then empties the journal.
   */
  async save(officeId: string, record: OfficeRecord): Promise<void> {
    const saved = this.journals.get(officeId);
    const lastSeq = record.events.at(-1)?.seq ?? record.state.seq;
    const continues =
      saved !== undefined &&
      record.state.businessDay === saved.day &&
      record.events.length >= saved.count &&
      (saved.count === 0 || record.events[saved.count - 1]?.seq === saved.lastSeq);
    if (continues && record.events.length === saved.count) return;
    if (continues && saved.bytes < CHECKPOINT_BYTES) {
      const line = `${JSON.stringify(record.events.slice(saved.count))}\n`;
      // A failed append (disk full) may have left part of its line: cut the journal back to what
      // was acknowledged before appending again, or the next line would follow garbage.
      if (saved.failed) {
        await truncate(this.journalPath(officeId), saved.bytes);
        saved.failed = false;
      }
      // kept open: opening a file per append costs more than the append itself under load
      try {
        saved.handle ??= await open(this.journalPath(officeId), 'a', 0o644);
        await saved.handle.appendFile(line);
        await saved.handle.sync();
      } catch (error) {
        await saved.handle?.close().catch(() => {});
        saved.handle = undefined;
        saved.failed = true;
        throw error;
      }
      if (saved.bytes === 0) await syncDirectory(this.officeDir(officeId)); // a new file's entry
      this.journals.set(officeId, {
        ...saved,
        count: record.events.length,
        lastSeq,
        bytes: saved.bytes + Buffer.byteLength(line),
      });
      return;
    }
    const db = await this.liveDb(officeId);
    db.data = { formatVersion: FORMAT_VERSION, ...record };
    await db.write();
    await truncate(this.journalPath(officeId), 0);
    this.journals.set(officeId, {
      day: record.state.businessDay,
      count: record.events.length,
      lastSeq,
      bytes: 0,
      handle: saved?.handle,
    });
  }

  private journalPath(officeId: string): string {
    return join(this.officeDir(officeId), 'live.journal');
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
    for (const journal of this.journals.values()) await journal?.handle?.close().catch(() => {});
    this.journals.clear();
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

/** The journal appended since the checkpoint grows to at most about this much. */
const CHECKPOINT_BYTES = 2 * 1024 * 1024;

interface JournalState {
  day: string;
  /** events of the day on disk (checkpoint and journal) */
  count: number;
  lastSeq: number;
  /** journal bytes on disk */
  bytes: number;
  /** the journal, open for appending */
  handle?: FileHandle | undefined;
  /** the last append failed: the journal may end in part of a line */
  failed?: boolean | undefined;
}

/** The complete lines of a journal; `completeBytes` ends after the last newline. */
async function readJournal(
  path: string,
): Promise<{ events: DomainEvent[]; bytes: number; completeBytes: number }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { events: [], bytes: 0, completeBytes: 0 };
    throw error;
  }
  const end = text.lastIndexOf('\n') + 1;
  const events: DomainEvent[] = [];
  for (const line of text.slice(0, end).split('\n'))
    if (line) events.push(...(JSON.parse(line) as DomainEvent[]));
  return { events, bytes: Buffer.byteLength(text), completeBytes: Buffer.byteLength(text.slice(0, end)) };
}

/** Cuts a file to `length` bytes durably; no file is no journal, nothing to do. */
async function truncate(path: string, length: number): Promise<void> {
  let handle;
  try {
    handle = await open(path, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    await handle.truncate(length);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
