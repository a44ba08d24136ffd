/**
 * Who may do what, against one real server: every REST route and every Socket.IO command, for
 * every kind of caller, allowed or refused exactly as docs/api.md says.
 *
 * Each cell first arranges the office (straight through the engine or the admin service, as the
 * user concerned — the arrangement is not under test) so that an allowed call succeeds. So a
 * refusal can only come from authorization, and "allowed" means the row's success status, never
 * a domain error. Refusals are 401 `not_authenticated` (no or unknown credentials, or a device on
 * a staff-only route), 403 `forbidden`, or 404 `not_found` where the server hides what belongs to
 * another office. A forged token or cookie must get what an anonymous caller gets.
 * A route or socket event that these tables do not list fails the test.
 *
 * The demo configuration has no office-scoped accounts, so this test adds one office ("koeln",
 * a copy of the demo office) and two accounts: an admin of leverkusen only and a supervisor of
 * koeln only.
 */
import { io as ioClient, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceEdit, UserEdit } from '#protocol/admin.ts';
import type { ClientToServerEvents } from '#protocol/events.ts';
import { PROTOCOL_VERSION } from '#protocol/version.ts';
import { loadConfig } from '../../server/config/load.ts';
import { Config } from '../../server/config/schema.ts';
import type { Actor, Command } from '../../server/core/command.ts';
import {
  DISPLAY,
  handshakeOutcome,
  KIOSK,
  KIOSK_AGENT,
  OFFICE,
  startSystem,
  type ClientSocket,
  type TestSystem,
} from '../support/start-system.ts';
import { handledEvents as handledBy, mountedRoutes } from '../support/api-surface.ts';

// ---------------------------------------------------------------------------------------------
// Callers

const PRINCIPALS = [
  'anonymous',
  'kiosk',
  'display',
  'clerk1',
  'clerk5',
  'supervisor',
  'admin',
  'officeAdmin',
  'otherOffice',
] as const;
type Principal = (typeof PRINCIPALS)[number];

/** The staff accounts behind the columns (clerk5 lacks `call-specific`). */
const USERNAMES: Partial<Record<Principal, string>> = {
  clerk1: 'clerk1',
  clerk5: 'clerk5',
  supervisor: 'supervisor',
  admin: 'admin',
  officeAdmin: 'office-admin',
  otherOffice: 'koeln-supervisor',
};

/** Credentials that must count for nothing: they get what `anonymous` gets. */
const FORGED = {
  forgedToken: { token: 'not-a-device-token' },
  forgedCookie: { cookie: 'aufruf_session=not-a-session' },
};

type Credentials = { cookie?: string; token?: string };

// ---------------------------------------------------------------------------------------------
// Desks: where each caller sits, so that "the counter's clerk" is a fact of the arranged state.

/** Each staff member of leverkusen has a counter of their own; clerk2 sits at the helper desk. */
const DESK_OF_USER: Record<string, string> = {
  clerk1: 'platz-1',
  clerk5: 'platz-2',
  supervisor: 'platz-3',
  admin: 'platz-4',
  'office-admin': 'platz-5',
  clerk2: 'platz-6',
};
/** Someone else's counter: where tickets wait that a caller without a counter acts on. */
const HELPER_DESK = 'platz-6';
/** A counter nobody signs in at: where callers without a counter try to sign in. */
const SPARE_DESK = 'platz-8';

const ownDesk = (p: Principal) => DESK_OF_USER[USERNAMES[p] ?? ''];
/** Staff act at their own counter; everyone else at the helper desk. */
const deskOf = (p: Principal) => ownDesk(p) ?? HELPER_DESK;
/** Clerks act on tickets at their own counter; supervisors and admins step in at another's. */
const holderOf = (p: Principal) => (p === 'clerk1' || p === 'clerk5' ? deskOf(p) : HELPER_DESK);
const sitterOf = (desk: string) => Object.keys(DESK_OF_USER).find((u) => DESK_OF_USER[u] === desk)!;

// ---------------------------------------------------------------------------------------------
// The system under test, and the arrangement helpers (engine and admin service, not HTTP).

let sys: TestSystem;
const credentials = {} as Record<Principal, Credentials>;
let serial = 0;
const unique = (prefix: string) => `${prefix}-${++serial}`;

/** A staff member at their desk; `call-specific` so the arrangement can call any number. */
const atDesk = (userId: string): Actor => ({
  kind: 'user',
  userId,
  role: 'clerk',
  officeIds: '*',
  permissions: ['call-specific'],
});
const SUPERVISING: Actor = { kind: 'user', userId: 'supervisor', role: 'supervisor', officeIds: '*' };
const ADMINISTERING = { userId: 'admin', officeIds: '*' as const };

async function run(actor: Actor, command: Command): Promise<string> {
  const result = await sys.system.engine.run(actor, OFFICE, command);
  if (!result.ok) throw new Error(`arranging ${command.type}: ${result.error.code} ${result.error.message}`);
  const { subject } = result.data;
  return subject.kind === 'none' ? '' : subject.id;
}

