/**
 * Owns: the stored history of an office. Every change is one of these events, numbered by the
 * office sequence; the live state is a fold of them (see state.ts) and statistics are derived from them.
 */
import type { PriorityClass, TicketView } from '#protocol/tickets.ts';
import type { Appointment } from './state.ts';

export interface CallReason {
  /** front: transferred to the front; appointment: its slot is near; interleave: priority's turn; relative_wait: longest wait against target; call_back: parked ticket; explicit: a clerk chose this number */
  rule: 'front' | 'appointment' | 'interleave' | 'relative_wait' | 'call_back' | 'explicit';
  waitedSeconds: number;
  targetWaitMinutes: number;
}

export type DomainEventBody =
  | {
      type: 'ticket.issued';
      ticket: TicketView;
      drawKey?: string | undefined;
      /** the wait estimate given at drawing, seconds (kept to measure its accuracy) */
      estimate?: { median: number; low: number; high: number } | undefined;
    }
  | { type: 'ticket.called'; ticketId: string; counterId: string; reason: CallReason }
  | { type: 'ticket.recalled'; ticketId: string; counterId: string }
  | { type: 'ticket.started'; ticketId: string }
  | {
      type: 'ticket.finished';
      ticketId: string;
      /** services actually performed in this visit (statistics); absent: the ticket's service */
      performedServiceIds?: string[] | undefined;
      /** the clerk's note; staff-only, never on a display or the status page */
      note?: string | undefined;
    }
  | { type: 'ticket.no_show'; ticketId: string }
  | {
      type: 'ticket.transferred';
      ticketId: string;
      serviceId: string;
      departmentId: string;
      counterId?: string | undefined;
      toFront: boolean;
    }
  | { type: 'ticket.parked'; ticketId: string }
  | { type: 'ticket.cancelled'; ticketId: string }
  | { type: 'ticket.expired'; ticketId: string }
  | { type: 'ticket.reopened'; ticketId: string }
  | { type: 'ticket.reprioritized'; ticketId: string; priority: PriorityClass }
  | { type: 'counter.opened'; counterId: string; clerk: string; serviceIds?: string[] | undefined }
  | { type: 'counter.services_set'; counterId: string; serviceIds: string[] }
  | { type: 'counter.paused'; counterId: string; reason?: string | undefined }
  | { type: 'counter.resumed'; counterId: string }
  | { type: 'counter.closed'; counterId: string }
  | { type: 'appointments.imported'; appointments: Appointment[] }
  | { type: 'identity.salt_created'; businessDay: string; salt: string }
  | { type: 'appointment.checked_in'; bookingCode: string; ticketId: string }
  | { type: 'day.closed'; businessDay: string }
  | { type: 'day.opened'; businessDay: string };

export type DomainEvent = DomainEventBody & {
  /** office sequence number, one higher than the previous event */
  seq: number;
  /** epoch ms */
  at: number;
  /** user id, device id or "system" */
  by: string;
};

export type DomainEventType = DomainEvent['type'];
