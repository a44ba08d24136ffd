/**
 * Owns: statistics over a period for the API — closed days from their stored summaries (made
 * once, when the day closes, or when first asked for an older archive), today from the live
 * events. Summaries of closed days never change, so they are kept in memory once read.
 */
import type { StatisticsView } from '#protocol/statistics.ts';
import { businessDayOf } from '../core/business-day.ts';
import { dayStats, type DayStats } from '../core/stats/day-stats.ts';
import { statisticsOf } from '../core/stats/query.ts';
import { ticketRecords, type TicketRecord } from '../core/stats/records.ts';
import type { OfficeSetup } from '../core/setup.ts';
import type { DomainEvent } from '../core/events.ts';
import type { Engine } from '../engine/engine.ts';
import type { Store } from '../store/store.ts';

const DAY_MS = 86_400_000;

/** Every business day from `from` to `to`, inclusive (YYYY-MM-DD, calendar arithmetic in UTC). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

export class StatisticsService {
  private cache = new Map<string, DayStats>();

  constructor(
    private readonly engine: Engine,
    private readonly store: Store,
    private readonly clock: () => number,
  ) {}

  private options(setup: OfficeSetup, businessDay: string, until?: number) {
    return {
      officeId: setup.id,
      businessDay,
      timeZone: setup.timeZone,
      targetMinutes: (id: string) => setup.services.find((s) => s.id === id)?.targetWaitMinutes ?? 30,
      perClerk: setup.statistics.perClerk,
      until,
    };
  }

  /** Makes and stores the summary of a closed day (after the day closes, or on first request). */
  async summarize(officeId: string, businessDay: string): Promise<DayStats | undefined> {
    const key = `${officeId}/${businessDay}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const setup = this.engine.setup(officeId);
    if (!setup) return undefined;
    let stats = (await this.store.loadDayStats(officeId, businessDay)) as DayStats | undefined;
    if (!stats) {
      const archive = await this.store.loadArchive(officeId, businessDay);
      if (!archive) return undefined;
      stats = dayStats(archive.events, this.options(setup, businessDay));
      await this.store.saveDayStats(stats);
    }
    this.cache.set(key, stats);
    return stats;
  }

  /** The summaries of the office's last `count` closed days, oldest first. */
  async lastDays(officeId: string, count: number): Promise<DayStats[]> {
    const today = this.today(officeId)?.day;
    // days with an archive, and older ones whose archive retention deleted (their figures stay)
    const known = new Set([
      ...(await this.store.statisticsDays(officeId)),
      ...(await this.store.archivedDays(officeId)),
    ]);
    const days = [...known]
      .sort()
      .filter((d) => !today || d < today)
      .slice(-count);
    const out: DayStats[] = [];
    for (const day of days) {
      const stats = await this.summarize(officeId, day);
      if (stats) out.push(stats);
    }
    return out;
  }

  private today(officeId: string): { day: string; events: readonly DomainEvent[] } | undefined {
    const record = this.engine.record(officeId);
    return record ? { day: record.state.businessDay, events: record.events } : undefined;
  }

  async forPeriod(officeId: string, from: string, to: string): Promise<StatisticsView | undefined> {
    const setup = this.engine.setup(officeId);
    if (!setup) return undefined;
    const today = this.today(officeId);
    const days: DayStats[] = [];
    for (const day of daysBetween(from, to)) {
      if (day === today?.day) days.push(dayStats(today.events, this.options(setup, day, this.clock())));
      else if (day < (today?.day ?? businessDayOf(this.clock(), setup.timeZone))) {
        const stats = await this.summarize(officeId, day);
        if (stats) days.push(stats);
      }
    }
    return statisticsOf(days, {
      officeId,
      from,
      to,
      services: setup.services,
      counters: setup.counters,
      perClerk: setup.statistics.perClerk,
    });
  }

  /** Anonymous per-ticket records of the period, for the CSV export. */
  async records(officeId: string, from: string, to: string): Promise<TicketRecord[]> {
    const today = this.today(officeId);
    const out: TicketRecord[] = [];
    for (const day of daysBetween(from, to)) {
      const events =
        day === today?.day ? today.events : (await this.store.loadArchive(officeId, day))?.events;
      if (events) out.push(...ticketRecords(events).filter((r) => r.businessDay === day));
    }
    return out;
  }
}