const counter = (desk: string) => sys.system.engine.state(OFFICE)!.counters[desk]!;
const serviceAt = (desk: string) =>
  sys.system.engine.setup(OFFICE)!.counters.find((c) => c.id === desk)!.serviceIds[0]!;

/** The desk is open, not paused and free, with its own clerk signed in. */
async function freeDesk(desk: string): Promise<string> {
  const current = counter(desk).currentTicketId;
  if (current) await run(SUPERVISING, { type: 'finish', ticketId: current });
  const { status, clerk } = counter(desk);
  if (status !== 'closed' && clerk !== sitterOf(desk))
    await run(SUPERVISING, { type: 'close-counter', counterId: desk });
  if (counter(desk).status === 'closed')
    await run(atDesk(sitterOf(desk)), { type: 'open-counter', counterId: desk });
  if (counter(desk).status === 'paused')
    await run(atDesk(sitterOf(desk)), { type: 'resume-counter', counterId: desk });
  return desk;
}

async function closedDesk(desk: string): Promise<string> {
  const current = counter(desk).currentTicketId;
  if (current) await run(SUPERVISING, { type: 'finish', ticketId: current });
  if (counter(desk).status !== 'closed') await run(SUPERVISING, { type: 'close-counter', counterId: desk });
  return desk;
}

async function pausedDesk(desk: string): Promise<string> {
  await freeDesk(desk);
  await run(atDesk(sitterOf(desk)), { type: 'pause-counter', counterId: desk });
  return desk;
}

const waiting = (serviceId = 'abholung') =>
  run(SUPERVISING, { type: 'draw', serviceId, channel: 'counter', priority: 'normal' });

async function calledAt(desk: string): Promise<string> {
  await freeDesk(desk);
  const ticketId = await waiting(serviceAt(desk));
  await run(atDesk(sitterOf(desk)), { type: 'call-ticket', counterId: desk, ticketId });
  return ticketId;
}

/** Parked from this desk (so the desk serves its service), which is free again. */
async function parkedAt(desk: string): Promise<string> {
  const ticketId = await calledAt(desk);
  await run(atDesk(sitterOf(desk)), { type: 'park', ticketId });
  return ticketId;
}

async function noShow(): Promise<string> {
  const ticketId = await calledAt(HELPER_DESK);
  await run(atDesk(sitterOf(HELPER_DESK)), { type: 'no-show', ticketId });
  return ticketId;
}

/**
 * Ends every live ticket, so the queue stays short: wait estimates are computed over the whole
 * queue on every change, and hundreds of leftover tickets would only make the test slow.
 */
async function tidy(): Promise<void> {
  for (const ticket of Object.values(sys.system.engine.state(OFFICE)!.tickets)) {
    if (ticket.state === 'waiting' || ticket.state === 'parked')
      await run(SUPERVISING, { type: 'cancel', ticketId: ticket.id });
    if (ticket.state === 'called' || ticket.state === 'serving')
      await run(SUPERVISING, { type: 'finish', ticketId: ticket.id });
  }
}

/** An appointment whose check-in window is open now. */
async function bookedNow(): Promise<string> {
  const bookingCode = unique('BOOK').toUpperCase();
  await run(SUPERVISING, {
    type: 'import-appointments',
    appointments: [{ bookingCode, serviceId: 'ausweis', slot: sys.clock.now + 10 * 60_000 }],
  });
  return bookingCode;
}

const revision = () => sys.system.admin.document.revision;

async function scratchUser(): Promise<string> {
  const username = unique('scratch-user');
  const edit: UserEdit = {
    revision: revision(),
    role: 'clerk',
    offices: [OFFICE],
    permissions: [],
    password: 'x'.repeat(12),
  };
  const result = await sys.system.admin.putUser(ADMINISTERING, username, edit);
  if (!result.ok) throw new Error(`arranging user: ${result.error.message}`);
  return username;
}

async function scratchDevice(): Promise<string> {
  const deviceId = unique('scratch-display');
  const edit: DeviceEdit = { revision: revision(), kind: 'display', offices: [OFFICE] };
  const result = await sys.system.admin.putDevice(ADMINISTERING, deviceId, edit);
  if (!result.ok) throw new Error(`arranging device: ${result.error.message}`);
  return deviceId;
}

/** The login limiter allows 20 attempts a minute per address; rows that log in start a new one. */
const nextMinute = () => {
  sys.clock.now += 61_000;
};

// ---------------------------------------------------------------------------------------------
// The REST table

/** 'ok': the row's success status (the only evidence of passing authorization used here). */
type Outcome = 'ok' | 401 | 403 | 404;
type Outcomes = readonly [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];

/** What one cell needs: ids for the path, and the body when it depends on the arranged state. */
interface Cell {
  counterId?: string;
  ticketId?: string;
  username?: string;
  deviceId?: string;
  bookingCode?: string;
  body?: unknown;
  /** another session of the same user (logout would end the column's own) */
  cookie?: string;
}

