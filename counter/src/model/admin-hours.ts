/**
 * Owns: editing a service's issuing hours — a week of time ranges per day, as the form holds it,
 * and the `hours` the configuration wants back. Pure.
 * Why a switch "restricted" beside the week: no `hours` means "whenever the service is active",
 * while `hours` with no range on a day means "closed that day" — two different things an empty
 * week could not tell apart.
 */
import { WEEKDAYS, type Hours, type TimeRange, type Weekday } from './admin-setup.ts';

export type Week = Record<Weekday, TimeRange[]>;

export interface HoursForm {
  restricted: boolean;
  week: Week;
}

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: 'Montag',
  tue: 'Dienstag',
  wed: 'Mittwoch',
  thu: 'Donnerstag',
  fri: 'Freitag',
  sat: 'Samstag',
  sun: 'Sonntag',
};

export function emptyWeek(): Week {
  return { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
}

export function hoursToForm(hours: Hours | undefined): HoursForm {
  const week = emptyWeek();
  for (const day of WEEKDAYS) week[day] = (hours?.[day] ?? []).map((r) => ({ ...r }));
  return { restricted: hours !== undefined, week };
}

/** The configuration's `hours`: undefined when not restricted; days without a range are left out. */
export function hoursToBody(form: HoursForm): Hours | undefined {
  if (!form.restricted) return undefined;
  const hours: Hours = {};
  for (const day of WEEKDAYS) {
    const ranges = form.week[day];
    if (ranges.length > 0) hours[day] = ranges.map((r) => ({ from: r.from, to: r.to }));
  }
  return hours;
}

const toMinutes = (hhmm: string) => {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
};
const toHhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * A new range after the day's last one: the first of a day is 08:00–12:00; a later one starts an
 * hour after the last ends and lasts up to three hours, never past 23:59.
 */
export function nextRange(ranges: readonly TimeRange[]): TimeRange {
  const last = ranges.at(-1);
  const lastEnd = last ? toMinutes(last.to) : undefined;
  if (lastEnd === undefined) return { from: '08:00', to: '12:00' };
  const end = 23 * 60 + 59;
  const from = Math.min(lastEnd + 60, end - 1);
  return { from: toHhmm(from), to: toHhmm(Math.min(from + 180, end)) };
}

export function addRange(week: Week, day: Weekday): Week {
  return { ...week, [day]: [...week[day], nextRange(week[day])] };
}

export function removeRange(week: Week, day: Weekday, index: number): Week {
  return { ...week, [day]: week[day].filter((_, i) => i !== index) };
}

export function setRange(week: Week, day: Weekday, index: number, patch: Partial<TimeRange>): Week {
  return { ...week, [day]: week[day].map((r, i) => (i === index ? { ...r, ...patch } : r)) };
}

/** Monday's ranges for Tuesday to Friday too: the common case of equal working days. */
export function copyDay(week: Week, from: Weekday, to: readonly Weekday[]): Week {
  const next = { ...week };
  for (const day of to) if (day !== from) next[day] = week[from].map((r) => ({ ...r }));
  return next;
}

/** Said before sending, so the admin sees it at once; the server checks the same. */
export function rangeProblem(range: TimeRange): string | undefined {
  const from = toMinutes(range.from);
  const to = toMinutes(range.to);
  if (from === undefined || to === undefined) return 'Uhrzeit als HH:MM angeben.';
  return from < to ? undefined : '„von“ muss vor „bis“ liegen.';
}
