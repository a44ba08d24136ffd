/**
 * Owns: the closed list of error codes as plain values, free of zod, so a browser app checks an
 * error answer without loading the schemas (`ErrorCode` in result.ts is the schema made from it).
 * Each code is for programs and is the i18n key `error.<code>`.
 */
import type { ErrorCode } from './result.ts';

export const ERROR_CODES = [
  /** the payload does not match the schema; `field` names the first bad field */
  'validation_failed',
  /** no valid session or device token */
  'not_authenticated',
  /** authenticated, but this role or device may not do this */
  'forbidden',
  /** the office, service, counter or ticket does not exist */
  'not_found',
  /** the service does not take tickets right now */
  'service_closed',
  /** the service has issued its maximum of tickets today */
  'daily_cap_reached',
  /** the counter is not open (nobody signed in) */
  'counter_closed',
  /** the counter is paused */
  'counter_paused',
  /** the counter still has a called or serving ticket */
  'counter_busy',
  /** another user is signed in at that counter, or this user is at another counter */
  'counter_taken',
  /** the appointment's check-in window has not opened yet */
  'check_in_too_early',
  /** the appointment's check-in window has closed */
  'check_in_too_late',
  /** nobody waits for this counter's services */
  'queue_empty',
  /** the ticket is not in a state that allows this action */
  'invalid_state',
  /** the ticket belongs to another counter */
  'not_your_ticket',
  /** wrong user name or password */
  'invalid_credentials',
  /** too many requests; try again later */
  'rate_limited',
  /** the setup changed since the client read it (another admin); nothing was changed */
  'conflict',
  /** still in use today (tickets, an open counter): cannot be removed now; nothing was changed */
  'in_use',
  /** the change could not be written durably; nothing was changed */
  'storage_failed',
  /** client and server speak different protocol versions */
  'protocol_mismatch',
  /** a bug; the server log has the details under `id` */
  'internal_error',
] as const;

/** Whether `value` is one of the codes above (an answer from a newer server may carry another). */
export function isErrorCode(value: unknown): value is ErrorCode {
  return (ERROR_CODES as readonly unknown[]).includes(value);
}
