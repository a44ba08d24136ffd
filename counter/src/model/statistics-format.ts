/**
 * Owns: how statistics read in German — durations in minutes and hours ("12 Min.",
 * "1 Std. 5 Min."), rates in percent ("83 %"), counts and averages with German separators
 * ("1.234", "2,5"), business days ("Mo., 16.11.2026") and hours ("09–10 Uhr").
 * Absent figures (null: nothing to measure) read as a dash.
 */
import { st } from './statistics-texts.ts';

const LOCALE = 'de-DE';
const numberFormats = new Map<number, Intl.NumberFormat>();
const percentFormat = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });
const dayFormat = new Intl.DateTimeFormat(LOCALE, {
  weekday: 'short',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `1.234`, `2,5` — at most `fractionDigits` decimals. */
export function formatNumber(value: number, fractionDigits = 1): string {
  let format = numberFormats.get(fractionDigits);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: fractionDigits });
    numberFormats.set(fractionDigits, format);
  }
  // No "-0" for a value that rounds to nothing.
  return format.format(value === 0 ? 0 : value);
}

/** Seconds to whole minutes: `12 Min.`, `1 Std. 5 Min.`, `2 Std.`; under half a minute `< 1 Min.`. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return st('none');
  const minutes = Math.round(seconds / 60);
  if (minutes === 0) return seconds > 0 ? '< 1 Min.' : '0 Min.';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${formatNumber(minutes, 0)} Min.`;
  return rest === 0 ? `${formatNumber(hours, 0)} Std.` : `${formatNumber(hours, 0)} Std. ${rest} Min.`;
}

/** A share from 0 to 1 as `83 %`; a share above nothing but below one percent reads `< 1 %`. */
export function formatPercent(rate: number | null): string {
  if (rate === null || !Number.isFinite(rate)) return st('none');
  if (rate > 0 && rate < 0.005) return `< ${percentFormat.format(0.01)}`;
  return percentFormat.format(rate);
}

/** `Mo., 16.11.2026` for a business day `2026-11-16`. */
export function formatDay(day: string): string {
  return dayFormat.format(Date.parse(`${day}T00:00:00Z`));
}

/** `09–10 Uhr`: the hour of the day a figure belongs to. */
export function formatHour(hour: number): string {
  const pad = (h: number) => String(h).padStart(2, '0');
  return `${pad(hour)}–${pad(hour + 1)} Uhr`;
}

/** Seconds as minutes with one decimal, for chart axes and chart tables; null stays null. */
export function toMinutes(seconds: number | null): number | null {
  return seconds === null ? null : Math.round(seconds / 6) / 10;
}
