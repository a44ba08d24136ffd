/**
 * Owns: simulating one office day through the pure core — every command of the day script
 * (script.ts) is run with `runCommand` at its simulated instant, as the engine would, and the
 * events are kept as the engine would store them (seq, at, by). No real time passes.
 * Hooks let an evaluator see the state when each ticket is drawn (`beforeDraw`, whose estimate
 * is stored with the ticket like the server does) and every event as it happens (`onEvent`).
 */
import { businessDayOf } from '../core/business-day.ts';
import { runCommand } from '../core/decide.ts';
import type { DomainEvent } from '../core/events.ts';
import { initialState, type OfficeState } from '../core/state.ts';
import { ticketRecords, type TicketRecord } from '../core/stats/records.ts';
import type { SimulationPlan } from './plan.ts';
import { DayScript, type Citizen, type CommandResult } from './script.ts';
import { zonedTime } from './time.ts';

export interface DrawEstimate {
  /** seconds */
  median: number;
  low: number;
  high: number;
}

export interface SimulateOptions {
  seed: number;
  /** asked just before each normal draw, with the state the kiosk would see; its answer is stored with the ticket */
  beforeDraw?: (state: OfficeState, now: number, serviceId: string) => DrawEstimate | undefined;
  /** every event, with the state after the command that made it */
  onEvent?: (event: DomainEvent, state: OfficeState) => void;
  /** keep the events (default true); long runs that only watch `onEvent` turn it off */
  keepEvents?: boolean;
  /**
   * Drop tickets that ended (done, no-show) from the state as soon as they end. The call strategy
   * only looks at waiting tickets, so decisions stay the same; long runs stay fast. Off by default:
   * the day's state then is exactly what the engine would hold.
   */
  forgetEnded?: boolean;
}

export interface DayResult {
  plan: SimulationPlan;
  events: DomainEvent[];
  /** one anonymous record per ticket, from the events (as statistics see it) */
  records: TicketRecord[];
  /** what each citizen was going to do, with their ticket id */
  citizens: Citizen[];
  state: OfficeState;
  /** commands refused unexpectedly, "command: code" → count (a healthy day has none) */
  unexpected: Record<string, number>;
}

export function simulateDay(plan: SimulationPlan, options: SimulateOptions): DayResult {
  const { setup } = plan;
  const keepEvents = options.keepEvents ?? true;
  const script = new DayScript(plan, options.seed);
  const endOfDay = zonedTime(plan.date, '24:00', setup.timeZone);
  let state = initialState(
    setup,
    businessDayOf(zonedTime(plan.date, '00:00', setup.timeZone), setup.timeZone),
  );
  const events: DomainEvent[] = [];
  let ids = 0;
  const newTicketId = () => String(++ids);

  for (let action = script.next(); action; action = script.next()) {
    // The business day ends at midnight; whatever is left then would expire.
    if (action.at >= endOfDay) break;
    const { command, at } = action;
    const estimate =
      // as the server: a kiosk's figure for normal draws; priority tickets are favoured, not shown it
      command.type === 'draw' && command.priority === 'normal' && options.beforeDraw
        ? options.beforeDraw(state, at, command.serviceId)
        : undefined;
    const out = runCommand(state, setup, action.actor, command, { now: at, newTicketId });
    state = out.state;
    let produced = out.events;
    if (estimate) {
      produced = produced.map((e) => (e.type === 'ticket.issued' ? { ...e, estimate } : e));
    }
    if (keepEvents) for (const e of produced) events.push(e);
    if (options.onEvent) for (const e of produced) options.onEvent(e, state);
    if (options.forgetEnded) state = forgetEnded(state, produced);
    let result: CommandResult;
    if (!out.ok) result = { ok: false, code: out.error.code };
    else result = { ok: true, ticketId: out.subject.kind === 'ticket' ? out.subject.id : undefined };
    action.settle(result);
  }
  return {
    plan,
    events,
    records: keepEvents ? ticketRecords(events) : [],
    citizens: script.citizens,
    state,
    unexpected: script.stats.unexpected,
  };
}

function forgetEnded(state: OfficeState, events: readonly DomainEvent[]): OfficeState {
  let tickets = state.tickets;
  for (const e of events) {
    if (e.type !== 'ticket.finished' && e.type !== 'ticket.no_show') continue;
    if (tickets === state.tickets) tickets = { ...tickets };
    delete tickets[e.ticketId];
  }
  return tickets === state.tickets ? state : { ...state, tickets };
}
