/**
 * `npm run simulate -- --days 1 --speed 60 --seed 7 [--date 2026-11-23] [--port 0] [--data-dir DIR] [--load 1] [--keep]`
 *
 * Runs a REAL aufruf (createSystem, lowdb files, virtual printer, Socket.IO) on a clock this
 * script controls and plays simulated demo-office days (server/sim/demo-plan.ts) against it over
 * REST: the kiosk draws with its device token (priority tickets at the desk by the supervisor),
 * clerk1 … clerk6 log in and open, call, start, finish, transfer, recall, mark no-shows, pause
 * and close — the same behaviour and random draws as the pure simulator (server/sim/script.ts).
 *
 * --speed 60 runs a simulated minute per real second (open the printed URLs to watch displays,
 * the counter app and statistics live); --speed 0 runs as fast as the server answers. The same
 * seed gives the same citizens, durations and decisions. --keep leaves the server running.
 */
import { mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { startVirtualPrinter } from '#printer';
import { DEMO_DEVICE_TOKENS, DEMO_PASSWORD } from '../server/config/demo.ts';
import { loadConfig } from '../server/config/load.ts';
import { toSetup } from '../server/config/to-setup.ts';
import type { Actor, Command } from '../server/core/command.ts';
import { createLogger } from '../server/log.ts';
import { demoPlan } from '../server/sim/demo-plan.ts';
import { deriveSeed } from '../server/sim/random.ts';
import { DayScript, type CommandResult, type SimAction } from '../server/sim/script.ts';
import { businessDates, zonedTime } from '../server/sim/time.ts';
import { LowdbStore } from '../server/store/lowdb/lowdb-store.ts';
import { createSystem } from '../server/system.ts';

const { values } = parseArgs({
  options: {
    days: { type: 'string', default: '1' },
    speed: { type: 'string', default: '60' },
    seed: { type: 'string', default: '7' },
    date: { type: 'string' },
    port: { type: 'string', default: '0' },
    'data-dir': { type: 'string' },
    load: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    'log-level': { type: 'string', default: 'warn' },
  },
});
const days = Number(values.days);
const speed = Number(values.speed);
const seed = Number(values.seed);
if (!Number.isInteger(days) || days < 1) throw new Error('--days must be a whole number ≥ 1');
if (!(speed >= 0)) throw new Error('--speed must be ≥ 0 (0: as fast as possible)');

// ---- the clock the server runs on ----
let manual = 0;
let anchorSim = 0;
let anchorReal = 0;
const clock = () => (speed > 0 ? Math.round(anchorSim + (performance.now() - anchorReal) * speed) : manual);
/** Moves the server's clock to `at` (never backwards) and lets it run on from there. */
function setClock(at: number) {
  const now = Math.max(at, clock());
  manual = now;
  anchorSim = now;
  anchorReal = performance.now();
}
/** Waits (really) until the server's clock shows `at`. */
async function until(at: number) {
  if (speed === 0) {
    if (at > manual) manual = at;
    return;
  }
  for (let ahead = at - clock(); ahead > 0; ahead = at - clock()) await sleep(Math.min(ahead / speed, 1000));
}

// ---- the server ----
const loaded = await loadConfig([], {});
if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
const office = loaded.config.offices[0];
if (!office) throw new Error('the demo configuration has no office');
const setup = toSetup(office);
const dates = businessDates(values.date ?? nextWeekday(), days);
setClock(zonedTime(dates[0]!, '07:30', setup.timeZone));

const dataDir = values['data-dir']
  ? resolve(values['data-dir'])
  : await mkdtemp(join(tmpdir(), 'aufruf-sim-'));
const printer = await startVirtualPrinter({ port: 0 });
const system = await createSystem({
  config: { ...loaded.config, port: Number(values.port) },
  store: new LowdbStore(dataDir),
  clock,
  log: createLogger(values['log-level'] as 'warn'),
  sessionSecret: Buffer.from(Array.from({ length: 32 }, (_, i) => (seed * 31 + i) & 0xff)),
  staticOptions: { distDir: join(process.cwd(), 'dist'), demoTokens: DEMO_DEVICE_TOKENS },
  virtualPrinterPort: () => printer.port,
  printerJobs: () => printer.jobs,
});
await new Promise<void>((done) => system.httpServer.listen(Number(values.port), '127.0.0.1', done));
const port = (system.httpServer.address() as AddressInfo).port;
const base = `http://127.0.0.1:${port}`;
await system.startEmbeddedAgents(base);
const local = `http://localhost:${port}`;
console.log(`aufruf (simulated clock, ${speed === 0 ? 'as fast as possible' : `×${speed}`}), data in ${dataDir}
  wall display   ${local}/display/?token=${DEMO_DEVICE_TOKENS.display}
  counter app    ${local}/counter/   (supervisor / ${DEMO_PASSWORD}: live board and statistics)
  kiosk          ${local}/kiosk/?token=${DEMO_DEVICE_TOKENS.kiosk}
  statistics     ${local}/api/offices/${setup.id}/statistics   (staff session)`);

// ---- REST ----
const sessions = new Map<string, string>();
async function request(path: string, body: unknown, auth: { cookie?: string; token?: string }) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (auth.cookie) headers.cookie = auth.cookie;
  if (auth.token) headers.authorization = `Bearer ${auth.token}`;
  const res = await fetch(`${base}${path}`, { method: 'POST', headers, body: JSON.stringify(body ?? {}) });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as Record<string, unknown>, res };
}
async function login(username: string): Promise<string> {
  const { status, res } = await request('/api/auth/login', { username, password: DEMO_PASSWORD }, {});
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (status !== 200 || !cookie) throw new Error(`login ${username}: ${status}`);
  sessions.set(username, cookie);
  return cookie;
}
const cookieOf = async (user: string) => sessions.get(user) ?? (await login(user));

