import { describe, expect, it } from 'vitest';
import { aClerk, aCounter, aKiosk, anOffice, aService, aSupervisor } from '../../test/factories/office.ts';
import { CoreDriver, MONDAY_9AM } from '../../test/factories/core-driver.ts';
import { peopleAhead } from './views.ts';

const minutes = (n: number) => n * 60_000;
const office = () =>
  anOffice({
    services: [aService(), aService({ id: 'passport', prefix: 'P' })],
    counters: [aCounter({ serviceIds: ['registration', 'passport'] })],
  });

function withAppointments(at = MONDAY_9AM) {
  const core = new CoreDriver(office(), at);
  core.ok(aSupervisor(), {
    type: 'import-appointments',
    appointments: [
      {
        bookingCode: 'T-1000',
        serviceId: 'passport',
        slot: MONDAY_9AM + minutes(30),
        identityKey: 'key-erika',
      },
      { bookingCode: 'T-1001', serviceId: 'registration', slot: MONDAY_9AM + minutes(60) },
      { bookingCode: 'T-2000', serviceId: 'registration', slot: MONDAY_9AM + minutes(24 * 60) },
    ],
  });
  return core;
}

describe('appointments', () => {
  it('imports appointments and refuses unknown services and past slots, naming the field', () => {
    const core = withAppointments();
    expect(Object.keys(core.state.appointments).sort()).toEqual(['T-1000', 'T-1001', 'T-2000']);
    expect(core.state.appointments['T-2000']?.businessDay).toBe('2026-11-24');
    const bad = core.run(aSupervisor(), {
      type: 'import-appointments',
      appointments: [{ bookingCode: 'X-1', serviceId: 'nope', slot: MONDAY_9AM }],
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'not_found', field: 'appointments.0.serviceId' } });
    const past = core.run(aSupervisor(), {
      type: 'import-appointments',
      appointments: [{ bookingCode: 'X-2', serviceId: 'passport', slot: MONDAY_9AM - minutes(24 * 60) }],
    });
    expect(past).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', field: 'appointments.0.slot' },
    });
  });

  it('checks in within the window and gives an appointment ticket of its service', () => {
    const core = withAppointments();
    core.advance(10); // 20 minutes before the slot
    const t = core.ok(aKiosk(), { type: 'check-in', bookingCode: 'T-1000' })!;
    expect(t).toMatchObject({ number: 'P-001', channel: 'appointment', serviceId: 'passport' });
    expect(t.appointmentSlot).toBe(MONDAY_9AM + minutes(30));
    expect(core.state.appointments['T-1000']).toMatchObject({ state: 'checked_in', ticketId: t.id });
    // Checking in again returns the same ticket and changes nothing.
    const seq = core.state.seq;
    expect(core.ok(aKiosk(), { type: 'check-in', bookingCode: 'T-1000' })!.id).toBe(t.id);
    expect(core.state.seq).toBe(seq);
  });

  it('says too early, too late or unknown', () => {
    const core = withAppointments();
    expect(core.errorOf(aKiosk(), { type: 'check-in', bookingCode: 'T-1001' })).toBe('check_in_too_early');
    core.advance(60 + 16);
    expect(core.errorOf(aKiosk(), { type: 'check-in', bookingCode: 'T-1001' })).toBe('check_in_too_late');
    expect(core.errorOf(aKiosk(), { type: 'check-in', bookingCode: 'NOPE-1' })).toBe('not_found');
  });

  it('finds today’s appointment by identity key only', () => {
    const core = withAppointments();
    core.advance(5);
    expect(core.ok(aKiosk(), { type: 'check-in', identityKey: 'key-erika' })!.number).toBe('P-001');
    expect(core.errorOf(aKiosk(), { type: 'check-in', identityKey: 'key-someone-else' })).toBe('not_found');
  });

  it('calls a checked-in appointment before walk-ins once its slot is near', () => {
    const core = withAppointments();
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' });
    core.draw(aKiosk(), 'passport');
    core.advance(10);
    core.ok(aKiosk(), { type: 'check-in', bookingCode: 'T-1000' }); // slot in 20 minutes
    core.advance(5);
    const first = core.ok(aClerk(), { type: 'call-next', counterId: 'platz-1' })!;
    expect(first.number).toBe('P-001'); // the walk-in: the appointment is still 15 minutes away
    core.ok(aClerk(), { type: 'finish', ticketId: first.id });
    core.draw(aKiosk(), 'passport');
    core.advance(11); // slot in 4 minutes
    const out = core.run(aClerk(), { type: 'call-next', counterId: 'platz-1' });
    const called = out.events.find((e) => e.type === 'ticket.called');
    expect(called).toMatchObject({ reason: { rule: 'appointment' } });
    expect(core.state.tickets[(called as { ticketId: string }).ticketId]?.channel).toBe('appointment');
  });

  it('forgets the closed day’s appointments and identity keys, keeps future ones', () => {
    const core = withAppointments();
    core.advance(24 * 60);
    core.ok(aKiosk(), { type: 'tick' });
    expect(Object.keys(core.state.appointments)).toEqual(['T-2000']);
  });

  it('keeps a check-in when the same appointment is imported again', () => {
    const core = withAppointments();
    core.advance(10);
    const t = core.ok(aKiosk(), { type: 'check-in', bookingCode: 'T-1000' })!;
    core.ok(aSupervisor(), {
      type: 'import-appointments',
      appointments: [{ bookingCode: 'T-1000', serviceId: 'passport', slot: MONDAY_9AM + minutes(90) }],
    });
    expect(core.state.appointments['T-1000']).toMatchObject({ state: 'checked_in', ticketId: t.id });
  });
});

