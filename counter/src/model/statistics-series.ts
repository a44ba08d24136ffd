/**
 * Owns: the charts of the statistics screen as data — x positions with their labels and the
 * series to draw, each with a style that tells it apart without colour (solid, dashed, bars,
 * line with points) — and the same data as a table, the chart's text alternative.
 * Does not: draw (counter/src/statistics/UPlotChart.tsx hands this to uPlot).
 * Why one model for both: the table can never say something other than the chart.
 */
import type { OfficeView } from '#protocol/office.ts';
import type { StatisticsView } from '#protocol/statistics.ts';
import { formatDuration, formatHour, formatNumber, formatPercent, toMinutes } from './statistics-format.ts';
import { serviceLabel, type TableModel } from './statistics-rows.ts';
import { st } from './statistics-texts.ts';

export type SeriesStyle = 'line' | 'dashed' | 'bars' | 'line-points';
export type SeriesUnit = 'minutes' | 'percent' | 'number';

export interface ChartSeries {
  label: string;
  style: SeriesStyle;
  unit: SeriesUnit;
  values: (number | null)[];
  /** a fixed mark such as the target line, not measured data */
  reference?: boolean;
}

export interface ChartModel {
  id: 'waits' | 'staffing' | 'service-level';
  title: string;
  caption: string;
  /** positions on the x axis (hours, or 0…n−1 for services) */
  x: number[];
  /** the short label at each position on the axis */
  xLabels: string[];
  /** the label of each position in the table, in full */
  rowLabels: string[];
  /** what short axis labels stand for (service prefixes), shown beside the chart */
  axisKey?: { label: string; name: string }[];
  xTitle: string;
  yTitle: string;
  /** a fixed top of the y axis (100 for percent), else uPlot fits the data */
  yMax?: number;
  series: ChartSeries[];
}

/** The office's goal for the service level, drawn as the target line. */
export const SERVICE_LEVEL_GOAL = 0.8;

const percentOf = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

/** Median and P90 of the wait by the hour the number was drawn, in minutes. */
export function waitsChart(view: StatisticsView): ChartModel {
  const hours = view.hours.filter((h) => h.tickets > 0);
  return {
    id: 'waits',
    title: st('chart.waits'),
    caption: st('chart.waitsCaption'),
    x: hours.map((h) => h.hour),
    xLabels: hours.map((h) => String(h.hour)),
    rowLabels: hours.map((h) => formatHour(h.hour)),
    xTitle: st('col.hour'),
    yTitle: st('unit.minutes'),
    series: [
      {
        label: st('series.median'),
        style: 'line',
        unit: 'minutes',
        values: hours.map((h) => toMinutes(h.wait.median)),
      },
      {
        label: st('series.p90'),
        style: 'dashed',
        unit: 'minutes',
        values: hours.map((h) => toMinutes(h.wait.p90)),
      },
    ],
  };
}

/** Arrivals per day in each hour against the counters open on average. */
export function staffingChart(view: StatisticsView): ChartModel {
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    id: 'staffing',
    title: st('chart.staffing'),
    caption: st('chart.staffingCaption'),
    x: view.hours.map((h) => h.hour),
    xLabels: view.hours.map((h) => String(h.hour)),
    rowLabels: view.hours.map((h) => formatHour(h.hour)),
    xTitle: st('col.hour'),
    yTitle: st('series.arrivals'),
    series: [
      {
        label: st('series.arrivals'),
        style: 'bars',
        unit: 'number',
        values: view.hours.map((h) => round(h.arrivalsPerDay)),
      },
      {
        label: st('series.countersOpen'),
        style: 'line-points',
        unit: 'number',
        values: view.hours.map((h) => round(h.countersOpen)),
      },
    ],
  };
}

/** Service level per service (bars) against the goal (a dashed line), in percent. */
export function serviceLevelChart(view: StatisticsView, office: OfficeView | undefined): ChartModel {
  const services = view.services.filter((s) => s.serviceLevel !== null);
  const prefix = (id: string) => office?.services.find((s) => s.id === id)?.prefix ?? id;
  return {
    id: 'service-level',
    title: st('chart.serviceLevel'),
    caption: st('chart.serviceLevelCaption', { target: formatPercent(SERVICE_LEVEL_GOAL) }),
    x: services.map((_, i) => i),
    xLabels: services.map((s) => prefix(s.serviceId)),
    rowLabels: services.map((s) => `${serviceLabel(office, s.serviceId)} (${prefix(s.serviceId)})`),
    axisKey: services.map((s) => ({ label: prefix(s.serviceId), name: serviceLabel(office, s.serviceId) })),
    xTitle: st('col.service'),
    yTitle: st('unit.percent'),
    yMax: 100,
    series: [
      {
        label: st('series.serviceLevel'),
        style: 'bars',
        unit: 'percent',
        values: services.map((s) => percentOf(s.serviceLevel)),
      },
      {
        label: st('series.target'),
        style: 'dashed',
        unit: 'percent',
        reference: true,
        values: services.map(() => SERVICE_LEVEL_GOAL * 100),
      },
    ],
  };
}

function formatValue(value: number | null, unit: SeriesUnit): string {
  if (value === null) return st('none');
  switch (unit) {
    case 'minutes':
      return formatDuration(value * 60);
    case 'percent':
      return formatPercent(value / 100);
    case 'number':
      return formatNumber(value);
  }
}

/** The chart's data as a table: one row per x position, one column per series. */
export function chartTable(chart: ChartModel): TableModel {
  return {
    columns: [
      { label: chart.xTitle, numeric: false },
      ...chart.series.map((s) => ({ label: s.label, numeric: true })),
    ],
    rows: chart.x.map((x, i) => ({
      key: String(x),
      header: chart.rowLabels[i] ?? String(x),
      cells: chart.series.map((s) => formatValue(s.values[i] ?? null, s.unit)),
    })),
  };
}

/** True when there is nothing to draw (no position with any value). */
export function hasData(chart: ChartModel): boolean {
  return chart.x.some((_, i) => chart.series.some((s) => !s.reference && s.values[i] != null));
}
