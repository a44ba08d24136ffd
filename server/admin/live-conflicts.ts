/**
 * Owns: what a running office forbids an admin to change right now — removing a service with
 * tickets today or booked appointments, removing a counter someone is signed in at or a ticket
 * was sent to, leaving people waiting for a service no counter serves, or moving the office to
 * another time zone in the middle of its day. Everything else applies live. Pure: the caller
 * passes today's state.
 */
import type { OfficeState } from '../core/state.ts';
import type { OfficeConfig } from '../config/schema.ts';
import type { Problem } from './setup-document.ts';

export function liveConflicts(
  state: OfficeState | undefined,
  previous: OfficeConfig | undefined,
  next: OfficeConfig,
): Problem[] {
  if (!state) return [];
  const problems: Problem[] = [];
  const tickets = Object.values(state.tickets);
  const services = new Set(next.services.map((s) => s.id));
  const counters = new Set(next.counters.map((c) => c.id));

  const perService = new Map<string, number>();
  for (const t of tickets) perService.set(t.serviceId, (perService.get(t.serviceId) ?? 0) + 1);
  for (const [serviceId, count] of perService) {
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

  for (const [counterId, runtime] of Object.entries(state.counters)) {
    if (runtime.status !== 'closed' && !counters.has(counterId)) {
      problems.push({
        field: `counters.${counterId}`,
        message: `${runtime.clerk ?? 'someone'} is signed in at "${counterId}"; close it first`,
      });
    }
  }
  const waiting = tickets.filter((t) => t.state === 'waiting' || t.state === 'parked');
  for (const counterId of new Set(waiting.flatMap((t) => t.targetCounterId ?? []))) {
    if (!counters.has(counterId)) {
      problems.push({
        field: `counters.${counterId}`,
        message: `tickets were sent to "${counterId}"; it cannot be removed before they are served`,
      });
    }
  }
  for (const serviceId of new Set(waiting.map((t) => t.serviceId))) {
    if (services.has(serviceId) && !next.counters.some((c) => c.services.includes(serviceId))) {
      problems.push({
        field: `services.${serviceId}`,
        message: `people wait for "${serviceId}" but no counter would serve it`,
      });
    }
  }

  // The business day follows the time zone: a new zone could close today at once.
  if (previous && previous.timeZone !== next.timeZone && tickets.length > 0) {
    problems.push({
      field: 'timeZone',
      message: 'the time zone can change only on a day without tickets (e.g. before opening)',
    });
  }
  return problems;
}
