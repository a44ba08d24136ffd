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

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** Minutes since midnight, office time (0 … 1439). */
export function minuteOfDay(at: number, timeZone: string): number {
  let f = clockFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clockFormats.set(timeZone, f);
  }
  const [h, m] = f.format(at).split(':');
  return Number(h) * 60 + Number(m);
}

/** Quarter-hours in a day: the staffing profiles' resolution. */
export const QUARTERS = 96;

/** 0 = Monday … 6 = Sunday */
export function weekdayOf(at: number, timeZone: string): number {
  let f = weekdayFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short' });
    weekdayFormats.set(timeZone, f);
  }
  return WEEKDAYS.indexOf(f.format(at));
}