interface Row {
  /** method and path exactly as mounted, with the action spelled out where one route dispatches */
  route: string;
  /** the status of success: an allowed call must get exactly this */
  ok: 200 | 201 | 204;
  /** in the order of PRINCIPALS */
  who: Outcomes;
  query?: string;
  before?: () => void;
  arrange?: (p: Principal) => Promise<Cell>;
  body?: (cell: Cell) => unknown;
}

const all = (o: Outcome): Outcomes => [o, o, o, o, o, o, o, o, o];
const today = '2026-11-25';

const ticketAction = (arrange: (p: Principal) => Promise<string>) => async (p: Principal) => ({
  ticketId: await arrange(p),
});

// Outcomes are in the order of PRINCIPALS:
//   anonymous, kiosk, display, clerk1, clerk5, supervisor, admin, officeAdmin, otherOffice
// Routes that read only the session cookie answer a device token with 401: it is no credential there.
const STAFF_ONLY_COMMAND: Outcomes = [401, 403, 403, 'ok', 'ok', 'ok', 'ok', 'ok', 403];
const AT_THE_TICKET: Outcomes = [401, 403, 403, 'ok', 'ok', 'ok', 'ok', 'ok', 404];
const SUPERVISORS_ON_TICKET: Outcomes = [401, 403, 403, 403, 403, 'ok', 'ok', 'ok', 404];
const ADMINS: Outcomes = [401, 401, 401, 403, 403, 403, 'ok', 'ok', 403];
const ADMINS_OF_EVERY_OFFICE: Outcomes = [401, 401, 401, 403, 403, 403, 'ok', 403, 403];
const STATISTICS: Outcomes = [401, 401, 401, 403, 403, 'ok', 'ok', 'ok', 404];

