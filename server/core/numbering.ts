/**
 * Owns: the next waiting number of a service. Numbers count per prefix per business day; the
 * configuration guarantees one prefix per service within an office, so this is per service too.
 */
import { formatTicketNumber } from '#protocol/ids.ts';
import type { ServiceSetup } from './setup.ts';
import type { OfficeState } from './state.ts';

export function nextNumber(state: OfficeState, service: ServiceSetup): string {
  const last = state.lastNumbers[service.prefix];
  const next = last === undefined ? service.numberStart : last + 1;
  return formatTicketNumber(service.prefix, next);
}
