/**
 * Owns: what a running office forbids an admin to remove right now — a service with tickets
 * today or booked appointments, a counter someone is signed in at. Everything else applies
 * live. Pure: the caller passes today's state.
 */
import type { OfficeState } from '../core/state.ts';
import type { OfficeConfig } from '../config/schema.ts';
import type { Problem } from './setup-document.ts';

export function liveConflicts(state: OfficeState | undefined, next: OfficeConfig): Problem[] {
  if (!state) return [];
  const problems: Problem[] = [];
  const services = new Set(next.services.map((s) => s.id));
  const ticketsPerService = new Map<string, number>();
  for (const t of Object.values(state.tickets)) {
    ticketsPerService.set(t.serviceId, (ticketsPerService.get(t.serviceId) ?? 0) + 1);
  }
  for (const [serviceId, count] of ticketsPerService) {
    if (!services.has(serviceId)) {
      problems.push({
        field: `services.${serviceId}`,
        message: `"${serviceId}" has ${count} ticket(s) today; set it inactive now and remove it after closing`,
      });
    }
  }
  const booked = Object.values(state.appointments ?? {}).filter((a) => !services.has(a.serviceId));
  for (const serviceId of new Set(booked.map((a) => a.serviceId))) {
    problems.push({
      field: `services.${serviceId}`,
      message: `"${serviceId}" has booked appointments; set it inactive instead`,
    });
  }
  const counters = new Set(next.counters.map((c) => c.id));
  for (const [counterId, runtime] of Object.entries(state.counters)) {
    if (runtime.status !== 'closed' && !counters.has(counterId)) {
      problems.push({
        field: `counters.${counterId}`,
        message: `${runtime.clerk ?? 'someone'} is signed in at "${counterId}"; close it first`,
      });
    }
  }
  return problems;
}
