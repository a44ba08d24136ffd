/**
 * Owns: the ticket lifecycle's states as plain values (design §3), free of zod so the browser
 * apps fold tickets without loading the schemas (`TicketState` in tickets.ts is made from this list).
 * - waiting: in the queue of its service (`issued` is instantaneous: a new ticket is `waiting`)
 * - called: shown and announced at a counter
 * - serving: the citizen arrived at the counter
 * - parked: set aside by a counter (documents missing, payment …), can be called back
 * - done, no_show, cancelled, expired: final
 */
import type { TicketState } from './tickets.ts';

export const TICKET_STATES = [
  'waiting',
  'called',
  'serving',
  'parked',
  'done',
  'no_show',
  'cancelled',
  'expired',
] as const;

export const OPEN_TICKET_STATES: readonly TicketState[] = ['waiting', 'called', 'serving', 'parked'];
