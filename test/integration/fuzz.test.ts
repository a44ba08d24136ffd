/**
 * Fuzzing every REST route and every client Socket.IO event with malformed, oversized and hostile
 * payloads, against one real server: no crash, no hang, a clear error, no state change.
 *
 * Each route or event has a valid example payload, sent by a caller who may use it, at a target
 * arranged so that even a valid payload changes nothing: a ticket, counter or office that does
 * not exist, an admin revision from the future, a booking code nobody booked. The control request
 * (the example itself) shows that refusal first — so the example is valid and every refusal of a
 * variant that is really invalid must come from validation. The variants (test/support/
 * fuzz-payloads.ts) replace each field by every wrong type (then `field` must name it), remove it,
 * put hostile content in it; add prototype keys, unknown fields, deep nesting; and, over HTTP,
 * break the JSON, the size limit, the content type and the path parameters.
 *
 * The answer must be a 4xx with `{ code, message }` and `code` from the closed list (an ack with
 * `ok: false` over a socket); the office snapshot and the admin setup must be the same after a
 * route's round as before; Object.prototype must stay clean (the server runs in this process).
 *
 * The admin rounds send a revision from the future; a last admin round sends the current one
 * with office and device settings no configuration may hold, so that they reach the
 * configuration schema itself.
 *
 * Deterministic: every choice comes from FUZZ_SEED (or the fixed seed below); failures print it.
 * FUZZ_TRACE=1 prints every case with its answer, and the number of cases.
 */
