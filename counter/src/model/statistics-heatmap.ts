/**
 * Owns: the hour × weekday heat map as a table — which hours and weekdays to show, each cell's
 * number in words and its shade on a five-step scale relative to the busiest cell, and the
 * scale's legend. The number is always in the cell: the shade only helps the eye.
 */
import type { StatisticsView } from '#protocol/statistics.ts';
import { formatNumber } from './statistics-format.ts';
import { WEEKDAYS, WEEKDAYS_SHORT } from './statistics-texts.ts';

/** 0: nobody; 1…SHADES: lightest to darkest. */
export const SHADES = 5;

export interface HeatCell {
  hour: number;
  value: number;
  text: string;
  level: number;
}

export interface HeatRow {
  weekday: number;
  name: string;
  short: string;
  cells: HeatCell[];
}

export interface HeatLegendStep {
  level: number;
  /** `bis 1,2` … the upper end of the step in arrivals */
  text: string;
}

export interface HeatmapModel {
  hours: number[];
  rows: HeatRow[];
  max: number;
  legend: HeatLegendStep[];
}

/** The shade of a value: 0 for nothing, else 1…SHADES in equal steps up to `max`. */
export function shadeLevel(value: number, max: number): number {
  if (!(value > 0) || !(max > 0)) return 0;
  return Math.min(SHADES, Math.max(1, Math.ceil((value / max) * SHADES - 1e-9)));
}

export function heatmapModel(view: StatisticsView): HeatmapModel {
  const grid = Array.from({ length: 7 }, (_, weekday) => view.heatmap[weekday] ?? []);
  const busyHours = grid.flatMap((row) => row.flatMap((value, hour) => (value > 0 ? [hour] : [])));
  if (busyHours.length === 0) return { hours: [], rows: [], max: 0, legend: [] };
  const first = Math.min(...busyHours);
  const last = Math.max(...busyHours);
  const hours = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const max = Math.max(...grid.flat());
  // Monday to Friday always; the weekend only when the office had visitors then.
  const weekdays = grid.flatMap((row, weekday) => (weekday < 5 || row.some((v) => v > 0) ? [weekday] : []));
  return {
    hours,
    max,
    rows: weekdays.map((weekday) => ({
      weekday,
      name: WEEKDAYS[weekday] ?? String(weekday),
      short: WEEKDAYS_SHORT[weekday] ?? String(weekday),
      cells: hours.map((hour) => {
        const value = grid[weekday]?.[hour] ?? 0;
        return { hour, value, text: formatNumber(value), level: shadeLevel(value, max) };
      }),
    })),
    legend: Array.from({ length: SHADES + 1 }, (_, level) => ({
      level,
      text: level === 0 ? '0' : `bis ${formatNumber((max * level) / SHADES)}`,
    })),
  };
}
