/**
 * Owns: turning a wall-clock time in the office's time zone (Europe/Berlin) into an instant and
 * an ISO 8601 string with its offset, and back to the calendar date. Pure; only `Intl` knows the
 * time-zone rules, so the result does not depend on the browser's own zone.
 * Why not `new Date('2026-03-29 02:30')`: that reads the time in the browser's zone, and it
 * silently moves a time that does not exist (the hour skipped in spring) instead of saying so.
 */

export const OFFICE_TIME_ZONE = 'Europe/Berlin';

export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

export type ZonedResult =
  { ok: true; epochMs: number; iso: string } | { ok: false; reason: 'invalid' | 'nonexistent' };

const partFormats = new Map<string, Intl.DateTimeFormat>();

function partFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormats.set(timeZone, format);
  }
  return format;
}

/** The wall-clock fields of an instant in a time zone. */
export function wallTimeAt(epochMs: number, timeZone = OFFICE_TIME_ZONE): Required<WallTime> {
  const fields: Record<string, number> = {};
  for (const part of partFormat(timeZone).formatToParts(epochMs)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? 0,
    month: fields.month ?? 0,
    day: fields.day ?? 0,
    // Some engines still say 24 for midnight even with h23.
    hour: (fields.hour ?? 0) % 24,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
}

/** Minutes the zone is ahead of UTC at that instant (Berlin: 60 in winter, 120 in summer). */
export function offsetMinutesAt(epochMs: number, timeZone = OFFICE_TIME_ZONE): number {
  const w = wallTimeAt(epochMs, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** `2026-07-15T09:00:00+02:00`: the instant as the zone's wall-clock time with its offset. */
export function isoWithOffset(epochMs: number, timeZone = OFFICE_TIME_ZONE): string {
  const offset = offsetMinutesAt(epochMs, timeZone);
  const w = wallTimeAt(epochMs, timeZone);
  const sign = offset < 0 ? '-' : '+';
  return (
    `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}` +
    `${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}

/** `2026-07-15`: the calendar date of the instant in the zone. */
export function zonedDate(epochMs: number, timeZone = OFFICE_TIME_ZONE): string {
  const w = wallTimeAt(epochMs, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** True for a real calendar day (no 30 February). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The instant a wall-clock time in the zone stands for. A time skipped when the clocks go forward
 * (Berlin, last Sunday of March, 02:00–02:59) is `nonexistent`; a time that happens twice when
 * they go back (last Sunday of October, 02:00–02:59) is its first occurrence, still in summer time.
 */
export function zonedTimeToInstant(wall: WallTime, timeZone = OFFICE_TIME_ZONE): ZonedResult {
  const second = wall.second ?? 0;
  const timeOk =
    [wall.hour, wall.minute, second].every(Number.isInteger) &&
    wall.hour >= 0 &&
    wall.hour <= 23 &&
    wall.minute >= 0 &&
    wall.minute <= 59 &&
    second >= 0 &&
    second <= 59;
  if (!timeOk || !isCalendarDate(wall.year, wall.month, wall.day)) return { ok: false, reason: 'invalid' };
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, second);
  // The zone's offset a day before and after covers both sides of any transition near this time.
  const offsets = new Set([
    offsetMinutesAt(asUtc - 86_400_000, timeZone),
    offsetMinutesAt(asUtc + 86_400_000, timeZone),
  ]);
  const candidates = [...offsets]
    .map((offset) => asUtc - offset * 60_000)
    .filter((instant) => {
      const back = wallTimeAt(instant, timeZone);
      return (
        back.year === wall.year &&
        back.month === wall.month &&
        back.day === wall.day &&
        back.hour === wall.hour &&
        back.minute === wall.minute
      );
    })
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first === undefined) return { ok: false, reason: 'nonexistent' };
  return { ok: true, epochMs: first, iso: isoWithOffset(first, timeZone) };
}