import { io as ioClient, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '#protocol/error-codes.ts';
import type { ClientToServerEvents } from '#protocol/events.ts';
import { PROTOCOL_VERSION } from '#protocol/version.ts';
import { handledEvents, mountedRoutes } from '../support/api-surface.ts';
import {
  deepArrays,
  generatorFor,
  payloadVariants,
  PROTOTYPE_MEMBERS,
  PROTOTYPE_NAMED_IDS,
  replaced,
  withRawAt,
  withRawMember,
  type Payload,
  type Shape,
  type Variant,
} from '../support/fuzz-payloads.ts';
import {
  KIOSK,
  KIOSK_AGENT,
  OFFICE,
  startSystem,
  type ClientSocket,
  type TestSystem,
} from '../support/start-system.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 0x5eed2026);
const REQUEST_TIMEOUT_MS = 5000;
const ACK_TIMEOUT_MS = 3000;

// Targets where a valid payload is refused for what it names, never for who sends it.
const NO_OFFICE = 'nirgendwo';
const NO_COUNTER = 'platz-99';
const NO_TICKET = 'AAAAAAAAAAAAAAAAAAAAAA';
const NO_BOOKING = 'FUZZ-NOBODY-01';
/** An admin change is checked against the setup revision before anything else is decided. */
const FUTURE_REVISION = 1_000_000;
/** A real waiting ticket and a real counter, for what must find nothing even where they exist. */
let bystander: string;
const BYSTANDER_COUNTER = 'platz-3';

let sys: TestSystem;
type Caller = 'anonymous' | 'kiosk' | 'supervisor' | 'admin';
const credentials = {} as Record<Caller, { cookie?: string; token?: string }>;

// ---------------------------------------------------------------------------------------------
// HTTP

interface Sent {
  status: number;
  json: unknown;
  text: string;
}

async function send(
  method: string,
  path: string,
  caller: Caller,
  body?: { text: string; contentType?: string | null; headers?: Record<string, string> },
): Promise<Sent> {
  const headers: Record<string, string> = { ...body?.headers };
  const { cookie, token } = credentials[caller];
  if (cookie) headers.cookie = cookie;
  if (token) headers.authorization = `Bearer ${token}`;
  if (body && body.contentType !== null) headers['content-type'] = body.contentType ?? 'application/json';
  const res = await fetch(`${sys.url}${path}`, {
    method,
    headers,
    ...(body ? { body: body.text } : {}),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text };
}

const asText = (payload: Payload) => (payload.kind === 'raw' ? payload.text : JSON.stringify(payload.value));

/** What is wrong with an answer to a hostile request, or nothing. */
function judge(answer: Sent, expect: Variant['expect'] | { kind: 'any' }): string | undefined {
  if (answer.status < 400 || answer.status > 499)
    return `status ${answer.status} ${answer.text.slice(0, 200)}`;
  const error = answer.json as { code?: unknown; message?: unknown; field?: unknown } | undefined;
  if (
    !error ||
    typeof error.message !== 'string' ||
    !(ERROR_CODES as readonly unknown[]).includes(error.code)
  )
    return `no {code, message} with a known code: ${answer.text.slice(0, 200)}`;
  if (expect.kind !== 'validation') return undefined;
  if (error.code !== 'validation_failed')
    return `${answer.status} ${String(error.code)}, not validation_failed`;
  if (expect.field !== undefined && error.field !== expect.field)
    return `field ${String(error.field)}, not ${expect.field}`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The REST table

interface Route {
  /** who may call it */
  caller: Caller;
  /** the path parameters: an inert target */
  params: Record<string, string>;
  query?: Record<string, string>;
  /** the valid example body; absent: the route reads no body */
  body?: () => Record<string, unknown>;
  shape?: Omit<Shape, 'longString'>;
  /** what the example itself gets: the refusal that makes the target inert (or 200 for reads) */
  control: { status: number; code?: string };
  /** the body limit of this route */
  limitBytes?: number;
  /** query parameters read leniently (a bad one falls back to a default): a 200 is fine too */
  lenientQuery?: boolean;
  /** counts as an attempt of a rate limiter: start a fresh minute first */
  rateLimited?: boolean;
}

const GHOST_COUNTER = { officeId: OFFICE, counterId: NO_COUNTER };
const GHOST_TICKET = { ticketId: NO_TICKET };
const byTicket = (body?: Route['body'], shape?: Route['shape']): Route => ({
  caller: 'supervisor',
  params: GHOST_TICKET,
  control: { status: 404, code: 'not_found' },
  ...(body ? { body, shape } : {}),
});
const atCounter = (body?: Route['body'], shape?: Route['shape']): Route => ({
  caller: 'supervisor',
  params: GHOST_COUNTER,
  control: { status: 404, code: 'not_found' },
  ...(body ? { body, shape } : {}),
});
const currentOffice = () => sys.system.admin.document.offices.find((o) => o.id === OFFICE);
const PERIOD = { from: '2026-11-01', to: '2026-11-25' };
const statistics: Route = {
  caller: 'supervisor',
  params: { officeId: OFFICE },
  query: PERIOD,
  control: { status: 200 },
};

/** Every mounted route that reads a body or parameters; the rest are listed in NO_INPUT. */
const ROUTES: Record<string, Route> = {
  'GET /api/tickets/:ticketId/status': {
    caller: 'anonymous',
    params: GHOST_TICKET,
    control: { status: 404, code: 'not_found' },
  },
  'POST /api/auth/login': {
    caller: 'anonymous',
    params: {},
    body: () => ({ username: 'fuzz-nobody', password: 'not-the-password' }),
    control: { status: 401, code: 'invalid_credentials' },
    rateLimited: true,
  },
  'POST /api/kiosk/staff-exit': {
    caller: 'kiosk',
    params: {},
    body: () => ({ pin: '0000' }),
    control: { status: 403, code: 'forbidden' },
  },
  'GET /api/offices/:officeId/state': {
    caller: 'supervisor',
    params: { officeId: OFFICE },
    control: { status: 200 },
  },
  'GET /api/offices/:officeId/tickets': {
    caller: 'supervisor',
    params: { officeId: OFFICE },
    query: { state: 'no_show' },
    control: { status: 200 },
    lenientQuery: true,
  },
  'POST /api/offices/:officeId/tickets': {
    caller: 'supervisor',
    params: { officeId: NO_OFFICE },
    body: () => ({
      serviceId: 'abholung',
      language: 'de',
      priority: 'normal',
      channel: 'counter',
      idempotencyKey: 'fuzz-key-000001',
    }),
    shape: { optional: ['language', 'priority', 'channel', 'idempotencyKey'] },
    control: { status: 404, code: 'not_found' },
  },
  'POST /api/offices/:officeId/counters/:counterId/open': atCounter(() => ({ serviceIds: ['abholung'] }), {
    optional: ['serviceIds'],
  }),
  'POST /api/offices/:officeId/counters/:counterId/services': atCounter(() => ({ serviceIds: ['abholung'] })),
  'POST /api/offices/:officeId/counters/:counterId/pause': atCounter(() => ({ reason: 'Mittag' }), {
    optional: ['reason'],
  }),
  'POST /api/offices/:officeId/counters/:counterId/resume': atCounter(),
  'POST /api/offices/:officeId/counters/:counterId/close': atCounter(),
  'POST /api/offices/:officeId/counters/:counterId/call-next': atCounter(() => ({ serviceId: 'abholung' }), {
    optional: ['serviceId'],
  }),
  'POST /api/offices/:officeId/counters/:counterId/call-ticket': atCounter(() => ({ ticketId: NO_TICKET })),
  'POST /api/tickets/:ticketId/recall': byTicket(),
  'POST /api/tickets/:ticketId/start': byTicket(),
  'POST /api/tickets/:ticketId/finish': byTicket(
    () => ({ performedServiceIds: ['abholung'], note: 'erledigt' }),
    { optional: ['performedServiceIds', 'note'] },
  ),
  'POST /api/tickets/:ticketId/no-show': byTicket(),
  'POST /api/tickets/:ticketId/park': byTicket(),
  'POST /api/tickets/:ticketId/transfer': byTicket(
    () => ({ serviceId: 'meldung', counterId: 'platz-1', toFront: true }),
    { optional: ['counterId', 'toFront'] },
  ),
  'POST /api/tickets/:ticketId/call-back': byTicket(() => ({ counterId: 'platz-1' })),
  'POST /api/tickets/:ticketId/cancel': byTicket(),
  'POST /api/tickets/:ticketId/reopen': byTicket(),
  'POST /api/tickets/:ticketId/priority': byTicket(() => ({ priority: 'priority' })),
  'POST /api/offices/:officeId/appointments': {
    caller: 'supervisor',
    params: { officeId: NO_OFFICE },
    body: () => ({
      appointments: [
        {
          bookingCode: 'FUZZ-0001',
          serviceId: 'ausweis',
          slot: '2026-11-25T10:00:00+01:00',
          lastName: 'Mustermann',
          firstNames: 'Erika',
          birthDate: '1980-02-29',
        },
      ],
    }),
    shape: {
      nested: ['appointments.0'],
      optional: ['appointments.0.lastName', 'appointments.0.firstNames', 'appointments.0.birthDate'],
    },
    control: { status: 404, code: 'not_found' },
    limitBytes: 2 * 1024 * 1024,
  },
  'GET /api/offices/:officeId/appointments': {
    caller: 'supervisor',
    params: { officeId: OFFICE },
    control: { status: 200 },
  },
  'POST /api/offices/:officeId/check-ins': {
    caller: 'supervisor',
    params: { officeId: OFFICE },
    body: () => ({ bookingCode: NO_BOOKING }),
    control: { status: 404, code: 'not_found' },
  },
  'GET /api/offices/:officeId/statistics': statistics,
  'GET /api/offices/:officeId/statistics.csv': statistics,
  'GET /api/offices/:officeId/statistics/tickets.csv': statistics,
  'GET /api/admin/audit': {
    caller: 'admin',
    params: {},
    query: { limit: '5' },
    control: { status: 200 },
    lenientQuery: true,
  },
  'PUT /api/admin/offices/:officeId': {
    caller: 'admin',
    params: { officeId: OFFICE },
    body: () => ({ revision: FUTURE_REVISION, office: currentOffice() }),
    shape: { records: ['office'] },
    control: { status: 409, code: 'conflict' },
  },
  'PUT /api/admin/users/:username': {
    caller: 'admin',
    params: { username: 'fuzz-user' },
    body: () => ({
      revision: FUTURE_REVISION,
      role: 'clerk',
      offices: [OFFICE],
      permissions: ['call-specific'],
      password: 'y'.repeat(12),
    }),
    shape: { optional: ['permissions', 'password'] },
    control: { status: 409, code: 'conflict' },
  },
  'DELETE /api/admin/users/:username': {
    caller: 'admin',
    params: { username: 'clerk6' },
    body: () => ({ revision: FUTURE_REVISION }),
    control: { status: 409, code: 'conflict' },
  },
  'PUT /api/admin/devices/:deviceId': {
    caller: 'admin',
    params: { deviceId: 'fuzz-kiosk' },
    body: () => ({
      revision: FUTURE_REVISION,
      kind: 'kiosk',
      offices: [OFFICE],
      kiosk: { fastPathServices: ['abholung'], idleSeconds: 60, staffPin: '1234' },
      printer: { kind: 'virtual' },
      agent: 'remote',
    }),
    shape: {
      nested: ['kiosk'],
      optional: [
        'kiosk',
        'printer',
        'agent',
        'kiosk.fastPathServices',
        'kiosk.idleSeconds',
        'kiosk.staffPin',
      ],
      nullable: ['printer', 'kiosk.staffPin'],
      records: ['printer'],
    },
    control: { status: 409, code: 'conflict' },
  },
  'POST /api/admin/devices/:deviceId/token': {
    caller: 'admin',
    params: { deviceId: 'kiosk-1' },
    body: () => ({ revision: FUTURE_REVISION }),
    control: { status: 409, code: 'conflict' },
  },
  'DELETE /api/admin/devices/:deviceId': {
    caller: 'admin',
    params: { deviceId: 'kiosk-1' },
    body: () => ({ revision: FUTURE_REVISION }),
    control: { status: 409, code: 'conflict' },
  },
};

/** Mounted routes that read neither a body nor a parameter: nothing to fuzz. */
const NO_INPUT = [
  'GET /api/health',
  'GET /api/offices',
  'POST /api/auth/logout',
  'GET /api/auth/session',
  'GET /api/kiosk/config',
  'GET /api/display/config',
  'GET /api/printers/virtual/jobs',
  'GET /api/admin/setup',
  'POST /api/admin/backups',
];

/** The address of a route with the given parameters (already encoded) and query. */
function pathOf(route: string, params: Record<string, string>, query?: string): string {
  const path = route.split(' ')[1]!.replace(/:(\w+)/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${route}: no ${name}`);
    return value;
  });
  return query ? `${path}?${query}` : path;
}
const encodeParams = (params: Record<string, string>) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, encodeURIComponent(v)]));
const queryOf = (query: Record<string, string> | undefined) =>
  query ? new URLSearchParams(query).toString() : undefined;

interface Attempt {
  label: string;
  path: string;
  body?: { text: string; contentType?: string | null; headers?: Record<string, string> };
  expect: Variant['expect'] | { kind: 'any' };
}

/** Hostile values of a path parameter, already encoded for the address. */
function paramVariants(name: string, valid: string): { label: string; value: string }[] {
  const ticket = name === 'ticketId';
  return [
    { label: 'traversal', value: '..%2F..%2F..%2Fetc%2Fpasswd' },
    { label: 'encoded traversal of the api', value: '..%2F..%2Fadmin%2Fsetup' },
    { label: '1,000 characters', value: (ticket ? 'A' : 'a').repeat(1000) },
    { label: '8,000 characters', value: 'a'.repeat(8000) },
    { label: 'unicode', value: encodeURIComponent(`${valid}ü😀\u202e`) },
    { label: 'NUL', value: `${valid}%00` },
    { label: 'malformed percent-encoding', value: '%E0%A4%A' },
    { label: 'upper case', value: encodeURIComponent(valid.toUpperCase()) },
    { label: 'a space', value: '%20' },
    { label: '__proto__', value: '__proto__' },
    ...(ticket
      ? PROTOTYPE_NAMED_IDS.ticket.map((id) => ({ label: `prototype member ${id}`, value: id }))
      : [{ label: 'prototype member constructor', value: PROTOTYPE_NAMED_IDS.slug }]),
  ];
}

/** Everything sent to one route: path parameters, the query, and the body's variants. */
function attempts(route: string, r: Route, rng: () => number): Attempt[] {
  const method = route.split(' ')[0]!;
  const valid = encodeParams(r.params);
  const query = queryOf(r.query);
  const example = r.body?.();
  const exampleText = example ? JSON.stringify(example) : undefined;
  const validBody = exampleText !== undefined ? { text: exampleText } : undefined;
  const out: Attempt[] = [];

  for (const [name, value] of Object.entries(r.params)) {
    for (const v of paramVariants(name, value)) {
      out.push({
        label: `:${name} ${v.label}`,
        path: pathOf(route, { ...valid, [name]: v.value }, query),
        ...(validBody ? { body: validBody } : {}),
        expect: { kind: 'any' },
      });
    }
  }
  // The dispatching routes look the action up by name, so names of Object.prototype's members
  // too — on a ticket and a counter that exist, so that a lookup that finds one goes on with it.
  if (route.endsWith('/recall') || route.endsWith('/open')) {
    const real = encodeParams({ officeId: OFFICE, counterId: BYSTANDER_COUNTER, ticketId: bystander });
    for (const action of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      out.push({
        label: `action ${action}`,
        path: pathOf(route.replace(/[a-z-]+$/, action), real, query),
        body: { text: '{}' },
        expect: { kind: 'any' },
      });
    }
  }
  if (r.query) {
    for (const key of Object.keys(r.query)) {
      const others = { ...r.query };
      delete others[key];
      const variants: [string, string][] = [
        ['absent', new URLSearchParams(others).toString()],
        [
          'repeated',
          `${new URLSearchParams(r.query).toString()}&${key}=${encodeURIComponent(r.query[key]!)}`,
        ],
        ['as a list', `${new URLSearchParams(others).toString()}&${key}[]=1&${key}[]=2`],
        ['as an object', `${new URLSearchParams(others).toString()}&${key}[__proto__][polluted]=yes`],
      ];
      for (const value of ['', 'x'.repeat(5000), 'ü😀\u0000', '2026-13-45', '-1', 'constructor', '1e400'])
        variants.push([
          JSON.stringify(value.slice(0, 12)),
          new URLSearchParams({ ...r.query, [key]: value }).toString(),
        ]);
      for (const [label, q] of variants)
        out.push({ label: `?${key} ${label}`, path: pathOf(route, valid, q), expect: { kind: 'any' } });
    }
  }
  if (!example) return out;

  const path = pathOf(route, valid, query);
  const shape: Shape = { ...r.shape, longString: 100_000 };
  for (const v of payloadVariants(example, shape, rng))
    out.push({ label: v.label, path, body: { text: asText(v.payload) }, expect: v.expect });

  const limit = r.limitBytes ?? 32 * 1024;
  const validation = { kind: 'validation' } as const;
  const bodies: [string, Attempt['body'] & object, Attempt['expect']][] = [
    ['invalid JSON', { text: exampleText!.slice(0, -1) + ',' }, validation],
    ['a JSON comment', { text: `/* x */${exampleText}` }, validation],
    ['single quotes', { text: exampleText!.replaceAll('"', "'") }, validation],
    ['an empty body', { text: '' }, { kind: 'refused' }],
    [
      'a body over the limit',
      { text: JSON.stringify({ ...example, pad: 'x'.repeat(limit + 1024) }) },
      validation,
    ],
    ['arrays nested 10,000 deep', { text: deepArrays(10_000) }, validation],
    ['text/plain', { text: exampleText!, contentType: 'text/plain' }, { kind: 'refused' }],
    [
      'a form',
      { text: 'isAdmin=true&__proto__[polluted]=yes', contentType: 'application/x-www-form-urlencoded' },
      { kind: 'refused' },
    ],
    ['no content type', { text: exampleText!, contentType: null }, { kind: 'refused' }],
    [
      'JSON in UTF-16',
      { text: exampleText!, contentType: 'application/json; charset=utf-16' },
      { kind: 'any' },
    ],
    [
      'JSON in an unknown charset',
      { text: exampleText!, contentType: 'application/json; charset=x-fuzz' },
      { kind: 'any' },
    ],
    [
      'a gzip body that is not gzip',
      { text: exampleText!, headers: { 'content-encoding': 'gzip' } },
      { kind: 'any' },
    ],
    [
      'an unknown content encoding',
      { text: exampleText!, headers: { 'content-encoding': 'x-fuzz' } },
      { kind: 'any' },
    ],
    ['a byte order mark', { text: `\ufeff${exampleText}` }, { kind: 'any' }],
  ];
  if (method === 'GET') return out;
  for (const [label, body, expect] of bodies) out.push({ label, path, body, expect });
  return out;
}

// ---------------------------------------------------------------------------------------------
// State that must not change

const strip = (snapshot: Record<string, unknown>) => {
  const { serverTime: _t, ...rest } = snapshot;
  return rest;
};

async function observedState(): Promise<unknown> {
  const office = await send('GET', `/api/offices/${OFFICE}/state`, 'supervisor');
  const setup = await send('GET', '/api/admin/setup', 'admin');
  expect(office.status).toBe(200);
  expect(setup.status).toBe(200);
  return { office: strip(office.json as Record<string, unknown>), setup: setup.json };
}

const prototypeMembers = () => Object.getOwnPropertyNames(Object.prototype).sort();
let cleanPrototype: string[];

function expectNoPollution(context: string) {
  expect(prototypeMembers(), `${context}: Object.prototype gained members`).toEqual(cleanPrototype);
  expect(({} as Record<string, unknown>).polluted, `${context}: polluted`).toBeUndefined();
}

// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  cleanPrototype = prototypeMembers();
  sys = await startSystem();
  credentials.anonymous = {};
  credentials.kiosk = { token: KIOSK.deviceToken };
  credentials.supervisor = { cookie: await sys.login('supervisor') };
  credentials.admin = { cookie: await sys.login('admin') };
  const drawn = await send('POST', `/api/offices/${OFFICE}/tickets`, 'supervisor', {
    text: JSON.stringify({ serviceId: 'abholung' }),
  });
  bystander = (drawn.json as { ticket: { id: string } }).ticket.id;
  // A change that changes nothing, so the setup is past revision 0: a variant's revision `-0`
  // equals 0 and would otherwise be a valid revision for the admin routes.
  const noChange = await send('PUT', `/api/admin/offices/${OFFICE}`, 'admin', {
    text: JSON.stringify({ revision: sys.system.admin.document.revision, office: currentOffice() }),
  });
  expect(noChange.status).toBe(200);
});

afterAll(async () => {
  await sys?.close();
});

let restCases = 0;
let socketCases = 0;

describe('REST routes under fuzzing', () => {
  it('lists every mounted route as fuzzed or as reading no input', async () => {
    const listed = [...Object.keys(ROUTES), ...NO_INPUT].sort();
    expect(listed).toEqual((await mountedRoutes()).sort());
  });

  it.each(Object.entries(ROUTES))('%s', async (route, r) => {
    const rng = generatorFor(SEED, route);
    const method = route.split(' ')[0]!;
    // The login limiter counts attempts that pass validation: each round gets a minute of its own.
    if (r.rateLimited) sys.clock.now += 61_000;
    const control = await send(
      method,
      pathOf(route, encodeParams(r.params), queryOf(r.query)),
      r.caller,
      r.body ? { text: JSON.stringify(r.body()) } : undefined,
    );
    expect(
      { status: control.status, code: (control.json as { code?: string } | undefined)?.code },
      `the example of ${route} (seed ${SEED})`,
    ).toEqual({ status: r.control.status, code: r.control.code });

    const before = await observedState();
    const failures: string[] = [];
    for (const attempt of attempts(route, r, rng)) {
      restCases++;
      let answer: Sent;
      try {
        answer = await send(method, attempt.path, r.caller, attempt.body);
      } catch (error) {
        failures.push(`${attempt.label}: ${(error as Error).message}`);
        continue;
      }
      if (process.env.FUZZ_TRACE)
        console.info(`${attempt.label} → ${answer.status} ${answer.text.slice(0, 120)}`);
      const lenient = r.lenientQuery && attempt.label.startsWith('?') && answer.status === 200;
      const problem = lenient ? undefined : judge(answer, attempt.expect);
      if (problem) failures.push(`${attempt.label}: ${problem}`);
    }
    expect(failures, `${route} (seed ${SEED})`).toEqual([]);
    expect(await observedState(), `state after fuzzing ${route} (seed ${SEED})`).toEqual(before);
    expectNoPollution(route);
  });
});

describe('admin settings under fuzzing, at the current revision', () => {
  // The rounds above send a revision from the future, so that a valid variant changes nothing;
  // here the revision is current, and only what no configuration may hold is sent: the office
  // and device settings then reach the configuration schema itself.
  it.each([
    ['PUT /api/admin/offices/:officeId', { officeId: OFFICE }],
    ['PUT /api/admin/devices/:deviceId', { deviceId: 'fuzz-kiosk' }],
  ] as const)('%s', async (route, params) => {
    const method = route.split(' ')[0]!;
    const path = pathOf(route, params);
    const revision = sys.system.admin.document.revision;
    const office = { revision, office: currentOffice() };
    const kiosk = {
      revision,
      kind: 'kiosk',
      offices: [OFFICE],
      kiosk: { fastPathServices: ['abholung'], idleSeconds: 60 },
      printer: { kind: 'virtual' },
    };
    const display = { revision, kind: 'display', offices: [OFFICE], display: { layout: 'list' } };
    const variants: [string, string][] =
      route === 'PUT /api/admin/offices/:officeId'
        ? [
            ...PROTOTYPE_MEMBERS.map((m): [string, string] => [
              `office with ${m}`,
              withRawMember(office, ['office'], m),
            ]),
            ...PROTOTYPE_MEMBERS.map((m): [string, string] => [
              `office.services.0 with ${m}`,
              withRawMember(office, ['office', 'services', 0], m),
            ]),
            ['office with an unknown field', JSON.stringify(replaced(office, ['office', 'isAdmin'], true))],
            [
              'office.services nested 10,000 deep',
              withRawAt(office, ['office', 'services'], deepArrays(10_000)),
            ],
            ['office.counters = a string', JSON.stringify(replaced(office, ['office', 'counters'], 'fuzz'))],
            ['office.departments = null', JSON.stringify(replaced(office, ['office', 'departments'], null))],
            ['office.timeZone = a number', JSON.stringify(replaced(office, ['office', 'timeZone'], 42))],
          ]
        : [
            ...PROTOTYPE_MEMBERS.map((m): [string, string] => [
              `printer with ${m}`,
              withRawMember(kiosk, ['printer'], m),
            ]),
            ...PROTOTYPE_MEMBERS.map((m): [string, string] => [
              `kiosk with ${m}`,
              withRawMember(kiosk, ['kiosk'], m),
            ]),
            ...PROTOTYPE_MEMBERS.map((m): [string, string] => [
              `display with ${m}`,
              withRawMember(display, ['display'], m),
            ]),
            ['printer nested 10,000 deep', withRawAt(kiosk, ['printer', 'kind'], deepArrays(10_000))],
            [
              'display with an unknown option',
              JSON.stringify(replaced(display, ['display', 'isAdmin'], true)),
            ],
          ];
    const before = await observedState();
    const failures: string[] = [];
    for (const [label, text] of variants) {
      restCases++;
      const answer = await send(method, path, 'admin', { text });
      if (process.env.FUZZ_TRACE) console.info(`${label} → ${answer.status} ${answer.text.slice(0, 120)}`);
      const problem = judge(answer, { kind: 'validation' });
      if (problem) failures.push(`${label}: ${problem}`);
    }
    expect(failures, `${route} (seed ${SEED})`).toEqual([]);
    expect(await observedState(), `state after fuzzing ${route}`).toEqual(before);
    expectNoPollution(route);
  });
});

// ---------------------------------------------------------------------------------------------
// Socket.IO

interface SocketEvent {
  /** the socket that may send it */
  from: 'staff' | 'agent';
  payload: Record<string, unknown>;
  shape?: Omit<Shape, 'longString'>;
  /** the ack of the example: a refusal, or ok where the event always succeeds (reads, reports) */
  control: string;
}

const ghostCounter = (extra: object = {}) => ({ ...GHOST_COUNTER, ...extra });
const ghostTicket = (extra: object = {}) => ({ ...GHOST_TICKET, ...extra });
const onCounter = (payload: Record<string, unknown>, optional: string[] = []): SocketEvent => ({
  from: 'staff',
  payload,
  shape: { optional },
  control: 'not_found',
});
const onTicket = onCounter;

/** Typed against the protocol: a new client event fails the type check until it has a row. */
const EVENTS: Record<keyof ClientToServerEvents, SocketEvent> = {
  'ticket:draw': {
    from: 'staff',
    payload: { officeId: NO_OFFICE, ...ROUTES['POST /api/offices/:officeId/tickets']!.body!() },
    shape: ROUTES['POST /api/offices/:officeId/tickets']!.shape,
    control: 'not_found',
  },
  'counter:open': onCounter(ghostCounter({ serviceIds: ['abholung'] }), ['serviceIds']),
  'counter:set-services': onCounter(ghostCounter({ serviceIds: ['abholung'] })),
  'counter:pause': onCounter(ghostCounter({ reason: 'Mittag' }), ['reason']),
  'counter:resume': onCounter(ghostCounter()),
  'counter:close': onCounter(ghostCounter()),
  'counter:call-next': onCounter(ghostCounter({ serviceId: 'abholung' }), ['serviceId']),
  'counter:call-ticket': onCounter(ghostCounter({ ticketId: NO_TICKET })),
  'ticket:recall': onTicket(ghostTicket()),
  'ticket:start': onTicket(ghostTicket()),
  'ticket:finish': onTicket(ghostTicket({ performedServiceIds: ['abholung'], note: 'erledigt' }), [
    'performedServiceIds',
    'note',
  ]),
  'ticket:mark-no-show': onTicket(ghostTicket()),
  'ticket:park': onTicket(ghostTicket()),
  'ticket:cancel': onTicket(ghostTicket()),
  'ticket:reopen': onTicket(ghostTicket()),
  'ticket:transfer': onTicket(ghostTicket({ serviceId: 'meldung', counterId: 'platz-1', toFront: true }), [
    'counterId',
    'toFront',
  ]),
  'ticket:call-back': onTicket(ghostTicket({ counterId: 'platz-1' })),
  'ticket:set-priority': onTicket(ghostTicket({ priority: 'priority' })),
  'office:get-snapshot': { from: 'staff', payload: { officeId: OFFICE }, control: 'ok' },
  'appointment:check-in': {
    from: 'staff',
    payload: { officeId: OFFICE, bookingCode: NO_BOOKING, language: 'de' },
    shape: { optional: ['language'] },
    control: 'not_found',
  },
  'appointment:check-in-identity': {
    from: 'agent',
    payload: {
      officeId: OFFICE,
      lastName: 'Niemand',
      firstNames: 'Fuzz',
      birthDate: '1970-01-01',
      language: 'de',
    },
    shape: { optional: ['language'] },
    control: 'not_found',
  },
  // Always accepted when valid: the report is the agent's own. Without a printer and readers,
  // so that a valid variant (another version string) reports the same hardware.
  'device:report-status': {
    from: 'agent',
    payload: { readers: [], agentVersion: 'fuzz-agent' },
    shape: { optional: ['readers', 'agentVersion'] },
    control: 'ok',
  },
};

type Ack = { ok: true } | { ok: false; error: { code: unknown; message: unknown; field?: unknown } };
type LooseSocket = Socket & {
  timeout(ms: number): { emitWithAck(event: string, ...args: unknown[]): Promise<unknown> };
};

function judgeAck(
  ack: Ack,
  expect: Variant['expect'] | { kind: 'any' },
  accepts: boolean,
): string | undefined {
  if (ack.ok) return accepts && expect.kind !== 'validation' ? undefined : 'accepted';
  const { code, message, field } = ack.error;
  if (typeof message !== 'string' || !(ERROR_CODES as readonly unknown[]).includes(code))
    return `no {code, message} with a known code: ${JSON.stringify(ack).slice(0, 200)}`;
  if (expect.kind !== 'validation') return undefined;
  if (code !== 'validation_failed') return `${String(code)}, not validation_failed`;
  if (expect.field !== undefined && field !== expect.field)
    return `field ${String(field)}, not ${expect.field}`;
  return undefined;
}

let rawAckId = 1_000_000;
/**
 * Emits an event whose payload is raw JSON text, as a Socket.IO packet written straight to the
 * engine (`2<ack id>["event",<text>]`; the engine adds its own `4`), and resolves with the ack
 * the server sends back (`3<ack id>[…]`).
 */
function rawEmit(socket: Socket, event: string, text: string): Promise<Ack> {
  const id = rawAckId++;
  const engine = socket.io.engine;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      engine.off('packet', listen);
      reject(new Error(`no ack within ${ACK_TIMEOUT_MS} ms`));
    }, ACK_TIMEOUT_MS);
    const listen = (packet: { type: string; data?: unknown }) => {
      const prefix = `3${id}`;
      if (packet.type !== 'message' || typeof packet.data !== 'string' || !packet.data.startsWith(prefix))
        return;
      clearTimeout(timer);
      engine.off('packet', listen);
      resolve((JSON.parse(packet.data.slice(prefix.length)) as Ack[])[0]!);
    };
    engine.on('packet', listen);
    engine.write(`2${id}${JSON.stringify([event]).slice(0, -1)},${text}]`);
  });
}

function connectAgent(): Promise<Socket> {
  const agent = ioClient(sys.url, {
    transports: ['websocket'],
    reconnection: false,
    auth: { protocolVersion: PROTOCOL_VERSION, deviceToken: KIOSK_AGENT.deviceToken, agent: true },
  });
  agent.on('print:job', (_job: unknown, ack: (outcome: unknown) => void) =>
    ack({ status: 'skipped', reason: 'fuzz test' }),
  );
  return new Promise((resolve, reject) => {
    agent.once('connect', () => resolve(agent));
    agent.once('connect_error', reject);
  });
}

describe('Socket.IO events under fuzzing', () => {
  let staff: ClientSocket;
  let agent: Socket;
  const socketOf = (from: SocketEvent['from']) => (from === 'staff' ? staff : agent) as LooseSocket;

  beforeAll(async () => {
    staff = await sys.connectAs({ cookie: credentials.supervisor.cookie! });
    agent = await connectAgent();
  });

  afterAll(() => {
    agent?.disconnect();
  });

  it('lists every event the server handles', () => {
    const handled = new Set([
      ...handledEvents(sys.system.io, '/', agent.id!),
      ...handledEvents(sys.system.io, '/', staff.id!),
    ]);
    expect([...handled].sort()).toEqual(Object.keys(EVENTS).sort());
  });

  it.each(Object.entries(EVENTS))('%s', async (event, e) => {
    const rng = generatorFor(SEED, event);
    const socket = socketOf(e.from);
    const emit = (...args: unknown[]) =>
      socket.timeout(ACK_TIMEOUT_MS).emitWithAck(event, ...args) as Promise<Ack>;
    const control = await emit(e.payload);
    expect(control.ok ? 'ok' : control.error.code, `the example of ${event} (seed ${SEED})`).toBe(e.control);
    const accepts = e.control === 'ok';

    const before = await observedState();
    const failures: string[] = [];
    const check = async (
      label: string,
      send: () => Promise<Ack>,
      expect: Variant['expect'] | { kind: 'any' },
    ) => {
      socketCases++;
      try {
        const ack = await send();
        if (process.env.FUZZ_TRACE) console.info(`${label} → ${JSON.stringify(ack).slice(0, 120)}`);
        const problem = judgeAck(ack, expect, accepts);
        if (problem) failures.push(`${label}: ${problem}`);
      } catch (error) {
        failures.push(`${label}: ${(error as Error).message}`);
      }
    };

    const shape: Shape = { ...e.shape, longString: 10_000 };
    for (const v of payloadVariants(e.payload, shape, rng)) {
      await check(
        v.label,
        () => (v.payload.kind === 'raw' ? rawEmit(socket, event, v.payload.text) : emit(v.payload.value)),
        v.expect,
      );
    }
    const validation = { kind: 'validation' } as const;
    await check('no payload at all', () => emit(), validation);
    await check('a Buffer as the payload', () => emit(Buffer.from(JSON.stringify(e.payload))), validation);
    const [firstField] = Object.keys(e.payload);
    await check(
      `${firstField} = a Buffer`,
      () => emit({ ...e.payload, [firstField!]: Buffer.from('fuzz') }),
      { kind: 'validation', field: firstField! },
    );
    await check(
      'extra arguments after a hostile payload',
      () => emit({ isAdmin: true }, 'extra', 42),
      validation,
    );
    // Without an ack function the server ignores the command: nothing to wait for but the next ack.
    for (const payload of [e.payload, { isAdmin: true }, 42]) socket.emit(event, payload);
    await check('a command after ones without ack', () => emit({ isAdmin: true }), validation);

    expect(failures, `${event} (seed ${SEED})`).toEqual([]);
    expect(socket.connected, `${event}: the socket is still connected`).toBe(true);
    expect(await observedState(), `state after fuzzing ${event} (seed ${SEED})`).toEqual(before);
    expectNoPollution(event);
  });

  it("ignores events it does not know, Object.prototype's names among them", async () => {
    const before = await observedState();
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'error', 'fuzz:unknown']) {
      // With and without an ack id: an unknown event is answered by nobody either way.
      staff.io.engine.write(`2${JSON.stringify([name, { officeId: OFFICE }])}`);
      staff.io.engine.write(`2${rawAckId++}${JSON.stringify([name, { officeId: OFFICE }])}`);
      socketCases += 2;
    }
    staff.io.engine.write('2[42,{}]');
    socketCases++;
    const ack = (await (staff as unknown as LooseSocket)
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('office:get-snapshot', { officeId: OFFICE })) as Ack;
    expect(ack.ok).toBe(true);
    expect(staff.connected).toBe(true);
    expect(await observedState()).toEqual(before);
    expectNoPollution('unknown events');
  });

  it('drops a payload over the buffer limit or a broken packet, and nothing else', async () => {
    const before = await observedState();
    for (const hostile of [
      (s: LooseSocket) =>
        s.emit('ticket:draw', { officeId: NO_OFFICE, serviceId: 'x'.repeat(100_000) }, () => {}),
      (s: LooseSocket) => s.io.engine.write('2["ticket:draw",{"officeId":'),
      (s: LooseSocket) => s.io.engine.write('299["ticket:draw"'),
      (s: LooseSocket) => s.io.engine.write('9'),
      // Socket.IO's reserved names are refused by its parser, which closes the connection.
      (s: LooseSocket) => s.io.engine.write('2["disconnect"]'),
      (s: LooseSocket) => s.io.engine.write('2["newListener","ticket:draw"]'),
    ]) {
      const victim = (await sys.connectAs({
        cookie: credentials.supervisor.cookie!,
      })) as unknown as LooseSocket;
      const gone = new Promise<string>((resolve) => victim.once('disconnect', resolve));
      hostile(victim);
      // Either the server closes the socket at once, or it ignores the packet: an ack shows which.
      const answered = (
        victim
          .timeout(ACK_TIMEOUT_MS)
          .emitWithAck('office:get-snapshot', { officeId: OFFICE }) as Promise<Ack>
      )
        .then((ack) => (ack.ok ? 'answered' : 'refused'))
        .catch(() => 'no answer');
      const outcome = await Promise.race([gone, answered]);
      if (process.env.FUZZ_TRACE) console.info(`packet → ${outcome}`);
      socketCases++;
      expect([
        'transport close',
        'io server disconnect',
        'transport error',
        'answered',
        'parse error',
      ]).toContain(outcome);
      victim.disconnect();
    }
    expect(staff.connected && agent.connected, 'the other sockets stay connected').toBe(true);
    expect(await observedState()).toEqual(before);
    expect((await send('GET', '/api/health', 'anonymous')).status).toBe(200);
  });
});

describe('after all of it', () => {
  it('the server answers, and Object.prototype is as it was', async () => {
    expect((await send('GET', '/api/health', 'anonymous')).status).toBe(200);
    expectNoPollution('the end');
    if (process.env.FUZZ_TRACE)
      console.info(`fuzz: ${restCases} REST cases, ${socketCases} socket cases, seed ${SEED}`);
  });
});
