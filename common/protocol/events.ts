/**
 * Owns: the typed Socket.IO contract between the server and every client (apps, agent, tests).
 * Names: commands are `entity:verb` (imperative), facts are `entity:past-participle`.
 * Every command is acknowledged with a Result; every fact carries the office `seq`, so a client
 * that sees a gap asks for a snapshot.
 */
import { z } from 'zod';
import type {
  CallBackTicket,
  CallNext,
  CallTicket,
  CounterCommand,
  DrawTicket,
  FinishTicket,
  OfficeRef,
  OpenCounter,
  PauseCounter,
  SetCounterServices,
  SetPriority,
  TicketCommand,
  TransferTicket,
} from './commands.ts';
import type { CheckIn, IdentityCheckIn } from './appointments.ts';
import type { DeviceReport, DeviceStatusView, PrintJob } from './devices.ts';
import type { Language } from './language.ts';
import type { Result } from './result.ts';
import type { ServiceQueue } from './office.ts';
import type { OfficeSnapshot } from './snapshots.ts';
import { CounterView, TicketView, WaitEstimate, type CallView, type TicketStatusView } from './tickets.ts';

/** What became of printing a drawn ticket. The number is valid in every case. */
export const PrintOutcome = z.object({
  status: z.enum(['printed', 'failed', 'skipped']),
  reason: z.string().optional(),
});
export type PrintOutcome = z.infer<typeof PrintOutcome>;

export const DrawResult = z.object({
  ticket: TicketView,
  peopleAhead: z.number().int(),
  waitEstimate: WaitEstimate.optional(),
  /** the public status page of this ticket (the QR code), when the server knows its public URL */
  statusUrl: z.string().optional(),
  print: PrintOutcome,
});
export type DrawResult = z.infer<typeof DrawResult>;

export const TicketResult = z.object({ ticket: TicketView });
export type TicketResult = z.infer<typeof TicketResult>;

export const CounterResult = z.object({ counter: CounterView });
export type CounterResult = z.infer<typeof CounterResult>;

interface FactBase {
  officeId: string;
  /** office sequence number of this fact */
  seq: number;
  /** epoch ms */
  at: number;
}
export interface TicketFact extends FactBase {
  ticket: TicketView;
}
export interface CallFact extends TicketFact {
  call: CallView;
}
export interface CounterFact extends FactBase {
  counter: CounterView;
}
export interface DayClosedFact extends FactBase {
  businessDay: string;
}
/** Derived, not part of the sequence: the latest replaces the previous. */
export interface QueuesUpdate {
  officeId: string;
  /** office seq the figures were computed at (named apart from a fact's `seq`: this is no fact) */
  asOfSeq: number;
  queues: ServiceQueue[];
}

type Ack<T> = (result: Result<T>) => void;

export interface ServerToClientEvents {
  'office:snapshot': (snapshot: OfficeSnapshot) => void;
  'ticket:issued': (fact: TicketFact) => void;
  'ticket:called': (fact: CallFact) => void;
  'ticket:recalled': (fact: CallFact) => void;
  'ticket:started': (fact: TicketFact) => void;
  'ticket:finished': (fact: TicketFact) => void;
  'ticket:marked-no-show': (fact: TicketFact) => void;
  'ticket:transferred': (fact: TicketFact) => void;
  'ticket:parked': (fact: TicketFact) => void;
  'ticket:cancelled': (fact: TicketFact) => void;
  'ticket:expired': (fact: TicketFact) => void;
  'ticket:reopened': (fact: TicketFact) => void;
  'ticket:reprioritized': (fact: TicketFact) => void;
  'counter:opened': (fact: CounterFact) => void;
  'counter:paused': (fact: CounterFact) => void;
  'counter:resumed': (fact: CounterFact) => void;
  'counter:closed': (fact: CounterFact) => void;
  /** the services a counter serves today changed */
  'counter:services-changed': (fact: CounterFact) => void;
  'office:day-closed': (fact: DayClosedFact) => void;
  /** waiting counts and estimates per service after a change (not part of the office sequence) */
  'office:queues': (update: QueuesUpdate) => void;
  /** the office's setup was changed by an admin: fetch /api/offices and a snapshot again */
  'office:setup-changed': (change: { officeId: string }) => void;
  /** staff only: a device's status changed (not part of the office sequence) */
  'device:status-changed': (status: DeviceStatusView) => void;
  /** to a kiosk (page and agent): the result of a check-in its agent started (ID card, scanner) */
  'kiosk:check-in-result': (result: Result<DrawResult>) => void;
  /** to a kiosk agent: print this ticket and answer how it went */
  'print:job': (job: PrintJob, ack: (outcome: PrintOutcome) => void) => void;
}

