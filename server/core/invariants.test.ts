/**
 * Randomized command sequences against the pure core. Whatever clerks, kiosks and supervisors do,
 * in whatever order: numbers are never duplicated, no ticket is at two counters, every state is
 * reached only by a legal move, a refused command changes nothing, and the state is the fold of
 * the events.
 */
import { describe, expect, it } from 'vitest';
import type { TicketState } from '#protocol/tickets.ts';
import { aClerk, aCounter, aKiosk, anOffice, aService, aSupervisor } from '../../test/factories/office.ts';
import { CoreDriver } from '../../test/factories/core-driver.ts';
import type { Actor, Command } from './command.ts';
import type { DomainEvent } from './events.ts';
import { apply, initialState, type OfficeState } from './state.ts';

const LEGAL: Record<TicketState, TicketState[]> = {
  waiting: ['called', 'cancelled', 'expired'],
  called: ['serving', 'done', 'no_show', 'waiting', 'parked', 'expired'],
  serving: ['done', 'waiting', 'parked', 'expired'],
  parked: ['called', 'cancelled', 'expired'],
  done: [],
  no_show: ['waiting'],
  cancelled: [],
  expired: [],
};

function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const setup = anOffice({
  services: [
    aService(),
    aService({ id: 'passport', prefix: 'P', targetWaitMinutes: 15 }),
    aService({ id: 'pickup', prefix: 'F', targetWaitMinutes: 5, dailyCap: 40 }),
  ],
  counters: [
    aCounter({ id: 'platz-1', serviceIds: ['registration', 'passport'] }),
    aCounter({ id: 'platz-2', name: 'Platz 2', serviceIds: ['passport', 'pickup'] }),
    aCounter({ id: 'platz-3', name: 'Platz 3', serviceIds: ['registration', 'pickup'] }),
  ],
});
const actors: Actor[] = [aClerk('clerk1'), aClerk('clerk2'), aClerk('clerk3'), aSupervisor(), aKiosk()];
const services = ['registration', 'passport', 'pickup', 'unknown'];
const counters = ['platz-1', 'platz-2', 'platz-3'];

function randomCommand(pick: <T>(xs: T[]) => T, state: OfficeState): Command {
  // Aim mostly at tickets that are at a counter or parked, so actions often apply.
  const active = Object.values(state.tickets)
    .filter((t) => ['called', 'serving', 'parked'].includes(t.state))
    .map((t) => t.id);
  const all = [...Object.keys(state.tickets), 'no-such-ticket-0000'];
  const ticketId = active.length > 0 && pick([true, true, false]) ? pick(active) : pick(all);
  const kinds: Command['type'][] = [
    'draw',
    'draw',
    'draw',
    'open-counter',
    'pause-counter',
    'resume-counter',
    'close-counter',
    'call-next',
    'call-next',
    'call-next',
    'recall',
    'start',
    'finish',
    'finish',
    'no-show',
    'park',
    'cancel',
    'transfer',
    'call-back',
    'tick',
    'check-in',
    'reopen',
    'set-priority',
    'call-ticket',
    'set-counter-services',
  ];
  const type = pick(kinds);
  switch (type) {
    case 'draw':
      return {
        type,
        serviceId: pick(services),
        channel: 'kiosk',
        priority: pick(['normal', 'normal', 'priority'] as const),
        idempotencyKey: pick([undefined, `key-${pick([1, 2, 3, 4, 5, 6, 7, 8])}`]),
      };
    case 'open-counter':
    case 'resume-counter':
    case 'close-counter':
      return { type, counterId: pick(counters) };
    case 'pause-counter':
      return { type, counterId: pick(counters), reason: 'Pause' };
    case 'call-next':
      return { type, counterId: pick(counters), serviceId: pick([undefined, pick(services)]) };
    case 'transfer':
      return {
        type,
        ticketId,
        serviceId: pick(services),
        counterId: pick([undefined, ...counters]),
        toFront: pick([true, false]),
      };
    case 'call-back':
    case 'call-ticket':
      return { type, ticketId, counterId: pick(counters) };
    case 'finish':
      return {
        type,
        ticketId,
        performedServiceIds: pick([undefined, [pick(services)]]),
        note: pick([undefined, 'ok']),
      };
    case 'set-counter-services':
      return { type, counterId: pick(counters), serviceIds: [pick(services)] };
    case 'tick':
      return { type };
    case 'check-in':
      return { type, bookingCode: pick(['APT-0001', 'APT-0002', 'APT-0003', 'APT-0004', 'NOPE-0001']) };
    case 'set-priority':
      return { type, ticketId, priority: pick(['normal', 'priority'] as const) };
    case 'import-appointments':
    case 'ensure-identity-salt':
      return { type: 'tick' };
    default:
      return { type, ticketId };
  }
}

