/**
 * Owns: the interim wait estimate shown at the kiosk, on the ticket and on the status page — a
 * range, never a single promise. It spreads the people ahead over the counters now open for the
 * service at the service's expected duration and widens the result (×0.7 … ×1.4, rounded to
 * 5 minutes). The forward simulation with learned service times replaces it (issue 5); callers
 * only see `{ lowMinutes, highMinutes }`, so nothing else changes then.
 */
import type { TicketView } from '#protocol/tickets.ts';
import { activeServices, type OfficeSetup } from './setup.ts';
import type { OfficeState } from './state.ts';

export interface WaitRange {
  lowMinutes: number;
  highMinutes: number;
}

export function estimateWait(
  state: OfficeState,
  setup: OfficeSetup,
  ticket: Pick<TicketView, 'serviceId'>,
  peopleAhead: number,
): WaitRange | undefined {
  const service = setup.services.find((s) => s.id === ticket.serviceId);
  if (!service) return undefined;
  const open = setup.counters.filter(
    (c) =>
      state.counters[c.id]?.status === 'open' && activeServices(c, state.counters[c.id]).includes(service.id),
  ).length;
  // Nobody serving right now: no honest number to give.
  if (open === 0) return undefined;
  const minutes = ((peopleAhead + 0.5) * service.expectedMinutes) / open;
  const low = Math.floor((minutes * 0.7) / 5) * 5;
  const high = Math.max(low + 5, Math.ceil((minutes * 1.4) / 5) * 5);
  return { lowMinutes: low, highMinutes: high };
}
