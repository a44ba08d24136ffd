/**
 * Owns: importing appointments and checking them in. A check-in turns an appointment into a
 * ticket of its service (channel `appointment`) inside a tolerance window around its slot; a
 * second check-in returns the same ticket, so a citizen who taps twice never gets two numbers.
 */
import type { TicketView } from '#protocol/tickets.ts';
import { businessDayOf } from './business-day.ts';
import type { Command, DecideContext } from './command.ts';
import { accept, reject, type Decision } from './decision.ts';
import { nextNumber } from './numbering.ts';
import { own } from './own.ts';
import { findService, type OfficeSetup } from './setup.ts';
import type { Appointment, OfficeState } from './state.ts';

type Cmd<T extends Command['type']> = Extract<Command, { type: T }>;

const MAX_DAYS_AHEAD = 366;

export function decideImportAppointments(
  state: OfficeState,
  setup: OfficeSetup,
  cmd: Cmd<'import-appointments'>,
  ctx: DecideContext,
): Decision {
  const appointments: Appointment[] = [];
  for (const [i, a] of cmd.appointments.entries()) {
    if (!findService(setup, a.serviceId)) {
      return reject(
        'not_found',
        `appointment ${a.bookingCode}: no such service`,
        `appointments.${i}.serviceId`,
      );
    }
    const businessDay = businessDayOf(a.slot, setup.timeZone);
    if (businessDay < state.businessDay) {
      return reject(
        'validation_failed',
        `appointment ${a.bookingCode}: slot is in the past`,
        `appointments.${i}.slot`,
      );
    }
    // The live file carries every future appointment; a year ahead is as far as offices book.
    if (a.slot > ctx.now + MAX_DAYS_AHEAD * 86_400_000) {
      return reject(
        'validation_failed',
        `appointment ${a.bookingCode}: more than a year ahead`,
        `appointments.${i}.slot`,
      );
    }
    const existing = own(state.appointments, a.bookingCode);
    // A re-import must not undo a check-in that already gave the citizen a number.
    if (existing?.state === 'checked_in') continue;
    appointments.push({
      bookingCode: a.bookingCode,
      serviceId: a.serviceId,
      slot: a.slot,
      businessDay,
      identityKey: a.identityKey,
      state: 'booked',
    });
  }
  return accept(appointments.length > 0 ? [{ type: 'appointments.imported', appointments }] : [], {
    kind: 'none',
  });
}

export function decideEnsureIdentitySalt(state: OfficeState, cmd: Cmd<'ensure-identity-salt'>): Decision {
  if (cmd.businessDay < state.businessDay) {
    return reject('validation_failed', 'that business day is closed', 'businessDay');
  }
  if (own(state.identitySalts ?? {}, cmd.businessDay)) return accept([], { kind: 'none' });
  return accept([{ type: 'identity.salt_created', businessDay: cmd.businessDay, salt: cmd.salt }], {
    kind: 'none',
  });
}

function findAppointment(state: OfficeState, cmd: Cmd<'check-in'>): Appointment | undefined {
  if (cmd.bookingCode !== undefined) return own(state.appointments, cmd.bookingCode);
  if (cmd.identityKey === undefined) return undefined;
  // Only today's: an ID card says who, not when.
  return Object.values(state.appointments).find(
    (a) => a.identityKey === cmd.identityKey && a.businessDay === state.businessDay,
  );
}

export function decideCheckIn(
  state: OfficeState,
  setup: OfficeSetup,
  cmd: Cmd<'check-in'>,
  ctx: DecideContext,
): Decision {
  const field = cmd.bookingCode !== undefined ? 'bookingCode' : 'identity';
  const appointment = findAppointment(state, cmd);
  if (!appointment) return reject('not_found', 'no appointment found', field);
  if (appointment.state === 'checked_in' && appointment.ticketId) {
    return accept([], { kind: 'ticket', id: appointment.ticketId });
  }
  // An appointment of a later day is early whatever its time; the day's own window decides today.
  if (appointment.businessDay > state.businessDay) {
    return reject('check_in_too_early', 'the appointment is on a later day', field);
  }
  const { earlyMinutes, lateMinutes } = setup.appointments;
  if (ctx.now < appointment.slot - earlyMinutes * 60_000) {
    return reject('check_in_too_early', `check-in opens ${earlyMinutes} minutes before the slot`, field);
  }
  if (ctx.now > appointment.slot + lateMinutes * 60_000) {
    return reject('check_in_too_late', `check-in closed ${lateMinutes} minutes after the slot`, field);
  }
  const service = findService(setup, appointment.serviceId);
  if (!service) return reject('not_found', 'the appointment’s service no longer exists', field);
  const ticket: TicketView = {
    id: ctx.newTicketId(),
    officeId: setup.id,
    number: nextNumber(state, service),
    serviceId: service.id,
    departmentId: service.departmentId,
    state: 'waiting',
    channel: 'appointment',
    priority: 'normal',
    businessDay: state.businessDay,
    issuedAt: ctx.now,
    queuedAt: ctx.now,
    callCount: 0,
    transferCount: 0,
    appointmentSlot: appointment.slot,
  };
  return accept(
    [
      { type: 'ticket.issued', ticket },
      { type: 'appointment.checked_in', bookingCode: appointment.bookingCode, ticketId: ticket.id },
    ],
    { kind: 'ticket', id: ticket.id },
  );
}
