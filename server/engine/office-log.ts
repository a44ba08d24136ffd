/**
 * Owns: one office's durable history — the single writer, with group commit.
 *
 * Commands are decided synchronously against `current` (so they are serialized by construction),
 * then wait for a write that covers them. While one write is in flight, later commands pile up
 * and the next write carries them all: many concurrent commands share one fsync.
 * Facts are published and commands acknowledged only after their write completed. If a write
 * fails, `current` falls back to the last durable record and every command not yet durable is
 * rejected: nothing unwritten is ever acknowledged or published.
 */
import type { DomainEvent } from '../core/events.ts';
import type { DayArchive, OfficeRecord, Store } from '../store/store.ts';

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

export type Publish = (officeId: string, events: DomainEvent[], record: OfficeRecord) => void;

export class OfficeLog {
  current: OfficeRecord;
  /** the last record known to be on disk: what reads (snapshots, status) must show */
  durable: OfficeRecord;
  private waiters: Waiter[] = [];
  private unpublished: DomainEvent[] = [];
  private archives: DayArchive[] = [];
  private writing: Promise<void> | undefined;
  /** number of writes done, for tests and benchmarks */
  writes = 0;

  constructor(
    private readonly officeId: string,
    initial: OfficeRecord,
    private readonly store: Store,
    private readonly publish: Publish,
    private readonly onPublishError: (error: unknown) => void = () => {},
  ) {
    this.current = initial;
    this.durable = initial;
  }

  /** Adopts a new record (decided on `current`) and resolves when it is durable. */
  commit(record: OfficeRecord, events: DomainEvent[], archives: DayArchive[] = []): Promise<void> {
    this.current = record;
    this.unpublished.push(...events);
    this.archives.push(...archives);
    return this.enqueue();
  }

  /** Resolves when everything decided so far is durable (for commands that changed nothing). */
  barrier(): Promise<void> {
    if (!this.writing && this.current === this.durable) return Promise.resolve();
    return this.enqueue();
  }

  private enqueue(): Promise<void> {
    const done = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }));
    this.writing ??= this.drain();
    return done;
  }

  private async drain(): Promise<void> {
    while (this.waiters.length > 0) {
      const batch = this.waiters.splice(0);
      const events = this.unpublished.splice(0);
      const archives = this.archives.splice(0);
      const record = this.current;
      try {
        // The archive must be durable before the live file forgets the day.
        for (const archive of archives) await this.store.archiveDay(archive);
        await this.store.save(this.officeId, record);
        this.writes++;
        this.durable = record;
      } catch (error) {
        this.current = this.durable;
        const failed = [...batch, ...this.waiters.splice(0)];
        this.unpublished = [];
        this.archives = [];
        for (const w of failed) w.reject(error);
        continue;
      }
      try {
        if (events.length > 0) this.publish(this.officeId, events, record);
      } catch (error) {
        // The change is durable and clients resync on the seq gap; never leave callers hanging.
        this.onPublishError(error);
      }
      for (const w of batch) w.resolve();
    }
    this.writing = undefined;
  }

  /** Waits for the write in flight, if any. */
  async idle(): Promise<void> {
    while (this.writing) await this.writing;
  }
}
