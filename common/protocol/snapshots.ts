/**
 * Owns: what a client needs to (re)build its whole view: sent on connect, on request and after a
 * sequence gap.
 */
import { z } from 'zod';
import { DeviceStatusView } from './devices.ts';
import { OfficeId } from './ids.ts';
import { ServiceQueue } from './office.ts';
import { CallView, CounterView, TicketView } from './tickets.ts';

export const OfficeSnapshot = z.object({
  officeId: OfficeId,
  seq: z.number().int().describe('the office sequence number this snapshot includes'),
  businessDay: z.string(),
  serverTime: z.number(),
  tickets: z.array(TicketView).describe("today's open tickets: waiting, called, serving, parked"),
  counters: z.array(CounterView),
  recentCalls: z.array(CallView).describe('newest first'),
  queues: z.array(ServiceQueue).describe('per service: waiting count and estimate for a newcomer'),
  devices: z.array(DeviceStatusView).optional().describe('staff only: kiosks and displays of the office'),
});
export type OfficeSnapshot = z.infer<typeof OfficeSnapshot>;
