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

/** A closed business day, written once and never rewritten in normal operation. */
export interface DayArchive {
  officeId: string;
  businessDay: string;
  tickets: TicketView[];
  events: DomainEvent[];
}

export interface Store {
  load(officeId: string): Promise<OfficeRecord | undefined>;
  /** Resolves only when the record is durable (on disk and fsynced, for file stores). */
  save(officeId: string, record: OfficeRecord): Promise<void>;
  /** Durable and idempotent: archiving the same day again replaces the earlier copy. */
  archiveDay(archive: DayArchive): Promise<void>;
  loadArchive(officeId: string, businessDay: string): Promise<DayArchive | undefined>;
  close(): Promise<void>;
}
