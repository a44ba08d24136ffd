/**
 * Owns: hour of day and weekday of an instant in an office's time zone, for statistics.
 * Intl keeps the core pure (no clock, no Date construction).
 */
const hourFormats = new Map<string, Intl.DateTimeFormat>();
const weekdayFormats = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function hourOf(at: number, timeZone: string): number {
  let f = hourFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' });
    hourFormats.set(timeZone, f);
  }
  return Number(f.format(at));
}

/** 0 = Monday … 6 = Sunday */
export function weekdayOf(at: number, timeZone: string): number {
  let f = weekdayFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short' });
    weekdayFormats.set(timeZone, f);
  }
  return WEEKDAYS.indexOf(f.format(at));
}
