/**
 * Crash safety over many trials: each trial runs mixed load against the real server process —
 * draws from several clients and clerks calling, starting and finishing at three counters — and
 * SIGKILLs it at a random moment (seeded). After each restart on the same files: every
 * acknowledged draw is there with its number, every acknowledged call and finish is in effect,
 * unacknowledged draws retried with their idempotency keys get a ticket exactly once, numbers
 * are unique and without gaps per prefix, and numbering goes on. The files are read by a fresh
 * process each time (a corrupt file would stop it).
 * `CRASH_TRIALS=50 npx vitest run --project integration test/integration/crash-trials.test.ts`
 * runs a longer soak; the default keeps CI quick.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../server/core/random.ts';
import { loginTo, spawnServer, type ServerProcess } from '../support/server-process.ts';
import { api, OFFICE } from '../support/start-system.ts';

const TRIALS = Number(process.env.CRASH_TRIALS ?? 4);
const SEED = Number(process.env.CRASH_SEED ?? 20261125);
const SERVICES = ['ausweis', 'meldung', 'zulassung', 'abholung'];
const CLERKS = [
  { user: 'clerk1', counter: 'platz-1' },
  { user: 'clerk2', counter: 'platz-2' },
  { user: 'clerk4', counter: 'platz-5' },
];

const running: ServerProcess[] = [];
let dataDir = '';
afterAll(async () => {
  for (const s of running) await s.kill();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

interface TicketRow {
  id: string;
  number: string;
  state: string;
  callCount: number;
}

async function todaysTickets(url: string, cookie: string): Promise<Map<string, TicketRow>> {
  const states = 'waiting,called,serving,done,no_show,parked,cancelled,expired';
  const r = await api(url, 'GET', `/api/offices/${OFFICE}/tickets?state=${states}`, { cookie });
  expect(r.status).toBe(200);
  return new Map((r.body.tickets as TicketRow[]).map((t) => [t.id, t]));
}

/** a request that the kill may cut off: undefined then (unacknowledged) */
async function attempt(...args: Parameters<typeof api>) {
  try {
    return await api(...args);
  } catch {
    return undefined;
  }
}

