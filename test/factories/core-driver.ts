/**
 * A tiny driver around the pure core for unit tests: keeps state, a manual clock and ids.
 */
import { expect } from 'vitest';
import { businessDayOf } from '../../server/core/business-day.ts';
import type { Actor, Command } from '../../server/core/command.ts';
import { runCommand, type RunOutcome } from '../../server/core/decide.ts';
import type { DomainEvent } from '../../server/core/events.ts';
import type { OfficeSetup } from '../../server/core/setup.ts';
import { initialState, type OfficeState } from '../../server/core/state.ts';
import type { TicketView } from '../../common/protocol/tickets.ts';

export const MONDAY_9AM = Date.UTC(2026, 10, 23, 8, 0, 0); // 09:00 in Berlin (CET)

export class CoreDriver {
  state: OfficeState;
  now: number;
  /** every event so far, in order, as the engine would store them */
  readonly events: DomainEvent[] = [];
  private ids = 0;
  constructor(
    readonly setup: OfficeSetup,
    start = MONDAY_9AM,
  ) {
    this.now = start;
    this.state = initialState(setup, businessDayOf(start, setup.timeZone));
  }
  advance(minutes: number): void {
    this.now += minutes * 60_000;
  }
  run(actor: Actor, cmd: Command): RunOutcome {
    const out = runCommand(this.state, this.setup, actor, cmd, {
      now: this.now,
      newTicketId: () => `ticket-id-${String(++this.ids).padStart(10, '0')}`,
    });
    this.state = out.state;
    this.events.push(...out.events);
    return out;
  }
  /** Runs a command that must succeed and returns its ticket, if it has one. */
  ok(actor: Actor, cmd: Command): TicketView | undefined {
    const out = this.run(actor, cmd);
    if (!out.ok) expect.fail(`${cmd.type} failed: ${out.error.code} ${out.error.message}`);
    return out.subject.kind === 'ticket' ? this.state.tickets[out.subject.id] : undefined;
  }
  draw(actor: Actor, serviceId: string, extra: Partial<Extract<Command, { type: 'draw' }>> = {}): TicketView {
    const t = this.ok(actor, { type: 'draw', serviceId, channel: 'kiosk', priority: 'normal', ...extra });
    if (!t) expect.fail('draw returned no ticket');
    return t;
  }
  errorOf(actor: Actor, cmd: Command): string {
    const out = this.run(actor, cmd);
    return out.ok ? 'ok' : out.error.code;
  }
}
