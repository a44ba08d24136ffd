/**
 * Owns: the public shape of tickets and counters as every client sees them.
 * Why no personal data: a ticket is a number, a service and timestamps — nothing that names a person
 * (DSGVO; displays, kiosks and the status page all receive these views).
 */
import { z } from 'zod';
import { CounterId, DepartmentId, OfficeId, ServiceId, TicketId, UserId } from './ids.ts';
import { LocalizedText } from './language.ts';
import { TICKET_STATES } from './ticket-states.ts';

export { OPEN_TICKET_STATES } from './ticket-states.ts';

/** The ticket lifecycle (design §3); the states and their meaning are listed in ticket-states.ts. */
export const TicketState = z.enum(TICKET_STATES);
export type TicketState = z.infer<typeof TicketState>;

/** Where the ticket came from. */
export const Channel = z.enum(['kiosk', 'counter', 'phone', 'appointment']);
export type Channel = z.infer<typeof Channel>;

/** Priority class; the call strategy interleaves them (design §4). */
export const PriorityClass = z.enum(['normal', 'priority']);
export type PriorityClass = z.infer<typeof PriorityClass>;

export const TicketView = z.object({
  id: TicketId,
  officeId: OfficeId,
  number: z.string().describe('display number, e.g. A-042'),
  serviceId: ServiceId.describe('current service (changes on transfer)'),
  departmentId: DepartmentId,
  state: TicketState,
  channel: Channel,
  priority: PriorityClass,
  businessDay: z.string(),
  issuedAt: z.number().describe('epoch ms'),
  queuedAt: z.number().describe('epoch ms the queue position is measured from'),
  calledAt: z.number().optional(),
  startedAt: z.number().optional(),
  finishedAt: z.number().optional(),
  counterId: CounterId.optional().describe('counter that called or serves it'),
  targetCounterId: CounterId.optional().describe('only this counter may call it (after a transfer)'),
  callCount: z.number().int(),
  transferCount: z.number().int(),
  performedServiceIds: z
    .array(ServiceId)
    .optional()
    .describe('done: the services performed in the visit, when the clerk named them'),
  toFront: z.boolean().optional().describe('transferred to the front of the queue'),
  appointmentSlot: z.number().optional().describe('checked-in appointment: start of its slot, epoch ms'),
});
export type TicketView = z.infer<typeof TicketView>;

export const CounterStatus = z.enum(['closed', 'open', 'paused']);
export type CounterStatus = z.infer<typeof CounterStatus>;

export const CounterView = z.object({
  id: CounterId,
  officeId: OfficeId,
  name: z.string(),
  status: CounterStatus,
  clerk: UserId.optional(),
  pauseReason: z.string().optional(),
  currentTicketId: TicketId.optional(),
  serviceIds: z.array(ServiceId).describe('services this counter may serve (configuration)'),
  activeServiceIds: z
    .array(ServiceId)
    .describe("services it serves today: the clerk's choice within serviceIds, else all of them"),
  since: z.number().optional().describe('epoch ms of the last status change'),
  idleSince: z
    .number()
    .optional()
    .describe('open and free: epoch ms since when (signed in, resumed or its last ticket left)'),
});
export type CounterView = z.infer<typeof CounterView>;

/** What a wall display needs about one call: number and counter, nothing else. */
export const CallView = z.object({
  number: z.string(),
  counterId: CounterId,
  counterName: z.string(),
  departmentId: DepartmentId,
  serviceId: ServiceId.optional().describe('for display filters; absent in calls stored before it existed'),
  calledAt: z.number(),
  recall: z.boolean(),
});
export type CallView = z.infer<typeof CallView>;

/** Public status of one ticket, for the citizen's phone. */
/** An honest wait estimate is a range; absent when no counter for the service is open. */
export const WaitEstimate = z.object({
  lowMinutes: z.number(),
  highMinutes: z.number(),
  medianMinutes: z.number().optional().describe('the most likely wait'),
});
export type WaitEstimate = z.infer<typeof WaitEstimate>;

export const TicketStatusView = z.object({
  number: z.string(),
  officeName: z.string(),
  serviceName: z.string().describe('German name'),
  serviceNames: LocalizedText.describe('name per language, shown in the language the citizen chose'),
  state: TicketState,
  peopleAhead: z.number().int(),
  waitEstimate: WaitEstimate.optional(),
  estimate: z
    .object({ median: z.number(), low: z.number(), high: z.number() })
    .optional()
    .describe('the same in seconds: median and 80 % range'),
  counterName: z.string().optional(),
  issuedAt: z.number(),
});
export type TicketStatusView = z.infer<typeof TicketStatusView>;