/** The REST call that issues a core command for an actor of the day script. */
function route(command: Command): { path: string; body?: unknown } {
  const o = `/api/offices/${setup.id}`;
  switch (command.type) {
    case 'draw':
      return { path: `${o}/tickets`, body: { serviceId: command.serviceId } };
    case 'open-counter':
      return { path: `${o}/counters/${command.counterId}/open`, body: { serviceIds: command.serviceIds } };
    case 'pause-counter':
      return { path: `${o}/counters/${command.counterId}/pause`, body: { reason: command.reason } };
    case 'resume-counter':
      return { path: `${o}/counters/${command.counterId}/resume` };
    case 'close-counter':
      return { path: `${o}/counters/${command.counterId}/close` };
    case 'call-next':
      return { path: `${o}/counters/${command.counterId}/call-next` };
    case 'recall':
    case 'start':
    case 'no-show':
      return { path: `/api/tickets/${command.ticketId}/${command.type}` };
    case 'finish':
      return { path: `/api/tickets/${command.ticketId}/finish` };
    case 'transfer':
      return { path: `/api/tickets/${command.ticketId}/transfer`, body: { serviceId: command.serviceId } };
    case 'import-appointments':
      return {
        path: `${o}/appointments`,
        body: {
          appointments: command.appointments.map((a) => ({
            bookingCode: a.bookingCode,
            serviceId: a.serviceId,
            slot: new Date(a.slot).toISOString(),
          })),
        },
      };
    case 'check-in':
      return { path: `${o}/check-ins`, body: { bookingCode: command.bookingCode } };
    default:
      throw new Error(`the simulator does not send ${command.type}`);
  }
}

async function perform(actor: Actor, command: Command): Promise<CommandResult> {
  const { path, body } = route(command);
  let auth: { cookie?: string; token?: string };
  let payload = body;
  if (actor.kind === 'device') {
    // A kiosk draws normal walk-in tickets only; priority tickets are issued at the desk.
    if (command.type === 'draw' && command.priority === 'priority') {
      auth = { cookie: await cookieOf('supervisor') };
      payload = { serviceId: command.serviceId, priority: 'priority', channel: 'counter' };
    } else auth = { token: DEMO_DEVICE_TOKENS.kiosk };
  } else if (actor.kind === 'user') auth = { cookie: await cookieOf(actor.userId) };
  else throw new Error('no system commands over REST');
  const { status, body: answer } = await request(path, payload, auth);
  if (status === 200 || status === 201) {
    const ticket = answer.ticket as { id?: string } | undefined;
    return { ok: true, ticketId: ticket?.id };
  }
  return { ok: false, code: typeof answer.code === 'string' ? answer.code : `http_${status}` };
}

// ---- the days ----
let interrupted = false;
process.on('SIGINT', () => {
  if (interrupted) process.exit(130);
  interrupted = true;
  console.log('\nstopping after the current command (Ctrl-C again to quit at once)');
});

for (const date of dates) {
  if (interrupted) break;
  const plan = demoPlan(setup, date, { load: Number(values.load) });
  const script = new DayScript(plan, deriveSeed(seed, date));
  setClock(zonedTime(date, '07:30', setup.timeZone));
  sessions.clear(); // a new day: everyone logs in again (sessions run on the simulated clock)
  const counts = {
    commands: 0,
    draws: 0,
    refused: 0,
    checkIns: 0,
    calls: 0,
    noShows: 0,
    transfers: 0,
    errors: {} as Record<string, number>,
  };
  const started = performance.now();
  let lastHour = -1;
  let action: SimAction | undefined;
  while (!interrupted && (action = script.next())) {
    await until(action.at);
    const result = await perform(action.actor, action.command);
    counts.commands++;
    const type = action.command.type;
    if (type === 'draw') {
      counts.draws++;
      if (!result.ok) counts.refused++;
    }
    if (type === 'check-in' && result.ok) counts.checkIns++;
    if (type === 'call-next' && result.ok) counts.calls++;
    if (type === 'no-show' && result.ok) counts.noShows++;
    if (type === 'transfer' && result.ok) counts.transfers++;
    if (!result.ok && result.code !== 'queue_empty') {
      const key = `${type}: ${result.code}`;
      counts.errors[key] = (counts.errors[key] ?? 0) + 1;
    }
    action.settle(result);
    const hour = Math.floor((action.at - zonedTime(date, '00:00', setup.timeZone)) / 3_600_000);
    if (hour !== lastHour) {
      lastHour = hour;
      process.stdout.write(
        `\r${date} ${String(hour).padStart(2, '0')}:00  ${counts.draws} drawn, ${counts.calls} called   `,
      );
    }
  }
  process.stdout.write('\n');
  const errors =
    Object.entries(counts.errors)
      .map(([k, n]) => `${k} ×${n}`)
      .join(', ') || 'none';
  console.log(
    `${date}: ${counts.draws} drawn (${counts.refused} refused), ${counts.checkIns} appointments checked in, ${counts.calls} calls, ${counts.noShows} no-shows, ` +
      `${counts.transfers} transfers, ${counts.commands} commands in ${((performance.now() - started) / 1000).toFixed(1)} s; unexpected: ${errors}`,
  );
}

if (values.keep && !interrupted) {
  console.log(`done; the server keeps running at ${local} (Ctrl-C to stop)`);
  await new Promise<void>((done) => process.once('SIGINT', () => done()));
}
await system.close();
await printer.close();
console.log(`data kept in ${dataDir}`);

function nextWeekday(): string {
  // The only reading of the real clock: which day to simulate when none is given.
  const today = new Date().toISOString().slice(0, 10);
  return businessDates(today, 1)[0]!;
}
