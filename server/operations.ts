/**
 * Owns: the server's use cases, shared by the REST API and the Socket.IO handlers — turn a
 * validated payload into engine commands and present the outcome as protocol views.
 * Both transports call these functions, so REST and sockets can never drift apart.
 */
import type {
  CallBackTicket,
  CallNext,
  CounterCommand,
  DrawTicket,
  PauseCounter,
  TransferTicket,
} from '#protocol/commands.ts';
import type {
  AppointmentView,
  CheckIn,
  IdentityCheckIn,
  ImportAppointments,
} from '#protocol/appointments.ts';
import type { DeviceStatusView } from '#protocol/devices.ts';
import type { CounterResult, DrawResult, TicketResult } from '#protocol/events.ts';
import { localized } from '#protocol/language.ts';
import { fail, ok, type Result } from '#protocol/result.ts';
import type { OfficeSnapshot } from '#protocol/snapshots.ts';
import type { TicketStatusView } from '#protocol/tickets.ts';
import type { Actor, Command, TicketActionType } from './core/command.ts';
import { estimateWait } from './core/estimate.ts';
import { counterView, peopleAhead, snapshotOf } from './core/views.ts';
import { canAccessOffice } from './engine/authorize.ts';
import type { CommandOutcome, Engine } from './engine/engine.ts';
import { printableLanguage } from '#printer';
import { identityKey, splitFullName } from './auth/identity-key.ts';
import type { TicketPrinting } from './printing/ticket-printing.ts';

export interface OperationsDeps {
  engine: Engine;
  printing: TicketPrinting;
  clock: () => number;
  /** base URL for the status link printed on tickets; none: no QR code */
  publicUrl?: string | undefined;
  /** live status of the office's kiosks and displays, for staff */
  devicesFor?: (officeId: string) => DeviceStatusView[];
  /** secret for identity keys (ID-card check-in); see auth/identity-key.ts */
  identitySecret: Buffer;
}

export type Operations = ReturnType<typeof createOperations>;