const ROWS: Row[] = [
  // public
  { route: 'GET /api/health', ok: 200, who: all('ok') },
  { route: 'GET /api/offices', ok: 200, who: all('ok') },
  {
    route: 'GET /api/tickets/:ticketId/status',
    ok: 200,
    who: all('ok'),
    arrange: async () => ({ ticketId: await waiting() }),
  },
  // sessions
  {
    route: 'POST /api/auth/login',
    ok: 200,
    who: all('ok'),
    before: nextMinute,
    body: () => ({ username: 'clerk2', password: 'demo' }),
  },
  {
    route: 'POST /api/auth/logout',
    ok: 204,
    who: all('ok'),
    before: nextMinute,
    arrange: async (p) => {
      const username = USERNAMES[p];
      return username ? { cookie: await sys.login(username) } : {};
    },
  },
  { route: 'GET /api/auth/session', ok: 200, who: [401, 401, 401, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'] },
  // devices' own settings
  { route: 'GET /api/kiosk/config', ok: 200, who: [401, 'ok', 401, 401, 401, 401, 401, 401, 401] },
  {
    route: 'POST /api/kiosk/staff-exit',
    ok: 204,
    who: [401, 'ok', 401, 401, 401, 401, 401, 401, 401],
    body: () => ({ pin: '1234' }),
  },
  { route: 'GET /api/display/config', ok: 200, who: [401, 401, 'ok', 401, 401, 401, 401, 401, 401] },
  // the office
  {
    route: 'GET /api/offices/:officeId/state',
    ok: 200,
    who: [401, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 404],
  },
  {
    route: 'GET /api/offices/:officeId/tickets',
    ok: 200,
    who: [401, 403, 403, 'ok', 'ok', 'ok', 'ok', 'ok', 404],
    query: '?state=no_show',
  },
  {
    route: 'POST /api/offices/:officeId/tickets',
    ok: 201,
    who: [401, 'ok', 403, 'ok', 'ok', 'ok', 'ok', 'ok', 403],
    body: () => ({ serviceId: 'abholung' }),
  },
  // counters
  {
    route: 'POST /api/offices/:officeId/counters/:counterId/open',
    ok: 200,
    who: STAFF_ONLY_COMMAND,
    arrange: async (p) => ({ counterId: await closedDesk(ownDesk(p) ?? SPARE_DESK) }),
    body: () => ({}),
  },
  {
    route: 'POST /api/offices/:officeId/counters/:counterId/services',
    ok: 200,
    who: STAFF_ONLY_COMMAND,
    // a supervisor changes another clerk's counter
    arrange: async (p) => ({ counterId: await freeDesk(holderOf(p)) }),
    body: (cell) => ({ serviceIds: [serviceAt(cell.counterId!)] }),
  },
  {
    route: 'POST /api/offices/:officeId/counters/:counterId/pause',
    ok: 200,
    who: STAFF_ONLY_COMMAND,
    arrange: async (p) => ({ counterId: await freeDesk(deskOf(p)) }),
    body: () => ({ reason: 'Mittag' }),
  },
  {
    route: 'POST /api/offices/:officeId/counters/:counterId/resume',
    ok: 200,
    who: STAFF_ONLY_COMMAND,
    arrange: async (p) => ({ counterId: await pausedDesk(deskOf(p)) }),
  },
  {
    route: 'POST /api/offices/:officeId/counters/:counterId/close',
    ok: 200,
    who: STAFF_ONLY_COMMAND,
    // a supervisor closes the counter of a clerk who went home signed in
    arrange: async (p) => ({ counterId: await freeDesk(holderOf(p)) }),
  },
  {
    route: 'POST /api/offices/:officeId/counters/:counterId/call-next',
    ok: 200,
    who: STAFF_ONLY_COMMAND,
    arrange: async (p) => {
      const counterId = await freeDesk(deskOf(p));
      await waiting(serviceAt(counterId));
      return { counterId };
    },
    body: () => ({}),
  },
  {
    route: 'POST /api/offices/:officeId/counters/:counterId/call-ticket',
    ok: 200,
    // clerk5 has no `call-specific`: refused by the core (tickets/call.ts), not by the table
    who: [401, 403, 403, 'ok', 403, 'ok', 'ok', 'ok', 403],
    arrange: async (p) => {
      const counterId = await freeDesk(deskOf(p));
      return { counterId, body: { ticketId: await waiting(serviceAt(counterId)) } };
    },
  },
  // tickets
  {
    route: 'POST /api/tickets/:ticketId/recall',
    ok: 200,
    who: AT_THE_TICKET,
    arrange: ticketAction((p) => calledAt(holderOf(p))),
  },
  {
    route: 'POST /api/tickets/:ticketId/start',
    ok: 200,
    who: AT_THE_TICKET,
    arrange: ticketAction((p) => calledAt(holderOf(p))),
  },
  {
    route: 'POST /api/tickets/:ticketId/finish',
    ok: 200,
    who: AT_THE_TICKET,
    arrange: ticketAction((p) => calledAt(holderOf(p))),
    body: () => ({ note: 'erledigt' }),
  },
  {
    route: 'POST /api/tickets/:ticketId/no-show',
    ok: 200,
    who: AT_THE_TICKET,
    arrange: ticketAction((p) => calledAt(holderOf(p))),
  },
  {
    route: 'POST /api/tickets/:ticketId/park',
    ok: 200,
    who: AT_THE_TICKET,
    arrange: ticketAction((p) => calledAt(holderOf(p))),
  },
  {
    route: 'POST /api/tickets/:ticketId/transfer',
    ok: 200,
    who: AT_THE_TICKET,
    arrange: ticketAction((p) => calledAt(holderOf(p))),
    body: () => ({ serviceId: 'meldung' }),
  },
  {
    route: 'POST /api/tickets/:ticketId/call-back',
    ok: 200,
    // to the caller's own counter: whoever calls back must be signed in there
    who: AT_THE_TICKET,
    arrange: async (p) => {
      const counterId = deskOf(p);
      return { ticketId: await parkedAt(counterId), body: { counterId } };
    },
  },
  {
    route: 'POST /api/tickets/:ticketId/cancel',
    ok: 200,
    who: SUPERVISORS_ON_TICKET,
    arrange: ticketAction(() => waiting()),
  },
  {
    route: 'POST /api/tickets/:ticketId/reopen',
    ok: 200,
    who: SUPERVISORS_ON_TICKET,
    arrange: ticketAction(() => noShow()),
  },
  {
    route: 'POST /api/tickets/:ticketId/priority',
    ok: 200,
    who: SUPERVISORS_ON_TICKET,
    arrange: ticketAction(() => waiting()),
    body: () => ({ priority: 'priority' }),
  },
  // appointments
  {
    route: 'POST /api/offices/:officeId/appointments',
    ok: 201,
    who: [401, 403, 403, 403, 403, 'ok', 'ok', 'ok', 403],
    body: () => ({
      appointments: [
        {
          bookingCode: unique('IMPORT').toUpperCase(),
          serviceId: 'ausweis',
          slot: new Date(sys.clock.now + 2 * 3600_000).toISOString(),
        },
      ],
    }),
  },
  {
    route: 'GET /api/offices/:officeId/appointments',
    ok: 200,
    // devices get 404, not 403: listAppointments answers "no such office" to anyone not staff
    who: [401, 404, 404, 'ok', 'ok', 'ok', 'ok', 'ok', 404],
  },
  {
    route: 'POST /api/offices/:officeId/check-ins',
    ok: 201,
    who: [401, 'ok', 403, 'ok', 'ok', 'ok', 'ok', 'ok', 403],
    arrange: async () => ({ bookingCode: await bookedNow() }),
    body: (cell) => ({ bookingCode: cell.bookingCode }),
  },
  // statistics: session cookies only, so a device token is no credential here (401)
  {
    route: 'GET /api/offices/:officeId/statistics',
    ok: 200,
    who: STATISTICS,
    query: `?from=2026-11-01&to=${today}`,
  },
  {
    route: 'GET /api/offices/:officeId/statistics.csv',
    ok: 200,
    who: STATISTICS,
    query: `?from=2026-11-01&to=${today}`,
  },
  {
    route: 'GET /api/offices/:officeId/statistics/tickets.csv',
    ok: 200,
    who: STATISTICS,
    query: `?from=2026-11-01&to=${today}`,
  },
  {
    route: 'GET /api/printers/virtual/jobs',
    ok: 200,
    // the server-wide virtual printer: supervisors' and admins' preview
    who: [401, 401, 401, 403, 403, 'ok', 'ok', 'ok', 'ok'],
  },
  // administration
  { route: 'GET /api/admin/setup', ok: 200, who: ADMINS },
  { route: 'GET /api/admin/audit', ok: 200, who: ADMINS },
  {
    route: 'PUT /api/admin/offices/:officeId',
    ok: 200,
    who: ADMINS,
    // the office as it is: a valid change that changes nothing
    body: () => ({
      revision: revision(),
      office: sys.system.admin.document.offices.find((o) => o.id === OFFICE),
    }),
  },
  {
    route: 'PUT /api/admin/users/:username',
    ok: 200,
    who: ADMINS_OF_EVERY_OFFICE,
    arrange: async () => ({ username: unique('new-clerk') }),
    body: () => ({
      revision: revision(),
      role: 'clerk',
      offices: [OFFICE],
      permissions: [],
      password: 'y'.repeat(12),
    }),
  },
  {
    route: 'DELETE /api/admin/users/:username',
    ok: 200,
    who: ADMINS_OF_EVERY_OFFICE,
    arrange: async () => ({ username: await scratchUser() }),
    body: () => ({ revision: revision() }),
  },
  {
    route: 'PUT /api/admin/devices/:deviceId',
    ok: 200,
    who: ADMINS_OF_EVERY_OFFICE,
    arrange: async () => ({ deviceId: unique('new-display') }),
    body: () => ({ revision: revision(), kind: 'display', offices: [OFFICE] }),
  },
  {
    route: 'POST /api/admin/devices/:deviceId/token',
    ok: 200,
    who: ADMINS_OF_EVERY_OFFICE,
    arrange: async () => ({ deviceId: await scratchDevice() }),
    body: () => ({ revision: revision() }),
  },
  {
    route: 'DELETE /api/admin/devices/:deviceId',
    ok: 200,
    who: ADMINS_OF_EVERY_OFFICE,
    arrange: async () => ({ deviceId: await scratchDevice() }),
    body: () => ({ revision: revision() }),
  },
  { route: 'POST /api/admin/backups', ok: 201, who: ADMINS_OF_EVERY_OFFICE },
];

const rowOf = (route: string) => {
  const row = ROWS.find((r) => r.route === route);
  if (!row) throw new Error(`no row ${route}`);
  return row;
};

/** The address of a route with the arranged ids filled in. */
function pathOf(row: Row, cell: Cell): string {
  const path = row.route.split(' ')[1]!.replace(/:(\w+)/g, (_m, name: string) => {
    const value = name === 'officeId' ? OFFICE : cell[name as keyof Cell];
    if (typeof value !== 'string') throw new Error(`${row.route}: no ${name} arranged`);
    return encodeURIComponent(value);
  });
  return `${path}${row.query ?? ''}`;
}

async function request(
  method: string,
  path: string,
  { cookie, token }: Credentials,
  body: unknown,
): Promise<{ status: number; code?: string }> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (cookie) headers.cookie = cookie;
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${sys.url}${path}`, {
    method,
    headers,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  const json = res.headers.get('content-type')?.includes('json') && text ? JSON.parse(text) : undefined;
  return { status: res.status, code: (json as { code?: string } | undefined)?.code };
}

const DENIAL_CODES: Record<number, string[]> = {
  401: ['not_authenticated'],
  403: ['forbidden', 'not_your_ticket'],
  404: ['not_found'],
};

async function attempt(row: Row, p: Principal | keyof typeof FORGED): Promise<string> {
  const cell = (await row.arrange?.(p in FORGED ? 'anonymous' : (p as Principal))) ?? {};
  const creds = p in FORGED ? FORGED[p as keyof typeof FORGED] : credentials[p as Principal];
  const body = cell.body ?? row.body?.(cell);
  const method = row.route.split(' ')[0]!;
  const res = await request(method, pathOf(row, cell), cell.cookie ? { cookie: cell.cookie } : creds, body);
  if (res.status === row.ok) return 'ok';
  if (DENIAL_CODES[res.status]?.includes(res.code ?? '')) return String(res.status);
  return `${res.status} ${res.code ?? ''}`.trim();
}

// ---------------------------------------------------------------------------------------------
// The Socket.IO table

const SOCKET_PRINCIPALS = [
  'kiosk',
  'kioskAgent',
  'display',
  'clerk1',
  'clerk5',
  'supervisor',
  'admin',
  'officeAdmin',
  'otherOffice',
] as const;
type SocketPrincipal = (typeof SOCKET_PRINCIPALS)[number];
type Ack = 'ok' | 'forbidden' | 'not_found';

interface SocketRow {
  /** the REST route whose rules and arrangement the event shares */
  mirrors?: string;
  /** only where no route mirrors the event, in the order of SOCKET_PRINCIPALS */
  who?: readonly [Ack, Ack, Ack, Ack, Ack, Ack, Ack, Ack, Ack];
  arrange?: (p: Principal) => Promise<Cell>;
  payload: (cell: Cell) => unknown;
}

// kiosk, kioskAgent, display, clerk1, clerk5, supervisor, admin, officeAdmin, otherOffice
const F = 'forbidden';
const KIOSK_AGENT_ONLY: SocketRow['who'] = [F, 'ok', F, F, F, F, F, F, F];

const counterRef = (cell: Cell) => ({ officeId: OFFICE, counterId: cell.counterId });
const ticketRef = (cell: Cell) => ({ ticketId: cell.ticketId });
const withBody =
  (ref: (cell: Cell) => object, fixed: object = {}) =>
  (cell: Cell) => ({
    ...ref(cell),
    ...fixed,
    ...(cell.body as object | undefined),
  });

/** Typed against the protocol: a new client event fails the type check until it has a row. */
const SOCKET_ROWS: Record<keyof ClientToServerEvents, SocketRow> = {
  'ticket:draw': {
    mirrors: 'POST /api/offices/:officeId/tickets',
    payload: () => ({ officeId: OFFICE, serviceId: 'abholung' }),
  },
  'counter:open': { mirrors: 'POST /api/offices/:officeId/counters/:counterId/open', payload: counterRef },
  'counter:set-services': {
    mirrors: 'POST /api/offices/:officeId/counters/:counterId/services',
    payload: (cell) => ({ ...counterRef(cell), serviceIds: [serviceAt(cell.counterId!)] }),
  },
  'counter:pause': { mirrors: 'POST /api/offices/:officeId/counters/:counterId/pause', payload: counterRef },
  'counter:resume': {
    mirrors: 'POST /api/offices/:officeId/counters/:counterId/resume',
    payload: counterRef,
  },
  'counter:close': { mirrors: 'POST /api/offices/:officeId/counters/:counterId/close', payload: counterRef },
  'counter:call-next': {
    mirrors: 'POST /api/offices/:officeId/counters/:counterId/call-next',
    payload: counterRef,
  },
  'counter:call-ticket': {
    mirrors: 'POST /api/offices/:officeId/counters/:counterId/call-ticket',
    payload: withBody(counterRef),
  },
  'ticket:recall': { mirrors: 'POST /api/tickets/:ticketId/recall', payload: ticketRef },
  'ticket:start': { mirrors: 'POST /api/tickets/:ticketId/start', payload: ticketRef },
  'ticket:finish': { mirrors: 'POST /api/tickets/:ticketId/finish', payload: ticketRef },
  'ticket:mark-no-show': { mirrors: 'POST /api/tickets/:ticketId/no-show', payload: ticketRef },
  'ticket:park': { mirrors: 'POST /api/tickets/:ticketId/park', payload: ticketRef },
  'ticket:cancel': { mirrors: 'POST /api/tickets/:ticketId/cancel', payload: ticketRef },
  'ticket:reopen': { mirrors: 'POST /api/tickets/:ticketId/reopen', payload: ticketRef },
  'ticket:transfer': {
    mirrors: 'POST /api/tickets/:ticketId/transfer',
    payload: withBody(ticketRef, { serviceId: 'meldung' }),
  },
  'ticket:call-back': { mirrors: 'POST /api/tickets/:ticketId/call-back', payload: withBody(ticketRef) },
  'ticket:set-priority': {
    mirrors: 'POST /api/tickets/:ticketId/priority',
    payload: withBody(ticketRef, { priority: 'priority' }),
  },
  'office:get-snapshot': {
    mirrors: 'GET /api/offices/:officeId/state',
    payload: () => ({ officeId: OFFICE }),
  },
  'appointment:check-in': {
    mirrors: 'POST /api/offices/:officeId/check-ins',
    payload: (cell) => ({ officeId: OFFICE, bookingCode: cell.bookingCode }),
  },
  // kiosk agents only: the card reader and the status report live on the kiosk PC
  'appointment:check-in-identity': {
    who: KIOSK_AGENT_ONLY,
    arrange: async () => {
      const firstNames = unique('Erika');
      const res = await request('POST', `/api/offices/${OFFICE}/appointments`, credentials.admin, {
        appointments: [
          {
            bookingCode: unique('CARD').toUpperCase(),
            serviceId: 'ausweis',
            slot: new Date(sys.clock.now + 10 * 60_000).toISOString(),
            lastName: 'Mustermann',
            firstNames,
            birthDate: '1980-02-29',
          },
        ],
      });
      if (res.status !== 201) throw new Error(`arranging a card appointment: ${res.status} ${res.code}`);
      return { body: { firstNames } };
    },
    payload: (cell) => ({
      officeId: OFFICE,
      lastName: 'Mustermann',
      birthDate: '1980-02-29',
      ...(cell.body as object),
    }),
  },
  'device:report-status': {
    who: KIOSK_AGENT_ONLY,
    payload: () => ({ readers: [] }),
  },
};

const ACK_OF: Record<Outcome, Ack | undefined> = {
  ok: 'ok',
  403: 'forbidden',
  404: 'not_found',
  401: undefined,
};

/** The expected acks of an event, per socket principal (a kiosk agent is its kiosk). */
function expectedAcks(row: SocketRow): Record<SocketPrincipal, Ack> {
  const out = {} as Record<SocketPrincipal, Ack>;
  SOCKET_PRINCIPALS.forEach((sp, i) => {
    if (row.who) return void (out[sp] = row.who[i]!);
    const mirrored = rowOf(row.mirrors!);
    const outcome = mirrored.who[PRINCIPALS.indexOf(sp === 'kioskAgent' ? 'kiosk' : sp)]!;
    const ack = ACK_OF[outcome];
    if (!ack) throw new Error(`${row.mirrors}: a connected ${sp} cannot be unauthenticated`);
    out[sp] = ack;
  });
  return out;
}

const sockets = {} as Record<SocketPrincipal, ClientSocket>;
const handledEvents = (namespace: string, socketId: string) => handledBy(sys.system.io, namespace, socketId);

type LooseSocket = {
  timeout(ms: number): { emitWithAck(event: string, payload: unknown): Promise<unknown> };
};

async function emit(sp: SocketPrincipal, event: string, payload: unknown): Promise<string> {
  const result = (await (sockets[sp] as unknown as LooseSocket).timeout(5000).emitWithAck(event, payload)) as
    { ok: true } | { ok: false; error: { code: string } };
  return result.ok ? 'ok' : result.error.code === 'not_your_ticket' ? 'forbidden' : result.error.code;
}

// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  const loaded = await loadConfig([], {});
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const demo = loaded.config;
  const passwordHash = demo.users[0]!.passwordHash;
  const config = Config.parse({
    ...demo,
    offices: [...demo.offices, { ...demo.offices[0]!, id: 'koeln', name: 'Stadt Köln' }],
    users: [
      ...demo.users,
      { username: 'office-admin', role: 'admin', offices: [OFFICE], passwordHash },
      { username: 'koeln-supervisor', role: 'supervisor', offices: ['koeln'], passwordHash },
    ],
  });
  sys = await startSystem({ config });
  credentials.anonymous = {};
  credentials.kiosk = { token: KIOSK.deviceToken };
  credentials.display = { token: DISPLAY.deviceToken };
  for (const p of PRINCIPALS) {
    const username = USERNAMES[p];
    if (username) credentials[p] = { cookie: await sys.login(username) };
  }
});

afterAll(async () => {
  await sys?.close();
});

afterEach(tidy);

describe('REST authorization', () => {
  it('lists every mounted route, and no route that is not mounted', async () => {
    expect(ROWS.map((r) => r.route).sort()).toEqual((await mountedRoutes()).sort());
  });

  it.each(ROWS.map((row) => [row.route, row] as const))('%s', async (_route, row) => {
    row.before?.();
    const expected: Record<string, string> = {};
    const actual: Record<string, string> = {};
    for (const [i, p] of PRINCIPALS.entries()) {
      expected[p] = String(row.who[i]);
      actual[p] = await attempt(row, p);
    }
    for (const forged of Object.keys(FORGED) as (keyof typeof FORGED)[]) {
      expected[forged] = expected.anonymous!;
      actual[forged] = await attempt(row, forged);
    }
    expect(actual).toEqual(expected);
  });

  it('keeps a clerk to their own counter and its tickets', async () => {
    const clerk = credentials.clerk1;
    const ticketId = await calledAt(HELPER_DESK);
    const recall = await request('POST', `/api/tickets/${ticketId}/recall`, clerk, undefined);
    expect(recall).toEqual({ status: 403, code: 'not_your_ticket' });
    await freeDesk(HELPER_DESK);
    const pause = await request('POST', `/api/offices/${OFFICE}/counters/${HELPER_DESK}/pause`, clerk, {});
    expect(pause).toEqual({ status: 409, code: 'counter_taken' });
    await waiting(serviceAt(HELPER_DESK));
    const callNext = await request(
      'POST',
      `/api/offices/${OFFICE}/counters/${HELPER_DESK}/call-next`,
      credentials.supervisor,
      {},
    );
    // a supervisor steps in at a ticket, but calls only at the counter they are signed in at
    expect(callNext).toEqual({ status: 409, code: 'counter_taken' });
  });
});

describe('Socket.IO authorization', () => {
  let agent: Socket | undefined;

  beforeAll(async () => {
    for (const sp of SOCKET_PRINCIPALS) {
      if (sp === 'kioskAgent') continue;
      const creds = credentials[sp];
      sockets[sp] = await sys.connectAs(
        creds.cookie ? { cookie: creds.cookie } : { deviceToken: creds.token! },
      );
    }
    agent = ioClient(sys.url, {
      transports: ['websocket'],
      reconnection: false,
      auth: { protocolVersion: PROTOCOL_VERSION, deviceToken: KIOSK_AGENT.deviceToken, agent: true },
    });
    // The newest agent connection prints the kiosk's tickets: this one answers at once.
    agent.on('print:job', (_job: unknown, ack: (outcome: unknown) => void) =>
      ack({ status: 'skipped', reason: 'authorization test' }),
    );
    await new Promise<void>((resolve, reject) => {
      agent!.once('connect', resolve);
      agent!.once('connect_error', reject);
    });
    sockets.kioskAgent = agent as unknown as ClientSocket;
  });

  afterAll(() => {
    agent?.disconnect();
  });

  it('refuses a handshake without valid credentials or in an old protocol', async () => {
    const v = PROTOCOL_VERSION;
    expect(await handshakeOutcome(sys.url, { protocolVersion: v })).toBe('not_authenticated');
    expect(await handshakeOutcome(sys.url, { protocolVersion: v, deviceToken: 'forged' })).toBe(
      'not_authenticated',
    );
    expect(
      await handshakeOutcome(sys.url, { protocolVersion: v }, { cookie: FORGED.forgedCookie.cookie }),
    ).toBe('not_authenticated');
    // the page's token is no agent token
    expect(
      await handshakeOutcome(sys.url, { protocolVersion: v, deviceToken: KIOSK.deviceToken, agent: true }),
    ).toBe('not_authenticated');
    expect(await handshakeOutcome(sys.url, { protocolVersion: v + 1, deviceToken: KIOSK.deviceToken })).toBe(
      'protocol_mismatch',
    );
    expect(await handshakeOutcome(sys.url, { protocolVersion: v, deviceToken: DISPLAY.deviceToken })).toBe(
      'connected',
    );
    expect(
      await handshakeOutcome(sys.url, { protocolVersion: v }, { cookie: credentials.clerk5.cookie! }),
    ).toBe('connected');
  });

  it("answers not_authenticated once a staff socket's session has ended", async () => {
    const cookie = await sys.login('clerk3');
    const socket = await sys.connectAs({ cookie });
    expect((await request('POST', '/api/auth/logout', { cookie }, undefined)).status).toBe(204);
    const ack = (await (socket as unknown as LooseSocket)
      .timeout(5000)
      .emitWithAck('office:get-snapshot', { officeId: OFFICE })) as { ok: boolean; error?: { code: string } };
    expect(ack.error?.code).toBe('not_authenticated');
  });

  it('gives the public status feed a ticket to watch and no command at all', async () => {
    const status = (auth: Record<string, unknown>) =>
      ioClient(`${sys.url}/status`, { transports: ['websocket'], reconnection: false, auth });
    const outcome = (s: Socket) =>
      new Promise<string>((resolve) => {
        s.once('connect', () => resolve('connected'));
        s.once('connect_error', (e: Error & { data?: { code?: string } }) =>
          resolve(e.data?.code ?? e.message),
        );
      });
    const refused = status({ protocolVersion: PROTOCOL_VERSION });
    expect(await outcome(refused)).toBe('not_found');
    refused.disconnect();
    const watcher = status({ protocolVersion: PROTOCOL_VERSION, ticketId: await waiting() });
    try {
      expect(await outcome(watcher)).toBe('connected');
      expect(handledEvents('/status', watcher.id!)).toEqual([]);
    } finally {
      watcher.disconnect();
    }
  });

  it('lists every event the server handles, and no event it does not', () => {
    // an agent's socket and a staff socket together carry every handler
    const handled = new Set([
      ...handledEvents('/', sockets.kioskAgent.id!),
      ...handledEvents('/', sockets.clerk1.id!),
    ]);
    expect([...handled].sort()).toEqual(Object.keys(SOCKET_ROWS).sort());
  });

  const events = Object.entries(SOCKET_ROWS) as [keyof ClientToServerEvents, SocketRow][];
  it.each(events)('%s', async (event, row) => {
    const expected = expectedAcks(row);
    const actual = {} as Record<SocketPrincipal, string>;
    const arrange = row.arrange ?? (row.mirrors ? rowOf(row.mirrors).arrange : undefined);
    for (const sp of SOCKET_PRINCIPALS) {
      const cell = (await arrange?.(sp === 'kioskAgent' ? 'kiosk' : sp)) ?? {};
      actual[sp] = await emit(sp, event, row.payload(cell));
    }
    expect(actual).toEqual(expected);
  });
});
