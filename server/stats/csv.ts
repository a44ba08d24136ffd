/**
 * Owns: the CSV exports — the figures of a period (one row per service, hour, weekday, counter)
 * and the anonymous per-ticket records. Semicolon-separated with a header, as German
 * spreadsheet programs open it by default; cells that a spreadsheet could take for a formula are
 * quoted away.
 */
import type { Figures, StatisticsView } from '#protocol/statistics.ts';
import { serviceOf, totalOf, waitOf, walkOf, type TicketRecord } from '../core/stats/records.ts';

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(Math.round(value * 1000) / 1000) : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value !== 'number' ? `'${text}` : text;
  return /[;"\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const line = (cells: unknown[]) => cells.map(cell).join(';');

const FIGURE_HEADER = [
  'tickets',
  'done',
  'no_show',
  'cancelled',
  'expired',
  'service_level',
  'no_show_rate',
  'cancel_rate',
  'wait_mean_s',
  'wait_median_s',
  'wait_p90_s',
  'service_mean_s',
  'service_median_s',
  'service_p90_s',
  'walk_median_s',
  'total_median_s',
];

function figureCells(f: Figures): unknown[] {
  return [
    f.tickets,
    f.done,
    f.noShow,
    f.cancelled,
    f.expired,
    f.serviceLevel,
    f.noShowRate,
    f.cancelRate,
    f.wait.mean,
    f.wait.median,
    f.wait.p90,
    f.service.mean,
    f.service.median,
    f.service.p90,
    f.walk.median,
    f.total.median,
  ];
}

export function figuresCsv(view: StatisticsView): string {
  const rows = [line(['group', 'key', ...FIGURE_HEADER, 'arrivals_per_day', 'counters_open'])];
  rows.push(line(['total', '', ...figureCells(view.total)]));
  for (const s of view.services) rows.push(line(['service', s.serviceId, ...figureCells(s)]));
  for (const h of view.hours)
    rows.push(line(['hour', h.hour, ...figureCells(h), h.arrivalsPerDay, h.countersOpen]));
  for (const w of view.weekdays) rows.push(line(['weekday', w.weekday, ...figureCells(w)]));
  for (const c of view.counters) rows.push(line(['counter', c.counterId, ...figureCells(c)]));
  for (const c of view.clerks ?? []) rows.push(line(['clerk', c.clerk, ...figureCells(c)]));
  return `${rows.join('\n')}\n`;
}

/** One row per ticket; the clerk column exists only where per-clerk figures are enabled. */
export function recordsCsv(records: readonly TicketRecord[], perClerk: boolean, timeZone: string): string {
  const time = new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const header = [
    'business_day',
    'number',
    'service',
    'first_service',
    'channel',
    'priority',
    'appointment',
    'issued_at',
    'wait_s',
    'walk_s',
    'service_s',
    'total_s',
    'state',
    'counter',
    'calls',
    'transfers',
    ...(perClerk ? ['clerk'] : []),
  ];
  const rows = [line(header)];
  for (const r of records) {
    rows.push(
      line([
        r.businessDay,
        r.number,
        r.serviceId,
        r.firstServiceId,
        r.channel,
        r.priority,
        r.appointment ? 1 : 0,
        time.format(r.issuedAt),
        waitOf(r),
        walkOf(r),
        serviceOf(r),
        totalOf(r),
        r.state,
        r.counterId,
        r.callCount,
        r.transferCount,
        ...(perClerk ? [r.clerk] : []),
      ]),
    );
  }
  return `${rows.join('\n')}\n`;
}
