/**
 * Owns: every command a client can send, as zod schemas (types share the name).
 * The same schemas validate Socket.IO payloads and REST bodies.
 */
import { z } from 'zod';
import { CounterId, OfficeId, ServiceId, TicketId } from './ids.ts';
import { Language } from './language.ts';
import { PriorityClass } from './tickets.ts';

/** A citizen at the kiosk (or a clerk on their behalf) asks for a waiting number. */
export const DrawTicket = z.strictObject({
  officeId: OfficeId,
  serviceId: ServiceId,
  idempotencyKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,100}$/, '8 to 100 letters, digits, _ or -')
    .optional()
    .describe('a retry with the same key returns the same ticket instead of a new one'),
  language: Language.optional().describe('language of the printed ticket'),
  priority: PriorityClass.optional().describe('staff only: priority class of the ticket'),
  channel: z.enum(['counter', 'phone']).optional().describe('staff only: where the citizen asked'),
});
export type DrawTicket = z.infer<typeof DrawTicket>;

/** The REST body of a draw: the office comes from the URL. */
export const DrawTicketBody = DrawTicket.omit({ officeId: true });
export type DrawTicketBody = z.infer<typeof DrawTicketBody>;

/** A clerk signs in at a counter (Platz), pauses, resumes or closes it. */
export const CounterCommand = z.strictObject({ officeId: OfficeId, counterId: CounterId });
export type CounterCommand = z.infer<typeof CounterCommand>;

/** Sign in at a counter, optionally serving only some of its services today. */
export const OpenCounter = CounterCommand.extend({
  serviceIds: z
    .array(ServiceId)
    .min(1)
    .max(50)
    .optional()
    .describe("today's services, within what the counter may serve; absent: all of them"),
});
export type OpenCounter = z.infer<typeof OpenCounter>;
export const OpenCounterBody = OpenCounter.omit({ officeId: true, counterId: true });

/** Change the services a signed-in counter serves today. */
export const SetCounterServices = CounterCommand.extend({ serviceIds: z.array(ServiceId).min(1).max(50) });
export type SetCounterServices = z.infer<typeof SetCounterServices>;
export const SetCounterServicesBody = SetCounterServices.omit({ officeId: true, counterId: true });

export const PauseCounter = CounterCommand.extend({
  reason: z.string().trim().max(80).optional().describe('shown to supervisors, e.g. "Mittagspause"'),
});
export type PauseCounter = z.infer<typeof PauseCounter>;

/** Call the next ticket for this counter, optionally only of one service. */
export const CallNext = CounterCommand.extend({
  serviceId: ServiceId.optional().describe('only call tickets of this service'),
});
export type CallNext = z.infer<typeof CallNext>;
export const CallNextBody = CallNext.omit({ officeId: true, counterId: true });

/** recall, start, no-show, park, cancel, reopen: the ticket is all they need. */
export const TicketCommand = z.strictObject({ ticketId: TicketId });
export type TicketCommand = z.infer<typeof TicketCommand>;

/** Call one waiting number out of order at this counter (logged; needs the call-specific right). */
export const CallTicket = CounterCommand.extend({ ticketId: TicketId });
export type CallTicket = z.infer<typeof CallTicket>;
export const CallTicketBody = CallTicket.omit({ officeId: true, counterId: true });

/** Served. Which services the visit covered (several matters, one number) and a short note. */
export const FinishTicket = TicketCommand.extend({
  performedServiceIds: z
    .array(ServiceId)
    .min(1)
    .max(20)
    .optional()
    .describe("services actually performed; absent: the ticket's service"),
  note: z
    .string()
    .trim()
    .max(500)
    .optional()
    .describe('kept in the day log and its archive for statistics and review; never personal data'),
});
export type FinishTicket = z.infer<typeof FinishTicket>;
export const FinishTicketBody = FinishTicket.omit({ ticketId: true });

/** Send a ticket to another service (and optionally one counter); it keeps its number. */
export const TransferTicket = TicketCommand.extend({
  serviceId: ServiceId,
  counterId: CounterId.optional().describe('only this counter may call it next'),
  toFront: z.boolean().optional().describe('call it before everyone else waiting'),
});
export type TransferTicket = z.infer<typeof TransferTicket>;
export const TransferTicketBody = TransferTicket.omit({ ticketId: true });

/** Supervisors: change a waiting ticket's priority class. */
export const SetPriority = TicketCommand.extend({ priority: PriorityClass });
export type SetPriority = z.infer<typeof SetPriority>;
export const SetPriorityBody = SetPriority.omit({ ticketId: true });

/** Call a parked ticket back to a counter. */
export const CallBackTicket = TicketCommand.extend({ counterId: CounterId });
export type CallBackTicket = z.infer<typeof CallBackTicket>;
export const CallBackTicketBody = CallBackTicket.omit({ ticketId: true });

export const OfficeRef = z.strictObject({ officeId: OfficeId });
export type OfficeRef = z.infer<typeof OfficeRef>;

export const Login = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(200),
});
export type Login = z.infer<typeof Login>;