export function createOperations({
  engine,
  printing,
  clock,
  publicUrl,
  devicesFor,
  identitySecret,
}: OperationsDeps) {
  function ticketResult(result: Result<CommandOutcome>): Result<TicketResult> {
    if (!result.ok) return result;
    const { subject, state } = result.data;
    const ticket = subject.kind === 'ticket' ? state.tickets[subject.id] : undefined;
    return ticket ? ok({ ticket }) : fail('internal_error', 'command produced no ticket');
  }

  function counterResult(result: Result<CommandOutcome>): Result<CounterResult> {
    if (!result.ok) return result;
    const { subject, state, setup } = result.data;
    const counter = subject.kind === 'counter' ? counterView(state, setup, subject.id) : undefined;
    return counter ? ok({ counter }) : fail('internal_error', 'command produced no counter');
  }

  function statusUrl(ticketId: string): string | undefined {
    return publicUrl ? `${publicUrl.replace(/\/$/, '')}/status/?t=${ticketId}` : undefined;
  }

  async function draw(actor: Actor, cmd: DrawTicket): Promise<Result<DrawResult>> {
    const isKiosk = actor.kind === 'device';
    const command: Command = {
      type: 'draw',
      serviceId: cmd.serviceId,
      idempotencyKey: cmd.idempotencyKey,
      // Kiosks draw walk-in tickets; priority and channel are staff decisions.
      channel: isKiosk ? 'kiosk' : (cmd.channel ?? 'counter'),
      priority: isKiosk ? 'normal' : (cmd.priority ?? 'normal'),
    };
    return issue(actor, cmd.officeId, command, cmd.language ?? 'de');
  }

  /**
   * Runs a command that issues a ticket (draw, check-in) and, at a kiosk, prints it. A repeated
   * request (same idempotency key, second check-in) gets its ticket again but no second print.
   */
  async function issue(
    actor: Actor,
    officeId: string,
    command: Command,
    language: string,
  ): Promise<Result<DrawResult>> {
    const outcome = await engine.run(actor, officeId, command);
    const result = ticketResult(outcome);
    if (!result.ok) return result;
    const { ticket } = result.data;
    const repeated = outcome.ok && outcome.data.unchanged;
    const setup = engine.setup(officeId);
    const state = engine.state(officeId);
    if (!setup || !state) return fail('not_found', 'no such office', 'officeId');
    const ahead = peopleAhead(state, setup, state.tickets[ticket.id] ?? ticket, clock());
    const estimate = estimateWait(state, setup, ticket, ahead);
    const url = statusUrl(ticket.id);
    // Shown on the kiosk screen too, so a citizen can follow the queue when the printer fails.
    const extras = {
      ...(estimate ? { waitEstimate: estimate } : {}),
      ...(url ? { statusUrl: url } : {}),
    };
    if (actor.kind !== 'device') {
      return ok({ ticket, peopleAhead: ahead, ...extras, print: { status: 'skipped' } });
    }
    if (repeated) {
      return ok({
        ticket,
        peopleAhead: ahead,
        ...extras,
        print: { status: 'skipped', reason: 'already issued' },
      });
    }
    const service = setup.services.find((s) => s.id === ticket.serviceId);
    const department = setup.departments.find((d) => d.id === ticket.departmentId);
    // Printed in a language the printer's code page can write (see printableLanguage).
    const printLanguage = printableLanguage(language);
    const print = await printing.print(actor.deviceId, {
      officeName: setup.name,
      departmentName: department ? localized(department.names, printLanguage) : '',
      serviceName: service ? localized(service.names, printLanguage) : ticket.serviceId,
      number: ticket.number,
      issuedAt: ticket.issuedAt,
      timeZone: setup.timeZone,
      language: printLanguage,
      peopleAhead: ahead,
      ...(estimate ? { waitEstimate: estimate } : {}),
      ...(url ? { statusUrl: url } : {}),
    });
    return ok({ ticket, peopleAhead: ahead, ...extras, print });
  }

  function importAppointments(actor: Actor, officeId: string, body: ImportAppointments) {
    const appointments = body.appointments.map((a) => {
      const person = a.name !== undefined && a.birthDate !== undefined ? splitFullName(a.name) : undefined;
      return {
        bookingCode: a.bookingCode,
        serviceId: a.serviceId,
        slot: Date.parse(a.slot),
        identityKey:
          person && a.birthDate
            ? identityKey(identitySecret, person.lastName, person.firstNames, a.birthDate)
            : undefined,
      };
    });
    return engine
      .run(actor, officeId, { type: 'import-appointments', appointments })
      .then((r) => (r.ok ? ok({ imported: appointments.length }) : r));
  }

  function listAppointments(actor: Actor, officeId: string): Result<{ appointments: AppointmentView[] }> {
    const state = engine.state(officeId);
    if (!state || actor.kind !== 'user' || !canAccessOffice(actor, officeId)) {
      return fail('not_found', 'no such office', 'officeId');
    }
    const appointments = Object.values(state.appointments ?? {})
      .sort((a, b) => a.slot - b.slot)
      .map((a) => ({
        bookingCode: a.bookingCode,
        serviceId: a.serviceId,
        slot: a.slot,
        state: a.state,
        ...(a.ticketId && state.tickets[a.ticketId]
          ? { ticketNumber: state.tickets[a.ticketId]?.number }
          : {}),
        idCheckIn: a.identityKey !== undefined,
      }));
    return ok({ appointments });
  }

  const checkIn = (actor: Actor, cmd: CheckIn, language = 'de') =>
    issue(actor, cmd.officeId, { type: 'check-in', bookingCode: cmd.bookingCode }, language);

  /** The ID card's name and birth date become the identity key here and go no further. */
  const checkInByIdentity = (actor: Actor, cmd: IdentityCheckIn, language = 'de') =>
    issue(
      actor,
      cmd.officeId,
      {
        type: 'check-in',
        identityKey: identityKey(identitySecret, cmd.lastName, cmd.firstNames, cmd.birthDate),
      },
      language,
    );

  const counterCommand = async (
    actor: Actor,
    type: 'open-counter' | 'resume-counter' | 'close-counter',
    cmd: CounterCommand,
  ) => counterResult(await engine.run(actor, cmd.officeId, { type, counterId: cmd.counterId }));

  async function pause(actor: Actor, cmd: PauseCounter) {
    return counterResult(
      await engine.run(actor, cmd.officeId, {
        type: 'pause-counter',
        counterId: cmd.counterId,
        reason: cmd.reason,
      }),
    );
  }

  async function callNext(actor: Actor, cmd: CallNext) {
    return ticketResult(
      await engine.run(actor, cmd.officeId, {
        type: 'call-next',
        counterId: cmd.counterId,
        serviceId: cmd.serviceId,
      }),
    );
  }

  /** Ticket commands name only the ticket; its office is looked up (and checked against the actor). */
  async function onTicket(actor: Actor, ticketId: string, command: Command): Promise<Result<TicketResult>> {
    const officeId = engine.officeOfTicket(ticketId);
    if (!officeId || !canAccessOffice(actor, officeId))
      return fail('not_found', 'no such ticket today', 'ticketId');
    return ticketResult(await engine.run(actor, officeId, command));
  }

  const ticketAction = (actor: Actor, type: TicketActionType, ticketId: string) =>
    onTicket(actor, ticketId, { type, ticketId });

  const transfer = (actor: Actor, cmd: TransferTicket) =>
    onTicket(actor, cmd.ticketId, { type: 'transfer', ...cmd });

  const callBack = (actor: Actor, cmd: CallBackTicket) =>
    onTicket(actor, cmd.ticketId, { type: 'call-back', ticketId: cmd.ticketId, counterId: cmd.counterId });

  function snapshot(actor: Actor, officeId: string): Result<OfficeSnapshot> {
    const setup = engine.setup(officeId);
    const state = engine.state(officeId);
    if (!setup || !state || !canAccessOffice(actor, officeId))
      return fail('not_found', 'no such office', 'officeId');
    const snapshot = snapshotOf(state, setup, clock());
    return ok(
      actor.kind === 'user' && devicesFor ? { ...snapshot, devices: devicesFor(officeId) } : snapshot,
    );
  }

  /** Public: anyone with the (unguessable) ticket id may see its number, state and place. */
  function ticketStatus(ticketId: string): Result<TicketStatusView> {
    const officeId = engine.officeOfTicket(ticketId);
    const setup = officeId ? engine.setup(officeId) : undefined;
    const state = officeId ? engine.state(officeId) : undefined;
    const ticket = state?.tickets[ticketId];
    if (!setup || !state || !ticket) return fail('not_found', 'no such ticket today', 'ticketId');
    const service = setup.services.find((s) => s.id === ticket.serviceId);
    const counter = setup.counters.find((c) => c.id === ticket.counterId);
    const ahead = peopleAhead(state, setup, ticket, clock());
    const estimate = ticket.state === 'waiting' ? estimateWait(state, setup, ticket, ahead) : undefined;
    return ok({
      number: ticket.number,
      officeName: setup.name,
      serviceName: service ? localized(service.names, 'de') : ticket.serviceId,
      serviceNames: service?.names ?? { de: ticket.serviceId },
      state: ticket.state,
      peopleAhead: ahead,
      ...(estimate ? { waitEstimate: estimate } : {}),
      ...(counter && (ticket.state === 'called' || ticket.state === 'serving')
        ? { counterName: counter.name }
        : {}),
      issuedAt: ticket.issuedAt,
    });
  }

  return {
    draw,
    importAppointments,
    listAppointments,
    checkIn,
    checkInByIdentity,
    counterCommand,
    pause,
    callNext,
    ticketAction,
    transfer,
    callBack,
    snapshot,
    ticketStatus,
  };
}