describe('appointments and walk-ins', () => {
  it('never starve a walk-in: once it is overdue it alternates with due appointments', () => {
    const core = new CoreDriver(office(), MONDAY_9AM);
    core.ok(aSupervisor(), {
      type: 'import-appointments',
      appointments: Array.from({ length: 14 }, (_, i) => ({
        bookingCode: `T-2${String(i).padStart(3, '0')}`,
        serviceId: 'passport',
        slot: MONDAY_9AM + minutes(2 * i),
      })),
    });
    for (let i = 0; i < 14; i++)
      core.ok(aKiosk(), { type: 'check-in', bookingCode: `T-2${String(i).padStart(3, '0')}` });
    const walkIn = core.draw(aKiosk(), 'registration'); // target wait 20 minutes
    core.ok(aClerk(), { type: 'open-counter', counterId: 'platz-1' });
    let calledAfter: number | undefined;
    for (let call = 0; call < 14 && calledAfter === undefined; call++) {
      const t = core.ok(aClerk(), { type: 'call-next', counterId: 'platz-1' })!;
      if (t.id === walkIn.id) calledAfter = core.now - walkIn.issuedAt;
      core.advance(8);
      core.ok(aClerk(), { type: 'finish', ticketId: t.id });
    }
    // Appointments first while the walk-in is within its target; then it gets the next turn.
    expect(calledAfter).toBeGreaterThanOrEqual(minutes(20));
    expect(calledAfter).toBeLessThanOrEqual(minutes(32));
  });
});

describe('people ahead with appointments', () => {
  it('counts due appointments ahead of walk-ins, and only earlier slots ahead of an appointment', () => {
    const core = withAppointments();
    for (let i = 0; i < 3; i++) core.draw(aKiosk(), 'passport');
    core.advance(26); // the T-1000 slot is 4 minutes away: due
    const appointment = core.ok(aKiosk(), { type: 'check-in', bookingCode: 'T-1000' })!;
    const walkIn = core.draw(aKiosk(), 'passport');
    const ahead = (id: string) => peopleAhead(core.state, core.setup, core.state.tickets[id]!, core.now);
    expect(ahead(appointment.id)).toBe(0);
    expect(ahead(walkIn.id)).toBe(4);
  });
});
