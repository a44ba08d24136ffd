/**
 * Statistics on a year of history: two offices × 250 business days × 500 tickets = 250,000
 * tickets, each day summarized once (as when it closes) into a stored file. Measured: a year's
 * statistics page with nothing cached (reads 500 summaries), the same again (summaries cached),
 * and one running day computed from its live events. Baseline in the same run: merging a single
 * day's summary — so the ratios say how a year compares with one day.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { loadConfig } from '../../server/config/load.ts';
import { toSetup } from '../../server/config/to-setup.ts';
import type { DomainEvent } from '../../server/core/events.ts';
import { dayStats } from '../../server/core/stats/day-stats.ts';
import { statisticsOf } from '../../server/core/stats/query.ts';
import { Engine } from '../../server/engine/engine.ts';
import { LowdbStore } from '../../server/store/lowdb/lowdb-store.ts';
import { daysBetween, StatisticsService } from '../../server/stats/statistics-service.ts';

const loaded = await loadConfig([], {});
if (!loaded.ok) throw new Error('demo config invalid');
const base = toSetup(loaded.config.offices[0]!);
const setups = [base, { ...base, id: 'opladen', name: 'Bürgerbüro Opladen' }];
const TICKETS_PER_DAY = 500;

// A deterministic pseudo-random stream, so runs compare.
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

/** One day's events as the core would have written them: draw, call, start, finish or no-show. */
function dayEvents(officeId: string, day: string): DomainEvent[] {
  const open = Date.parse(`${day}T06:30:00Z`);
  const events: DomainEvent[] = [];
  let seq = 0;
  for (let i = 0; i < TICKETS_PER_DAY; i++) {
    const service = base.services[Math.floor(random() * base.services.length)]!;
    const issuedAt = open + Math.floor(random() * 9 * 3600_000);
    const id = `${officeId}-${day}-${i}`;
    const calledAt = issuedAt + Math.floor(random() * 40 * 60_000);
    const counterId = base.counters[Math.floor(random() * base.counters.length)]!.id;
    const ticket = {
      id,
      officeId,
      number: `${service.prefix}-${i}`,
      serviceId: service.id,
      departmentId: service.departmentId,
      state: 'waiting' as const,
      channel: 'kiosk' as const,
      priority: 'normal' as const,
      businessDay: day,
      issuedAt,
      queuedAt: issuedAt,
      callCount: 0,
      transferCount: 0,
    };
    const by = 'clerk1';
    events.push({ type: 'ticket.issued', ticket, seq: ++seq, at: issuedAt, by: 'kiosk-1' });
    events.push({
      type: 'ticket.called',
      ticketId: id,
      counterId,
      reason: { rule: 'relative_wait', waitedSeconds: 0, targetWaitMinutes: service.targetWaitMinutes },
      seq: ++seq,
      at: calledAt,
      by,
    });
    if (random() < 0.05) {
      events.push({ type: 'ticket.no_show', ticketId: id, seq: ++seq, at: calledAt + 120_000, by });
      continue;
    }
    const startedAt = calledAt + 60_000;
    events.push({ type: 'ticket.started', ticketId: id, seq: ++seq, at: startedAt, by });
    const ends = startedAt + Math.floor(random() * 20 * 60_000);
    events.push({ type: 'ticket.finished', ticketId: id, seq: ++seq, at: ends, by });
  }
  return events;
}

const dataDir = mkdtempSync(join(tmpdir(), 'aufruf-bench-stats-'));
const store = new LowdbStore(dataDir);
// Business days of 2025 (Monday to Friday), 250 or so.
const days = daysBetween('2025-01-01', '2025-12-31')
  .filter((d) => {
    const w = new Date(`${d}T12:00:00Z`).getUTCDay();
    return w !== 0 && w !== 6;
  })
  .slice(0, 250);
for (const setup of setups) {
  for (const day of days) {
    const options = {
      officeId: setup.id,
      businessDay: day,
      timeZone: setup.timeZone,
      targetMinutes: (id: string) => setup.services.find((s) => s.id === id)?.targetWaitMinutes ?? 30,
      perClerk: false,
    };
    await store.saveDayStats(dayStats(dayEvents(setup.id, day), options));
  }
}
const engine = await Engine.open({
  setups,
  store,
  clock: () => Date.parse('2026-01-05T10:00:00Z'),
  newTicketId: () => 'x',
  publish: () => {},
  reportError: () => 'bench',
});
const warm = new StatisticsService(engine, store, () => Date.parse('2026-01-05T10:00:00Z'));
await warm.forPeriod(base.id, '2025-01-01', '2025-12-31');
const oneDay = await warm.summarize(base.id, days[0]!);
const liveDay = dayEvents(base.id, '2026-01-05');
const info = {
  officeId: base.id,
  from: days[0]!,
  to: days[0]!,
  services: base.services,
  counters: base.counters,
  perClerk: false,
};

describe(`statistics over a year (${setups.length} offices × ${days.length} days × ${TICKETS_PER_DAY} tickets)`, () => {
  bench('baseline: figures of one stored day', () => {
    statisticsOf([oneDay!], info);
  });
  bench(
    "a year's figures of one office, nothing cached (reads its 250 day files)",
    async () => {
      await new StatisticsService(engine, store, Date.now).forPeriod(base.id, '2025-01-01', '2025-12-31');
    },
    { time: 3000 },
  );
  bench("a year's figures of one office, day summaries cached", async () => {
    await warm.forPeriod(base.id, '2025-01-01', '2025-12-31');
  });
  bench(`the running day from its live events (${TICKETS_PER_DAY} tickets)`, () => {
    dayStats(liveDay, {
      ...info,
      businessDay: '2026-01-05',
      timeZone: 'Europe/Berlin',
      targetMinutes: () => 30,
    });
  });
});
