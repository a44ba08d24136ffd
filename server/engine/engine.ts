/**
 * Owns: running commands — authorize, decide in the pure core, make durable, publish, answer.
 * The only caller of the core's `runCommand` in production.
 * Does not: know HTTP, Socket.IO or which store is in use.
 */
import { fail, ok, type Result } from '#protocol/result.ts';
import { businessDayOf } from '../core/business-day.ts';
import type { Actor, Command } from '../core/command.ts';
import { rollover } from '../core/day.ts';
import { runCommand } from '../core/decide.ts';
import type { Subject } from '../core/decision.ts';
import type { DomainEvent } from '../core/events.ts';
import type { OfficeSetup } from '../core/setup.ts';
import { apply, initialState, type OfficeState } from '../core/state.ts';
import type { DayArchive, OfficeRecord, Store } from '../store/store.ts';
import { mayRun } from './authorize.ts';
import { OfficeLog, type Publish } from './office-log.ts';

export interface EngineDeps {
  setups: OfficeSetup[];
  store: Store;
  /** epoch ms */
  clock: () => number;
  newTicketId: () => string;
  publish: Publish;
  /** called with unexpected errors; returns a correlation id for the client */
  reportError: (error: unknown, context: Record<string, unknown>) => string;
}

export interface CommandOutcome {
  subject: Subject;
  /** the command changed nothing (e.g. a draw repeated with its idempotency key) */
  unchanged: boolean;
  state: OfficeState;
  setup: OfficeSetup;
}

export class Engine {
  private logs = new Map<string, OfficeLog>();
  private setups = new Map<string, OfficeSetup>();
  /** while set, an admin change runs: commands wait for it (see `exclusive`) */
  private gate: Promise<void> | undefined;
  /** ticket id → office id, for routes that name only the ticket */
  private ticketOffices = new Map<string, string>();
  /** whether the last write failed, and when one last failed: the health check tells operators */
  private lastWriteFailed = false;
  private writeFailedAt: number | undefined;

  private constructor(private readonly deps: EngineDeps) {}

  /** Loads every office (or starts it empty) and closes business days that ended while down. */
  static async open(deps: EngineDeps): Promise<Engine> {
    const engine = new Engine(deps);
    for (const setup of deps.setups) await engine.addOffice(setup);
    await engine.tick();
    return engine;
  }

  /** Loads an office's live record (or starts it empty) and makes it accept commands. */
  private async addOffice(setup: OfficeSetup): Promise<void> {
    const { deps } = this;
    const stored = await deps.store.load(setup.id);
    let record: OfficeRecord = stored ?? {
      state: initialState(setup, businessDayOf(deps.clock(), setup.timeZone)),
      events: [],
    };
    // Events journaled after the stored state: the same transitions that made them, replayed.
    const unapplied = stored?.unapplied ?? 0;
    if (stored && unapplied > 0) {
      let state = stored.state;
      for (const e of stored.events.slice(-unapplied)) state = apply(state, e, setup);
      record = { state, events: stored.events };
    }
    this.setups.set(setup.id, setup);
    this.logs.set(
      setup.id,
      new OfficeLog(
        setup.id,
        record,
        deps.store,
        (...args) => this.published(...args),
        (error) => deps.reportError(error, { officeId: setup.id, during: 'publish' }),
      ),
    );
    for (const id of Object.keys(record.state.tickets)) this.ticketOffices.set(id, setup.id);
  }

  /**
   * An admin changed the setup: each office decides its next command with the new setup (a
   * command already deciding finishes with the old one); new offices start. The admin layer has
   * checked that nothing in use today disappears; offices are never removed while running.
   */
  async configure(setups: OfficeSetup[]): Promise<void> {
    for (const setup of setups) {
      if (this.setups.has(setup.id)) this.setups.set(setup.id, setup);
      else await this.addOffice(setup);
    }
  }

  private published(officeId: string, events: DomainEvent[], record: OfficeRecord): void {
    for (const e of events) {
      if (e.type === 'ticket.issued') this.ticketOffices.set(e.ticket.id, officeId);
      if (e.type === 'day.opened') {
        for (const [id, office] of this.ticketOffices)
          if (office === officeId && !record.state.tickets[id]) this.ticketOffices.delete(id);
      }
    }
    this.deps.publish(officeId, events, record);
  }

