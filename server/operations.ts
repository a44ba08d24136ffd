/**
 * Owns: the server's use cases, shared by the REST API and the Socket.IO handlers — turn a
 * validated payload into engine commands and present the outcome as protocol views.
 * Both transports call these functions, so REST and sockets can never drift apart.
 */
import type {
  CallBackTicket,
  CallNext,
  CallTicket,
  CounterCommand,
  DrawTicket,
  FinishTicket,
  OpenCounter,
  PauseCounter,
  SetCounterServices,
  SetPriority,
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
import type { TicketState, TicketStatusView, TicketView } from '#protocol/tickets.ts';
import type { Actor, Command, TicketActionType } from './core/command.ts';
import { inMinutes, type EstimateService } from './estimates/estimate-service.ts';
import { counterView, peopleAhead, snapshotOf } from './core/views.ts';
import { canAccessOffice } from './engine/authorize.ts';
import type { CommandOutcome, Engine } from './engine/engine.ts';
import { printableLanguage } from '#printer';
import { randomBytes } from 'node:crypto';
import { identityKey, splitFullName } from './auth/identity-key.ts';
import { LoginLimiter } from './auth/login-limiter.ts';
import { businessDayOf } from './core/business-day.ts';
import type { TicketPrinting } from './printing/ticket-printing.ts';

export interface OperationsDeps {
  engine: Engine;
  printing: TicketPrinting;
  clock: () => number;
  /** base URL for the status link printed on tickets; none: no QR code */
  publicUrl?: string | undefined;
  /** live status of the office's kiosks and displays, for staff */
  devicesFor?: (officeId: string) => DeviceStatusView[];
  /** forward wait estimates (server/estimates) */
  estimates?: EstimateService;
}

export type Operations = ReturnType<typeof createOperations>;

/** Tickets one kiosk may draw per minute. */
export const KIOSK_DRAWS_PER_MINUTE = 60;

export function createOperations({
  engine,
  printing,
  clock,
  publicUrl,
  devicesFor,
  estimates,
}: OperationsDeps) {
  // A kiosk's printer issues a ticket every few seconds at best, and a citizen needs longer to
  // choose: far more than one a second means a stuck button or a stolen token, not people.
  const kioskDraws = new LoginLimiter(clock, {
    attemptsPerMinute: KIOSK_DRAWS_PER_MINUTE,
  });

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
    if (actor.kind === 'device' && !kioskDraws.allow(actor.deviceId)) {
      return fail(
        'rate_limited',
        `more than ${KIOSK_DRAWS_PER_MINUTE} tickets a minute from this kiosk; wait a minute`,
      );
    }
    // Kiosks draw walk-in tickets; priority and channel are staff decisions.
    const priority = isKiosk ? 'normal' : (cmd.priority ?? 'normal');
    const command: Command = {
      type: 'draw',
      serviceId: cmd.serviceId,
      idempotencyKey: cmd.idempotencyKey,
      channel: isKiosk ? 'kiosk' : (cmd.channel ?? 'counter'),
      priority,
      // What the kiosk showed for this service: printed on the ticket, and kept to measure it.
      // A priority ticket is called sooner than that: it gets its own figure once drawn.
      estimate: priority === 'normal' ? estimates?.newcomer(cmd.officeId, cmd.serviceId) : undefined,
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
    // A draw shows what the kiosk showed for the service; a checked-in appointment or a priority
    // ticket (favoured, so a newcomer's figure would not fit) gets its own, made now.
    const drawn =
      command.type === 'draw' && command.priority !== 'priority'
        ? command.estimate
        : estimates?.current(officeId)?.tickets.get(ticket.id);
    const estimate = drawn && !repeated ? inMinutes(drawn) : undefined;
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

  /**
   * Name and birth date become identity keys at once, salted with a random salt of the slot's
   * business day (created on first use, deleted when that day closes), and are dropped.
   */
  async function importAppointments(actor: Actor, officeId: string, body: ImportAppointments) {
    const setup = engine.setup(officeId);
    if (!setup) return fail('not_found', 'no such office', 'officeId');
    const dayOf = (slot: string) => businessDayOf(Date.parse(slot), setup.timeZone);
    const days = new Set(body.appointments.filter((a) => personOf(a)).map((a) => dayOf(a.slot)));
    for (const businessDay of days) {
      const salt = randomBytes(32).toString('base64url');
      const ensured = await engine.run(actor, officeId, { type: 'ensure-identity-salt', businessDay, salt });
      if (!ensured.ok) return ensured;
    }
    const salts = engine.state(officeId)?.identitySalts ?? {};
    const appointments = body.appointments.map((a) => {
      const person = personOf(a);
      const salt = salts[dayOf(a.slot)];
      return {
        bookingCode: a.bookingCode,
        serviceId: a.serviceId,
        slot: Date.parse(a.slot),
        identityKey:
          person && salt
            ? identityKey(
                Buffer.from(salt, 'base64url'),
                person.lastName,
                person.firstNames,
                person.birthDate,
              )
            : undefined,
      };
    });
    const before = engine.state(officeId)?.appointments ?? {};
    const imported = await engine.run(actor, officeId, { type: 'import-appointments', appointments });
    // Appointments already checked in are kept as they are and not counted.
    const kept = appointments.filter((a) => before[a.bookingCode]?.state === 'checked_in').length;
    return imported.ok ? ok({ imported: appointments.length - kept }) : imported;
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

  /** The ID card's name and birth date become today's identity key here and go no further. */
  async function checkInByIdentity(actor: Actor, cmd: IdentityCheckIn, language = 'de') {
    const state = engine.state(cmd.officeId);
    const salt = state?.identitySalts?.[state.businessDay];
    if (!salt) return fail('not_found', 'no appointment found', 'identity');
    const key = identityKey(Buffer.from(salt, 'base64url'), cmd.lastName, cmd.firstNames, cmd.birthDate);
    return issue(actor, cmd.officeId, { type: 'check-in', identityKey: key }, language);
  }

  const counterCommand = async (
    actor: Actor,
    type: 'resume-counter' | 'close-counter',
    cmd: CounterCommand,
  ) => counterResult(await engine.run(actor, cmd.officeId, { type, counterId: cmd.counterId }));

  const openCounter = async (actor: Actor, cmd: OpenCounter) =>
    counterResult(
      await engine.run(actor, cmd.officeId, {
        type: 'open-counter',
        counterId: cmd.counterId,
        serviceIds: cmd.serviceIds,
      }),
    );

  const setCounterServices = async (actor: Actor, cmd: SetCounterServices) =>
    counterResult(
      await engine.run(actor, cmd.officeId, {
        type: 'set-counter-services',
        counterId: cmd.counterId,
        serviceIds: cmd.serviceIds,
      }),
    );

  const callTicket = async (actor: Actor, cmd: CallTicket) =>
    ticketResult(
      await engine.run(actor, cmd.officeId, {
        type: 'call-ticket',
        counterId: cmd.counterId,
        ticketId: cmd.ticketId,
      }),
    );

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

  const finish = (actor: Actor, cmd: FinishTicket) =>
    onTicket(actor, cmd.ticketId, {
      type: 'finish',
      ticketId: cmd.ticketId,
      performedServiceIds: cmd.performedServiceIds,
      note: cmd.note,
    });

  const transfer = (actor: Actor, cmd: TransferTicket) =>
    onTicket(actor, cmd.ticketId, { type: 'transfer', ...cmd });

  const setPriority = (actor: Actor, cmd: SetPriority) =>
    onTicket(actor, cmd.ticketId, { type: 'set-priority', ticketId: cmd.ticketId, priority: cmd.priority });

  const callBack = (actor: Actor, cmd: CallBackTicket) =>
    onTicket(actor, cmd.ticketId, { type: 'call-back', ticketId: cmd.ticketId, counterId: cmd.counterId });

  function snapshot(actor: Actor, officeId: string): Result<OfficeSnapshot> {
    const setup = engine.setup(officeId);
    const state = engine.state(officeId);
    if (!setup || !state || !canAccessOffice(actor, officeId))
      return fail('not_found', 'no such office', 'officeId');
    const snapshot = snapshotOf(state, setup, clock(), (serviceId) => {
      const e = estimates?.newcomer(officeId, serviceId);
      return e ? inMinutes(e) : undefined;
    });
    return ok(
      actor.kind === 'user' && devicesFor ? { ...snapshot, devices: devicesFor(officeId) } : snapshot,
    );
  }

  /** Staff: today's tickets in the given states, newest first (e.g. no-shows to reopen). */
  function todaysTickets(
    actor: Actor,
    officeId: string,
    states: readonly TicketState[],
  ): Result<TicketView[]> {
    const state = engine.state(officeId);
    if (!state || !canAccessOffice(actor, officeId)) return fail('not_found', 'no such office', 'officeId');
    if (actor.kind !== 'user') return fail('forbidden', 'staff only');
    const tickets = Object.values(state.tickets)
      .filter((t) => states.includes(t.state))
      .sort((a, b) => (b.finishedAt ?? b.issuedAt) - (a.finishedAt ?? a.issuedAt));
    return ok(tickets);
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
    const forward = ticket.state === 'waiting' ? estimates?.ticket(setup.id, ticketId) : undefined;
    const estimate = forward ? inMinutes(forward) : undefined;
    return ok({
      number: ticket.number,
      officeName: setup.name,
      serviceName: service ? localized(service.names, 'de') : ticket.serviceId,
      serviceNames: service?.names ?? { de: ticket.serviceId },
      state: ticket.state,
      peopleAhead: ahead,
      ...(estimate && forward ? { waitEstimate: estimate, estimate: forward } : {}),
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
    todaysTickets,
    finish,
    openCounter,
    setCounterServices,
    callTicket,
    transfer,
    setPriority,
    callBack,
    snapshot,
    ticketStatus,
  };
}

/** The person of an import row, when it can be used for ID-card check-in. */
function personOf(a: ImportAppointments['appointments'][number]) {
  if (a.birthDate === undefined) return undefined;
  if (a.lastName !== undefined)
    return { lastName: a.lastName, firstNames: a.firstNames ?? '', birthDate: a.birthDate };
  if (a.name !== undefined) return { ...splitFullName(a.name), birthDate: a.birthDate };
  return undefined;
}