function checkInvariants(before: OfficeState, after: OfficeState): void {
  const tickets = Object.values(after.tickets);
  const numbers = tickets.map((t) => t.number);
  expect(new Set(numbers).size, 'duplicate number').toBe(numbers.length);

  const holders = new Map<string, string>();
  for (const [counterId, c] of Object.entries(after.counters)) {
    if (!c.currentTicketId) continue;
    expect(holders.has(c.currentTicketId), 'ticket at two counters').toBe(false);
    holders.set(c.currentTicketId, counterId);
    const t = after.tickets[c.currentTicketId];
    expect(t?.state === 'called' || t?.state === 'serving', 'counter holds a ticket that is not active').toBe(
      true,
    );
    expect(t?.counterId).toBe(counterId);
    expect(c.status, 'closed counter holds a ticket').not.toBe('closed');
  }
  for (const t of tickets) {
    if (t.state === 'called' || t.state === 'serving')
      expect(holders.get(t.id), `${t.number} unheld`).toBe(t.counterId);
    const prev = before.tickets[t.id];
    if (prev && prev.state !== t.state && before.businessDay === after.businessDay) {
      expect(LEGAL[prev.state], `${prev.state} → ${t.state}`).toContain(t.state);
    }
  }
}

describe('core invariants under random command sequences', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`hold for 1500 random commands (seed ${seed})`, () => {
      const random = rng(seed);
      const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)] as T;
      const core = new CoreDriver(setup);
      const start = core.state;
      // Appointments spread over the first hours, so check-ins are early, on time or late.
      const imported = core.run(aSupervisor(), {
        type: 'import-appointments',
        appointments: [1, 2, 3, 4].map((i) => ({
          bookingCode: `APT-000${i}`,
          serviceId: services[i % 3] as string,
          slot: core.now + i * 40 * 60_000,
        })),
      });
      const history: DomainEvent[] = [...imported.events];
      let refused = 0;
      for (let i = 0; i < 1500; i++) {
        // Mostly seconds to minutes; rarely a jump past midnight to exercise the day close.
        core.advance(random() < 0.002 ? 24 * 60 : random() * 0.3);
        const before = core.state;
        const cmd = randomCommand(pick, before);
        // Mostly the clerk who is at the counter concerned acts, so commands often apply.
        const counterId =
          'counterId' in cmd
            ? cmd.counterId
            : 'ticketId' in cmd
              ? before.tickets[cmd.ticketId]?.counterId
              : undefined;
        const owner = counterId ? before.counters[counterId]?.clerk : undefined;
        const fallback = counterId ? actors[counters.indexOf(counterId)] : undefined;
        const actor =
          random() < 0.8
            ? (actors.find((a) => a.kind === 'user' && a.userId === owner) ?? fallback ?? pick(actors))
            : pick(actors);
        const out = core.run(actor, cmd);
        history.push(...out.events);
        if (!out.ok) {
          refused++;
          const rolled = out.events.length > 0;
          if (!rolled) expect(core.state, 'a refused command changed state').toBe(before);
        }
        expect(core.state.seq).toBe(before.seq + out.events.length);
        checkInvariants(before, core.state);
      }
      // Replaying the history reproduces the state exactly: the state is a fold of the events.
      let replay = initialState(setup, start.businessDay);
      for (const e of history) replay = apply(replay, e, setup);
      expect(replay).toEqual(core.state);
      expect(refused).toBeGreaterThan(0);
      expect(history.filter((e) => e.type === 'ticket.finished').length).toBeGreaterThan(5);
    });
  }
});