export type FactName = keyof Omit<
  ServerToClientEvents,
  | 'office:snapshot'
  | 'office:queues'
  | 'office:setup-changed'
  | 'device:status-changed'
  | 'print:job'
  | 'kiosk:check-in-result'
>;

export interface ClientToServerEvents {
  'ticket:draw': (cmd: DrawTicket, ack: Ack<DrawResult>) => void;
  'counter:open': (cmd: OpenCounter, ack: Ack<CounterResult>) => void;
  /** the services a signed-in counter serves today */
  'counter:set-services': (cmd: SetCounterServices, ack: Ack<CounterResult>) => void;
  'counter:pause': (cmd: PauseCounter, ack: Ack<CounterResult>) => void;
  'counter:resume': (cmd: CounterCommand, ack: Ack<CounterResult>) => void;
  'counter:close': (cmd: CounterCommand, ack: Ack<CounterResult>) => void;
  'counter:call-next': (cmd: CallNext, ack: Ack<TicketResult>) => void;
  /** call one waiting number out of order (call-specific right; logged) */
  'counter:call-ticket': (cmd: CallTicket, ack: Ack<TicketResult>) => void;
  'ticket:recall': (cmd: TicketCommand, ack: Ack<TicketResult>) => void;
  'ticket:start': (cmd: TicketCommand, ack: Ack<TicketResult>) => void;
  'ticket:finish': (cmd: FinishTicket, ack: Ack<TicketResult>) => void;
  'ticket:mark-no-show': (cmd: TicketCommand, ack: Ack<TicketResult>) => void;
  'ticket:park': (cmd: TicketCommand, ack: Ack<TicketResult>) => void;
  'ticket:cancel': (cmd: TicketCommand, ack: Ack<TicketResult>) => void;
  'ticket:transfer': (cmd: TransferTicket, ack: Ack<TicketResult>) => void;
  'ticket:call-back': (cmd: CallBackTicket, ack: Ack<TicketResult>) => void;
  /** supervisors: a no-show came after all — back into the queue with the same number */
  'ticket:reopen': (cmd: TicketCommand, ack: Ack<TicketResult>) => void;
  /** supervisors: change a waiting ticket's priority class */
  'ticket:set-priority': (cmd: SetPriority, ack: Ack<TicketResult>) => void;
  'office:get-snapshot': (cmd: OfficeRef, ack: Ack<OfficeSnapshot>) => void;
  /** kiosk or staff: check in an appointment by its booking code */
  'appointment:check-in': (cmd: CheckIn & { language?: Language }, ack: Ack<DrawResult>) => void;
  /** kiosk agent: check in by the name and birth date read from an ID card (used, then dropped) */
  'appointment:check-in-identity': (
    cmd: IdentityCheckIn & { language?: Language },
    ack: Ack<DrawResult>,
  ) => void;
  /** kiosk agents: the state of the printer and readers */
  'device:report-status': (report: DeviceReport, ack: Ack<{ received: true }>) => void;
}

/** What the handshake sends in `auth`. Staff authenticate by their session cookie instead. */
export interface HandshakeAuth {
  protocolVersion: number;
  /** device token of a kiosk or display */
  deviceToken?: string;
  /** true for the kiosk agent (printer and readers), false or absent for the kiosk page */
  agent?: boolean;
}

/**
 * The public `/status` namespace behind the ticket's QR code: connect with
 * `auth: { protocolVersion, ticketId }` and receive the ticket's status now and on every change.
 */
export interface StatusServerToClientEvents {
  'ticket:status': (status: TicketStatusView) => void;
}
export const STATUS_NAMESPACE = '/status';