describe('crash safety over many trials', () => {
  it(
    `loses nothing acknowledged and applies nothing twice across ${TRIALS} random kills under mixed load`,
    async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'aufruf-crash-trials-'));
      const random = mulberry32(SEED);
      const draws = new Map<string, { serviceId: string; number?: string; id?: string }>();
      const called = new Set<string>();
      const finished = new Set<string>();
      let server = await spawnServer(dataDir);
      running.push(server);

      for (let trial = 0; trial < TRIALS; trial++) {
        const context = `trial ${trial} (CRASH_SEED=${SEED})`;
        const supervisor = await loginTo(server.url, 'supervisor');
        const clerks = await Promise.all(
          CLERKS.map(async (c) => ({ ...c, cookie: await loginTo(server.url, c.user) })),
        );
        // Counters stay open across restarts; a ticket left at a counter is finished first.
        for (const clerk of clerks) {
          await api(server.url, 'POST', `/api/offices/${OFFICE}/counters/${clerk.counter}/open`, {
            cookie: clerk.cookie,
            body: {},
          });
        }
        const snapshot = await api(server.url, 'GET', `/api/offices/${OFFICE}/state`, { cookie: supervisor });
        for (const counter of snapshot.body.counters as { id: string; currentTicketId?: string }[]) {
          const clerk = clerks.find((c) => c.counter === counter.id);
          if (!clerk || !counter.currentTicketId) continue;
          const r = await api(server.url, 'POST', `/api/tickets/${counter.currentTicketId}/finish`, {
            cookie: clerk.cookie,
            body: {},
          });
          expect(r.status, context).toBe(200);
          finished.add(counter.currentTicketId);
        }

        let dead = false;
        const drawer = async (c: number) => {
          for (let i = 0; !dead; i++) {
            const key = `crash-t${trial}-c${c}-${i}`;
            const serviceId = SERVICES[(c + i) % SERVICES.length]!;
            draws.set(key, { serviceId });
            const r = await attempt(server.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
              cookie: supervisor,
              body: { serviceId, idempotencyKey: key },
            });
            if (!r) return;
            if (r.status === 201)
              draws.set(key, { serviceId, id: r.body.ticket.id, number: r.body.ticket.number });
          }
        };
        const clerkLoop = async (clerk: (typeof clerks)[number]) => {
          while (!dead) {
            const call = await attempt(
              server.url,
              'POST',
              `/api/offices/${OFFICE}/counters/${clerk.counter}/call-next`,
              {
                cookie: clerk.cookie,
                body: {},
              },
            );
            if (!call) return;
            if (call.status !== 200) continue; // nobody waiting yet
            const id = call.body.ticket.id as string;
            called.add(id);
            if (!(await attempt(server.url, 'POST', `/api/tickets/${id}/start`, { cookie: clerk.cookie })))
              return;
            const done = await attempt(server.url, 'POST', `/api/tickets/${id}/finish`, {
              cookie: clerk.cookie,
              body: {},
            });
            if (!done) return;
            if (done.status === 200) finished.add(id);
          }
        };
        const killAfter = 150 + random() * 900;
        const load = Promise.all([
          ...Array.from({ length: 4 }, (_, c) => drawer(c)),
          ...clerks.map((clerk) => clerkLoop(clerk)),
        ]);
        await new Promise((resolve) => setTimeout(resolve, killAfter));
        dead = true;
        await server.kill('SIGKILL');
        await load;

        const inFlight = [...draws.values()].filter((d) => !d.id).length;
        if (process.env.CRASH_VERBOSE) {
          const figures = {
            killAfter,
            draws: draws.size,
            inFlight,
            called: called.size,
            finished: finished.size,
          };
          console.log(`${context} ${JSON.stringify(figures)}`);
        }
        // The files are whole (a fresh process parses them) and hold everything acknowledged.
        JSON.parse(await readFile(join(dataDir, 'offices', OFFICE, 'live.json'), 'utf8'));
        server = await spawnServer(dataDir);
        running.push(server);
        const cookie = await loginTo(server.url, 'supervisor');
        const tickets = await todaysTickets(server.url, cookie);
        for (const [key, d] of draws) {
          if (d.id) expect(tickets.get(d.id)?.number, `${context}: acknowledged ${key} lost`).toBe(d.number);
        }
        for (const id of called) {
          const t = tickets.get(id);
          expect(t?.callCount ?? 0, `${context}: acknowledged call of ${id} lost`).toBeGreaterThanOrEqual(1);
          expect(t?.state, context).not.toBe('waiting');
        }
        for (const id of finished)
          expect(tickets.get(id)?.state, `${context}: finish of ${id} lost`).toBe('done');

        // Unacknowledged draws retried with their keys: a ticket exactly once; acknowledged ones
        // come back as the same ticket.
        for (const [key, d] of draws) {
          const r = await api(server.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
            cookie,
            body: { serviceId: d.serviceId, idempotencyKey: key },
          });
          expect(r.status, context).toBe(201);
          if (d.number) expect(r.body.ticket.number, `${context}: ${key} drawn twice`).toBe(d.number);
          draws.set(key, { serviceId: d.serviceId, id: r.body.ticket.id, number: r.body.ticket.number });
        }
      }

      // Over all trials: one ticket per draw, numbers unique and without gaps, and going on.
      const cookie = await loginTo(server.url, 'supervisor');
      const tickets = [...(await todaysTickets(server.url, cookie)).values()];
      expect(tickets.length).toBe(draws.size);
      const numbers = tickets.map((t) => t.number);
      expect(new Set(numbers).size).toBe(numbers.length);
      for (const prefix of ['A', 'C', 'K', 'B']) {
        const seq = numbers
          .filter((n) => n.startsWith(`${prefix}-`))
          .map((n) => Number(n.slice(2)))
          .sort((x, y) => x - y);
        expect(seq, `numbers of ${prefix}`).toEqual(seq.map((_, i) => i + 1));
      }
      const next = await api(server.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
        cookie,
        body: { serviceId: 'meldung' },
      });
      const lastC = Math.max(...numbers.filter((n) => n.startsWith('C-')).map((n) => Number(n.slice(2))));
      expect(next.body.ticket.number).toBe(`C-${String(lastC + 1).padStart(3, '0')}`);
      // the load did reach the counters, not only the kiosks
      expect(called.size).toBeGreaterThan(0);
      expect(finished.size).toBeGreaterThan(0);
    },
    15_000 + TRIALS * 8_000,
  );
});
