/**
 * Owns: turning the server's StatisticsView into what the screen shows as text — the key figures
 * and one table per grouping (service, hour, weekday, counter, clerk), every cell already worded.
 * Pure: the components only lay the cells out, and a test reads exactly what a person reads.
 */
import { localized } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import type { Figures, StatisticsView } from '#protocol/statistics.ts';
import { formatDuration, formatHour, formatNumber, formatPercent } from './statistics-format.ts';
import { st, WEEKDAYS, type StatisticsTextKey } from './statistics-texts.ts';

export interface Column {
  label: string;
  /** right-aligned, tabular figures */
  numeric: boolean;
}

export interface TableRow {
  key: string;
  /** the row's name, the first column (a row header) */
  header: string;
  cells: string[];
}

/** A table: `columns[0]` heads the row names, the others the cells. */
export interface TableModel {
  columns: Column[];
  rows: TableRow[];
}

export interface KeyFigure {
  id: 'tickets' | 'waitMedian' | 'waitP90' | 'serviceLevel' | 'noShowRate' | 'estimate';
  label: string;
  value: string;
  detail?: string;
}

const text = (key: StatisticsTextKey): Column => ({ label: st(key), numeric: false });
const num = (key: StatisticsTextKey): Column => ({ label: st(key), numeric: true });

/** True when nobody drew a number in the period: the screen says so instead of empty tables. */
export function isEmpty(view: StatisticsView): boolean {
  return view.total.tickets === 0;
}

/** The figures at the top: volume, waits, service level, no-shows, the estimates' accuracy. */
export function keyFigures(view: StatisticsView): KeyFigure[] {
  const t = view.total;
  const figures: KeyFigure[] = [
    {
      id: 'tickets',
      label: st('key.tickets'),
      value: formatNumber(t.tickets, 0),
      detail: st('key.ticketsDetail', {
        done: formatNumber(t.done, 0),
        noShow: formatNumber(t.noShow, 0),
        cancelled: formatNumber(t.cancelled, 0),
      }),
    },
    { id: 'waitMedian', label: st('key.waitMedian'), value: formatDuration(t.wait.median) },
    {
      id: 'waitP90',
      label: st('key.waitP90'),
      value: formatDuration(t.wait.p90),
      detail: st('key.waitP90Detail'),
    },
    {
      id: 'serviceLevel',
      label: st('key.serviceLevel'),
      value: formatPercent(t.serviceLevel),
      detail: st('key.serviceLevelDetail'),
    },
    {
      id: 'noShowRate',
      label: st('key.noShowRate'),
      value: formatPercent(t.noShowRate),
      detail: st('key.noShowRateDetail'),
    },
  ];
  if (view.estimates) {
    figures.push({
      id: 'estimate',
      label: st('key.estimate'),
      value: st('key.estimateValue', { mae: formatDuration(view.estimates.maeSeconds) }),
      detail: st('key.estimateDetail', {
        coverage: formatPercent(view.estimates.coverage),
        count: formatNumber(view.estimates.count, 0),
      }),
    });
  }
  return figures;
}

/** The name of a service in German, or its id when the office no longer has it. */
export function serviceLabel(office: OfficeView | undefined, serviceId: string): string {
  const service = office?.services.find((s) => s.id === serviceId);
  return service ? localized(service.names, 'de') : serviceId;
}

export function counterLabel(office: OfficeView | undefined, counterId: string): string {
  return office?.counters.find((c) => c.id === counterId)?.name ?? counterId;
}

export function serviceTable(view: StatisticsView, office: OfficeView | undefined): TableModel {
  return {
    columns: [
      text('col.service'),
      num('col.tickets'),
      num('col.waitMean'),
      num('col.waitMedian'),
      num('col.waitP90'),
      num('col.serviceMedian'),
      num('col.target'),
      num('col.serviceLevel'),
      num('col.noShowRate'),
    ],
    rows: view.services.map((s) => ({
      key: s.serviceId,
      header: serviceLabel(office, s.serviceId),
      cells: [
        formatNumber(s.tickets, 0),
        formatDuration(s.wait.mean),
        formatDuration(s.wait.median),
        formatDuration(s.wait.p90),
        formatDuration(s.service.median),
        formatDuration(s.targetWaitMinutes * 60),
        formatPercent(s.serviceLevel),
        formatPercent(s.noShowRate),
      ],
    })),
  };
}

/** The staffing view: how many come per hour against how many counters are open. */
export function hourTable(view: StatisticsView): TableModel {
  return {
    columns: [
      text('col.hour'),
      num('col.arrivalsPerDay'),
      num('col.countersOpen'),
      num('col.perCounter'),
      num('col.waitMedian'),
      num('col.waitP90'),
      num('col.serviceLevel'),
    ],
    rows: view.hours.map((h) => ({
      key: String(h.hour),
      header: formatHour(h.hour),
      cells: [
        formatNumber(h.arrivalsPerDay),
        formatNumber(h.countersOpen),
        h.countersOpen > 0 ? formatNumber(h.arrivalsPerDay / h.countersOpen) : st('none'),
        formatDuration(h.wait.median),
        formatDuration(h.wait.p90),
        formatPercent(h.serviceLevel),
      ],
    })),
  };
}

function groupColumns(first: StatisticsTextKey): Column[] {
  return [
    text(first),
    num('col.tickets'),
    num('col.done'),
    num('col.waitMedian'),
    num('col.waitP90'),
    num('col.serviceMedian'),
    num('col.serviceLevel'),
    num('col.noShowRate'),
  ];
}

function groupCells(f: Figures): string[] {
  return [
    formatNumber(f.tickets, 0),
    formatNumber(f.done, 0),
    formatDuration(f.wait.median),
    formatDuration(f.wait.p90),
    formatDuration(f.service.median),
    formatPercent(f.serviceLevel),
    formatPercent(f.noShowRate),
  ];
}

export function weekdayTable(view: StatisticsView): TableModel {
  return {
    columns: groupColumns('col.weekday'),
    rows: view.weekdays.map((w) => ({
      key: String(w.weekday),
      header: WEEKDAYS[w.weekday] ?? String(w.weekday),
      cells: groupCells(w),
    })),
  };
}

export function counterTable(view: StatisticsView, office: OfficeView | undefined): TableModel {
  return {
    columns: groupColumns('col.counter'),
    rows: view.counters.map((c) => ({
      key: c.counterId,
      header: counterLabel(office, c.counterId),
      cells: groupCells(c),
    })),
  };
}

/** Only where the office enabled per-clerk figures; otherwise there is no such table. */
export function clerkTable(view: StatisticsView): TableModel | undefined {
  if (!view.clerks) return undefined;
  return {
    columns: groupColumns('col.clerk'),
    rows: view.clerks.map((c) => ({ key: c.clerk, header: c.clerk, cells: groupCells(c) })),
  };
}
