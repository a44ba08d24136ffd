/**
 * Owns: appointments (Termine) as integrations import them and staff see them, and check-in.
 * The optional name and birth date of an import are turned into a salted hash by the server at
 * once and never stored; staff see only whether an appointment can be checked in by ID card.
 */
import { z } from 'zod';
import { OfficeId, ServiceId } from './ids.ts';

/** Booking codes are shown on confirmations and typed at the kiosk: letters and digits, dashes. */
export const BookingCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{3,31}$/, '4 to 32 letters, digits or dashes')
  .describe('booking code from the appointment confirmation');
export type BookingCode = z.infer<typeof BookingCode>;

export const AppointmentImport = z.strictObject({
  bookingCode: BookingCode,
  serviceId: ServiceId,
  slot: z.iso.datetime({ offset: true }).describe('start of the slot, ISO 8601 with offset'),
  name: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .optional()
    .describe('"Surname, Given names" (or "Given Surname"); only for ID-card check-in; hashed, never stored'),
  lastName: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .optional()
    .describe('instead of name: the surname as on the ID card'),
  firstNames: z.string().trim().max(120).optional().describe('with lastName: the given names'),
  birthDate: z.iso.date().optional().describe('only for ID-card check-in; hashed, never stored'),
});
export type AppointmentImport = z.infer<typeof AppointmentImport>;

export const ImportAppointments = z.strictObject({
  appointments: z.array(AppointmentImport).min(1).max(5000),
});
export type ImportAppointments = z.infer<typeof ImportAppointments>;

export const AppointmentView = z.object({
  bookingCode: z.string(),
  serviceId: ServiceId,
  /** epoch ms */
  slot: z.number(),
  state: z.enum(['booked', 'checked_in']),
  ticketNumber: z.string().optional(),
  /** an ID card can be used for check-in (a name and birth date were imported) */
  idCheckIn: z.boolean(),
});
export type AppointmentView = z.infer<typeof AppointmentView>;

export const CheckIn = z.strictObject({ officeId: OfficeId, bookingCode: BookingCode });
export type CheckIn = z.infer<typeof CheckIn>;
export const CheckInBody = CheckIn.omit({ officeId: true });

/** What an ID card gives the kiosk agent, used only to find today's appointment. */
export const IdentityCheckIn = z.strictObject({
  officeId: OfficeId,
  lastName: z.string().min(1).max(80),
  firstNames: z.string().max(120),
  birthDate: z.iso.date(),
});
export type IdentityCheckIn = z.infer<typeof IdentityCheckIn>;
