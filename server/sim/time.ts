/**
 * Owns: wall-clock times of a simulated business day — "08:30" on "2026-11-23" in the office's
 * time zone as epoch ms, and back. Intl only, no Date construction: the simulation stays pure.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function parts(at: number, timeZone: string): Record<string, number> {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, f);
  }
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(at)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** Offset of the time zone from UTC at an instant, ms (Berlin: +1 h in winter, +2 h in summer). */
function offsetAt(at: number, timeZone: string): number {
  const p = parts(at, timeZone);
  const wall = Date.UTC(
    p.year ?? 1970,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    p.hour ?? 0,
    p.minute ?? 0,
    p.second ?? 0,
  );
  return wall - Math.floor(at / 1000) * 1000;
}

/** Minutes since midnight of `HH:MM` (24:00 allowed). */
export function minutesOf(time: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) throw new Error(`not a time of day: "${time}"`);
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (minutes > 24 * 60 || Number(match[2]) >= 60) throw new Error(`not a time of day: "${time}"`);
  return minutes;
}

/** Epoch ms of a wall-clock time (`HH:MM`, or minutes since midnight) on a date (`YYYY-MM-DD`). */
export function zonedTime(date: string, time: string | number, timeZone: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`not a date: "${date}"`);
  const minutes = typeof time === 'number' ? time : minutesOf(time);
  const naive = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) + minutes * 60_000;
  // Two rounds settle the offset also next to a daylight-saving change.
  let at = naive - offsetAt(naive, timeZone);
  at = naive - offsetAt(at, timeZone);
  return at;
}

/** Hours since local midnight (fractional) of an instant, in the time zone. */
export function hourOfDay(at: number, timeZone: string): number {
  const p = parts(at, timeZone);
  return (p.hour ?? 0) + (p.minute ?? 0) / 60 + (p.second ?? 0) / 3600;
}

/** The next `count` Monday-to-Friday dates from `first` on (inclusive), `YYYY-MM-DD`. */
export function businessDates(first: string, count: number): string[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(first);
  if (!match) throw new Error(`not a date: "${first}"`);
  let day = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const dates: string[] = [];
  while (dates.length < count) {
    // 1970-01-01 was a Thursday: (days + 3) mod 7 is 0 on Mondays.
    const weekday = (Math.floor(day / 86_400_000) + 3) % 7;
    if (weekday < 5) {
      const p = parts(day, 'UTC');
      dates.push(`${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`);
    }
    day += 86_400_000;
  }
  return dates;
}