  officeIds(): string[] {
    return [...this.setups.keys()];
  }

  setup(officeId: string): OfficeSetup | undefined {
    return this.setups.get(officeId);
  }

  /**
   * The durable state: what snapshots and status pages show. A change still being written is
   * not shown, because a failed write would take it back after a client had seen it.
   */
  state(officeId: string): OfficeState | undefined {
    return this.logs.get(officeId)?.durable.state;
  }

  /** Today's durable state and events (statistics of the running day read these). */
  record(officeId: string): OfficeRecord | undefined {
    return this.logs.get(officeId)?.durable;
  }

  officeOfTicket(ticketId: string): string | undefined {
    return this.ticketOffices.get(ticketId);
  }

  /**
   * Runs `fn` while no command is decided or written, after every write in flight has landed:
   * an admin change checks the latest state and swaps setups without a command deciding on the
   * old setup in between. Admin changes are rare and take milliseconds; commands just wait.
   * `fn` must not run commands itself.
   */
  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    while (this.gate) await this.gate;
    let open = () => {};
    this.gate = new Promise<void>((resolve) => (open = resolve));
    try {
      for (const log of this.logs.values()) await log.idle();
      return await fn();
    } finally {
      this.gate = undefined;
      open();
    }
  }

  /** Whether the last write failed (nothing can be saved now: disk full, unwritable), and when. */
  storageHealth(): { ok: boolean; lastFailureAt?: number | undefined } {
    return { ok: !this.lastWriteFailed, lastFailureAt: this.writeFailedAt };
  }

  async run(actor: Actor, officeId: string, cmd: Command): Promise<Result<CommandOutcome>> {
    while (this.gate) await this.gate;
    const log = this.logs.get(officeId);
    const setup = this.setups.get(officeId);
    if (!log || !setup) return fail('not_found', 'no such office', 'officeId');
    if (!mayRun(actor, cmd.type, officeId)) return fail('forbidden', `may not ${cmd.type} here`);
    try {
      const outcome = await this.decideAndCommit(log, setup, actor, cmd);
      this.lastWriteFailed = false;
      return outcome;
    } catch (error) {
      this.lastWriteFailed = true;
      this.writeFailedAt = this.deps.clock();
      const id = this.deps.reportError(error, { officeId, command: cmd.type });
      return {
        ok: false,
        error: { code: 'storage_failed', message: 'the change was not saved; try again', id },
      };
    }
  }

  private async decideAndCommit(log: OfficeLog, setup: OfficeSetup, actor: Actor, cmd: Command) {
    const now = this.deps.clock();
    let record = log.current;
    const archives: DayArchive[] = [];
    const events: DomainEvent[] = [];
    const roll = rollover(record.state, setup, now);
    if (roll) {
      archives.push({
        officeId: setup.id,
        businessDay: roll.closedDay,
        tickets: roll.closedTickets,
        events: [...record.events, ...roll.closingEvents].map(withoutIdentityKeys),
      });
      events.push(...roll.closingEvents, ...roll.openingEvents);
      record = { state: roll.state, events: roll.openingEvents };
    }
    const out = runCommand(record.state, setup, actor, cmd, { now, newTicketId: this.deps.newTicketId });
    if (out.ok) {
      events.push(...out.events);
      record = { state: out.state, events: [...record.events, ...out.events] };
    }
    if (events.length > 0) await log.commit(record, events, archives);
    else await log.barrier();
    if (!out.ok) return { ok: false as const, error: out.error };
    return ok({ subject: out.subject, state: record.state, setup, unchanged: out.events.length === 0 });
  }

  /** Lets every office notice a new business day without waiting for a command. */
  async tick(): Promise<void> {
    for (const officeId of this.logs.keys()) await this.run({ kind: 'system' }, officeId, { type: 'tick' });
  }

  async close(): Promise<void> {
    for (const log of this.logs.values()) await log.idle();
  }
}

/** Identity keys live only as long as their day: the archive keeps appointments without them. */
function withoutIdentityKeys(event: DomainEvent): DomainEvent {
  if (event.type === 'identity.salt_created') return { ...event, salt: '[deleted]' };
  if (event.type !== 'appointments.imported') return event;
  return { ...event, appointments: event.appointments.map(({ identityKey: _key, ...rest }) => rest) };
}
