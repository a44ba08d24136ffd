/**
 * Owns: identifiers and the ticket-number format shared by every process (the format's functions
 * live in ticket-number.ts, free of zod for the browser, and are re-exported here).
 * Why slugs: ids appear in URLs, room names and file names, so they are restricted to a safe alphabet.
 */
import { z } from 'zod';

export { formatTicketNumber, spokenTicketNumber } from './ticket-number.ts';

const slug = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes');

export const OfficeId = slug.describe('office (Dienststelle) id');
export type OfficeId = z.infer<typeof OfficeId>;
export const DepartmentId = slug.describe('department (Fachbereich) id');
export type DepartmentId = z.infer<typeof DepartmentId>;
export const ServiceId = slug.describe('service (Anliegen) id');
export type ServiceId = z.infer<typeof ServiceId>;
export const CounterId = slug.describe('counter (Platz) id');
export type CounterId = z.infer<typeof CounterId>;
export const UserId = slug.describe('staff user name');
export type UserId = z.infer<typeof UserId>;
export const DeviceId = slug.describe('kiosk or display device id');
export type DeviceId = z.infer<typeof DeviceId>;

/** Unguessable ticket id (base64url, at least 16 characters): it is the key of the public status page. */
export const TicketId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,64}$/, 'not a ticket id')
  .describe('ticket id');
export type TicketId = z.infer<typeof TicketId>;

/** A number prefix: one to three capital letters. */
export const NumberPrefix = z.string().regex(/^[A-Z]{1,3}$/, 'one to three capital letters');
export type NumberPrefix = z.infer<typeof NumberPrefix>;

/** Business day in the office's time zone, e.g. `2026-11-25`. */
export const BusinessDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');
export type BusinessDay = z.infer<typeof BusinessDay>;
