/**
 * Owns: how a ticket number is written and spoken. Plain functions, no zod: the kiosk and the
 * display speak numbers in the browser without loading the schemas (ids.ts re-exports both).
 */

/**
 * `A-001`: the prefix, a dash and the number padded to three digits. Numbers above 999 stay
 * whole (`A-1000`) — NovoSGA's displays cut them, ours must not.
 */
export function formatTicketNumber(prefix: string, sequence: number): string {
  return `${prefix}-${String(sequence).padStart(3, '0')}`;
}

/** How a number is spoken: "A 42" rather than "A minus null vier zwei". */
export function spokenTicketNumber(number: string): string {
  const match = /^([A-Z]+)-0*(\d+)$/.exec(number);
  return match ? `${match[1]} ${match[2]}` : number;
}
