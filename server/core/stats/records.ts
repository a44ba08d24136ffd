/**
 * Owns: one anonymous record per ticket of a day, derived from the day's events — when it was
 * drawn, first called, started and finished, where and how it ended. Statistics, CSV exports and
 * the estimate-accuracy figures all start here. No names exist in the events; the clerk is kept
 * only so the office can enable per-clerk figures (off by default; see day-stats.ts).
 */
import type { Channel, PriorityClass, TicketState } from '#protocol/tickets.ts';
import type { DomainEvent } from '../events.ts';

export interface TicketRecord {
  ticketId: string;
  number: string;
  businessDay: string;
  /** the service drawn for */
  firstServiceId: string;
  /** the service it ended in (after transfers) */
  serviceId: string;
  departmentId: string;
  channel: Channel;
  priority: PriorityClass;
  appointment: boolean;
  /** an appointment's slot (epoch ms) */
  appointmentSlot?: number | undefined;
  issuedAt: number;
  firstCalledAt?: number | undefined;
  /** the call the citizen answered (the last one before start) */
  lastCalledAt?: number | undefined;
  startedAt?: number | undefined;
  endedAt?: number | undefined;
  state: TicketState;
  /** the counter that served it (or called it last) */
  counterId?: string | undefined;
  /** the user who called it first; only used where the office enabled per-clerk figures */
  clerk?: string | undefined;
  callCount: number;
  transferCount: number;
  performedServiceIds?: string[] | undefined;
  /** the estimate given when it was drawn: median and 80 % range, seconds */
  estimate?: { median: number; low: number; high: number } | undefined;
}

/** Seconds from drawing to the first call; undefined if never called. */
export const waitOf = (r: TicketRecord): number | undefined =>
  r.firstCalledAt === undefined ? undefined : (r.firstCalledAt - r.issuedAt) / 1000;
/** Seconds from the answered call to the start of service. */
export const walkOf = (r: TicketRecord): number | undefined =>
  r.startedAt === undefined || r.lastCalledAt === undefined
    ? undefined
    : (r.startedAt - r.lastCalledAt) / 1000;
/** Seconds at the counter. */
export const serviceOf = (r: TicketRecord): number | undefined =>
  r.startedAt === undefined || r.endedAt === undefined || r.state !== 'done'
    ? undefined
    : (r.endedAt - r.startedAt) / 1000;
/** Seconds from drawing to leaving (served, no-show, cancelled, expired). */
export const totalOf = (r: TicketRecord): number | undefined =>
  r.endedAt === undefined ? undefined : (r.endedAt - r.issuedAt) / 1000;

export function ticketRecords(events: readonly DomainEvent[]): TicketRecord[] {
  const records = new Map<string, TicketRecord>();
  const touch = (id: string, patch: (r: TicketRecord) => void) => {
    const r = records.get(id);
    if (r) patch(r);
  };
  for (const e of events) {
    switch (e.type) {
      case 'ticket.issued': {
        const t = e.ticket;
        records.set(t.id, {
          ticketId: t.id,
          number: t.number,
          businessDay: t.businessDay,
          firstServiceId: t.serviceId,
          serviceId: t.serviceId,
          departmentId: t.departmentId,
          channel: t.channel,
          priority: t.priority,
          appointment: t.appointmentSlot !== undefined || t.channel === 'appointment',
          ...(t.appointmentSlot !== undefined ? { appointmentSlot: t.appointmentSlot } : {}),
          issuedAt: t.issuedAt,
          state: 'waiting',
          callCount: 0,
          transferCount: 0,
          ...(e.estimate ? { estimate: e.estimate } : {}),
        });
        break;
      }
      case 'ticket.called':
        touch(e.ticketId, (r) => {
          r.firstCalledAt ??= e.at;
          r.clerk ??= e.by;
          r.lastCalledAt = e.at;
          r.counterId = e.counterId;
          r.callCount++;
          r.state = 'called';
        });
        break;
      case 'ticket.recalled':
        touch(e.ticketId, (r) => {
          r.lastCalledAt = e.at;
          r.callCount++;
        });
        break;
      case 'ticket.started':
        touch(e.ticketId, (r) => {
          r.startedAt = e.at;
          r.state = 'serving';
        });
        break;
      case 'ticket.finished':
        touch(e.ticketId, (r) => {
          // Finished straight from "called" (the clerk skipped "start"): the core starts it in the
          // same instant. The citizen was served since the call, so count from there; no walk time.
          if (r.startedAt === e.at && r.lastCalledAt !== undefined) r.startedAt = r.lastCalledAt;
          r.endedAt = e.at;
          r.state = 'done';
          r.performedServiceIds = e.performedServiceIds;
        });
        break;
      case 'ticket.transferred':
        touch(e.ticketId, (r) => {
          r.serviceId = e.serviceId;
          r.departmentId = e.departmentId;
          r.transferCount++;
          r.state = 'waiting';
          // Served later elsewhere: the service time counts from the start there.
          r.startedAt = undefined;
        });
        break;
      case 'ticket.parked':
        touch(e.ticketId, (r) => (r.state = 'parked'));
        break;
      case 'ticket.reopened':
        touch(e.ticketId, (r) => {
          r.state = 'waiting';
          r.endedAt = undefined;
        });
        break;
      case 'ticket.reprioritized':
        touch(e.ticketId, (r) => (r.priority = e.priority));
        break;
      case 'ticket.no_show':
      case 'ticket.cancelled':
      case 'ticket.expired':
        touch(e.ticketId, (r) => {
          r.endedAt = e.at;
          r.state =
            e.type === 'ticket.no_show' ? 'no_show' : e.type === 'ticket.cancelled' ? 'cancelled' : 'expired';
        });
        break;
      default:
        break;
    }
  }
  return [...records.values()];
}
