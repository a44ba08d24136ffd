/**
 * Owns: statistics over a period — merging day statistics (never tickets) into the figures the
 * API and the counter app show. Cheap: a year is ~250 small day summaries per office.
 */
import type { Durations, Figures, StatisticsView } from '#protocol/statistics.ts';
import { emptyGroup, type DayStats, type GroupStats } from './day-stats.ts';
import { mean, merge, quantile, type Digest } from './digest.ts';

function mergeGroup(into: GroupStats, from: GroupStats): void {
  into.tickets += from.tickets;
  for (const k of Object.keys(into.ended) as (keyof GroupStats['ended'])[]) into.ended[k] += from.ended[k];
  into.slEligible += from.slEligible;
  into.slWithin += from.slWithin;
  merge(into.wait, from.wait);
  merge(into.walk, from.walk);
  merge(into.service, from.service);
  merge(into.total, from.total);
}

const round = (x: number | undefined) => (x === undefined ? null : Math.round(x));
const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

function durations(d: Digest): Durations {
  return { mean: round(mean(d)), median: round(quantile(d, 0.5)), p90: round(quantile(d, 0.9)) };
}

export function figuresOf(g: GroupStats): Figures {
  return {
    tickets: g.tickets,
    done: g.ended.done,
    noShow: g.ended.no_show,
    cancelled: g.ended.cancelled,
    expired: g.ended.expired,
    noShowRate: ratio(g.ended.no_show, g.wait.count),
    cancelRate: ratio(g.ended.cancelled, g.tickets),
    serviceLevel: ratio(g.slWithin, g.slEligible),
    wait: durations(g.wait),
    walk: durations(g.walk),
    service: durations(g.service),
    total: durations(g.total),
  };
}

function mergeKeyed(
  days: readonly DayStats[],
  pick: (d: DayStats) => Record<string, GroupStats> | undefined,
) {
  const out = new Map<string, GroupStats>();
  for (const day of days) {
    for (const [key, g] of Object.entries(pick(day) ?? {})) {
      let into = out.get(key);
      if (!into) {
        into = emptyGroup();
        out.set(key, into);
      }
      mergeGroup(into, g);
    }
  }
  return out;
}

export interface QueryInfo {
  officeId: string;
  from: string;
  to: string;
  /** services and counters in display order, with targets */
  services: readonly { id: string; targetWaitMinutes: number }[];
  counters: readonly { id: string }[];
  perClerk: boolean;
}

export function statisticsOf(days: readonly DayStats[], info: QueryInfo): StatisticsView {
  const active = days.filter((d) => d.total.tickets > 0 || Object.keys(d.openMinutes).length > 0);
  const total = emptyGroup();
  for (const d of active) mergeGroup(total, d.total);
  const services = mergeKeyed(active, (d) => d.services);
  const hours = mergeKeyed(active, (d) => d.hours);
  const counters = mergeKeyed(active, (d) => d.counters);
  const weekdays = new Map<number, GroupStats>();
  const heat = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  const daysPerWeekday = Array<number>(7).fill(0);
  const openMinutes = Array<number>(24).fill(0);
  for (const d of active) {
    let w = weekdays.get(d.weekday);
    if (!w) {
      w = emptyGroup();
      weekdays.set(d.weekday, w);
    }
    mergeGroup(w, d.total);
    daysPerWeekday[d.weekday]! += 1;
    for (const [hour, g] of Object.entries(d.hours)) heat[d.weekday]![Number(hour)]! += g.tickets;
    for (const [hour, m] of Object.entries(d.openMinutes)) openMinutes[Number(hour)]! += m;
  }
  const n = active.length;
  const known = new Set(info.services.map((s) => s.id));
  const serviceOrder = [
    ...info.services.map((s) => s.id),
    ...[...services.keys()].filter((k) => !known.has(k)),
  ];
  const counterOrder = [
    ...info.counters.map((c) => c.id),
    ...[...counters.keys()].filter((k) => !info.counters.some((c) => c.id === k)),
  ];
  const estimates = active.reduce(
    (acc, d) => ({
      count: acc.count + d.estimates.count,
      abs: acc.abs + d.estimates.absErrorSum,
      covered: acc.covered + d.estimates.covered,
    }),
    { count: 0, abs: 0, covered: 0 },
  );
  return {
    officeId: info.officeId,
    from: info.from,
    to: info.to,
    days: n,
    total: figuresOf(total),
    services: serviceOrder.flatMap((id) => {
      const g = services.get(id);
      const target = info.services.find((s) => s.id === id)?.targetWaitMinutes ?? 0;
      return g ? [{ serviceId: id, targetWaitMinutes: target, ...figuresOf(g) }] : [];
    }),
    hours: Array.from({ length: 24 }, (_, hour) => hour).flatMap((hour) => {
      const g = hours.get(String(hour));
      const open = openMinutes[hour] ?? 0;
      if (!g && open === 0) return [];
      return [
        {
          hour,
          arrivalsPerDay: n > 0 ? (g?.tickets ?? 0) / n : 0,
          countersOpen: n > 0 ? open / 60 / n : 0,
          ...figuresOf(g ?? emptyGroup()),
        },
      ];
    }),
    weekdays: [...weekdays.entries()]
      .sort(([a], [b]) => a - b)
      .map(([weekday, g]) => ({ weekday, ...figuresOf(g) })),
    counters: counterOrder.flatMap((id) => {
      const g = counters.get(id);
      return g ? [{ counterId: id, ...figuresOf(g) }] : [];
    }),
    ...(info.perClerk
      ? {
          clerks: [...mergeKeyed(active, (d) => d.clerks).entries()]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([clerk, g]) => ({ clerk, ...figuresOf(g) })),
        }
      : {}),
    heatmap: heat.map((row, weekday) =>
      row.map((x) => (daysPerWeekday[weekday] ? x / daysPerWeekday[weekday]! : 0)),
    ),
    estimates:
      estimates.count > 0
        ? {
            count: estimates.count,
            maeSeconds: Math.round(estimates.abs / estimates.count),
            coverage: estimates.covered / estimates.count,
          }
        : null,
  };
}
