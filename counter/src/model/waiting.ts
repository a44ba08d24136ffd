/**
 * Owns: what the clerk reads about each waiting number — how long it has waited so far (by the
 * server's clock), its markers (priority, appointment, sent to the front, sent to this counter),
 * the live "called since mm:ss" timer, and finding a number by what the clerk types.
 * Pure: the desk passes the tickets and the server's time.
 * Why measure from `issuedAt`: the citizen has waited since drawing the number, also when a
 * transfer kept its place in time (`queuedAt` may be older for a transfer to the front).
 */
import type { TicketView } from '#protocol/tickets.ts';

export type Marker = 'priority' | 'appointment' | 'front' | 'forThisCounter';

export interface WaitingRow {
  ticket: TicketView;
  /** how long the citizen has waited so far, never negative */
  waitedMs: number;
  markers: Marker[];
}

export function waitingRows(
  tickets: readonly TicketView[],
  serverNowMs: number,
  counterId: string,
): WaitingRow[] {
  return tickets.map((ticket) => ({
    ticket,
    waitedMs: Math.max(0, serverNowMs - ticket.issuedAt),
    markers: markersOf(ticket, counterId),
  }));
}

export function markersOf(ticket: TicketView, counterId: string): Marker[] {
  const markers: Marker[] = [];
  if (ticket.priority === 'priority') markers.push('priority');
  if (ticket.appointmentSlot !== undefined || ticket.channel === 'appointment') markers.push('appointment');
  if (ticket.toFront) markers.push('front');
  if (ticket.targetCounterId === counterId) markers.push('forThisCounter');
  return markers;
}

/** `04:05` under an hour, `1:02:03` above; a clock running a little behind never shows minus. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

/** Since when the current ticket is in its state: serving since the start, else called since the (last) call. */
export function currentSince(ticket: TicketView): number | undefined {
  return ticket.state === 'serving' ? (ticket.startedAt ?? ticket.calledAt) : ticket.calledAt;
}

const compact = (text: string) => text.toUpperCase().replace(/[\s-]/g, '');

/**
 * Whether a ticket matches what the clerk typed: the number with or without dash and leading
 * zeros ("A-007", "a7", "A007", "7"), or a part of the service's name ("ausweis").
 */
export function matchesSearch(ticket: TicketView, serviceName: string, query: string): boolean {
  const wanted = compact(query);
  if (wanted === '') return true;
  const number = compact(ticket.number);
  const match = /^([A-Z]*)0*(\d+)$/.exec(number);
  const short = match ? `${match[1]}${match[2]}` : number;
  const digitsOnly = /^\d+$/.test(wanted);
  if (digitsOnly && match && Number(match[2]) === Number(wanted)) return true;
  if (number.startsWith(wanted) || short === wanted) return true;
  return serviceName.toLocaleLowerCase('de').includes(query.trim().toLocaleLowerCase('de'));
}
