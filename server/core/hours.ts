/**
 * Owns: whether a service takes tickets at an instant — active, within its opening hours (in
 * the office's time zone), and below its daily cap — and if not, why.
 * Why Intl: weekday and wall-clock time in Europe/Berlin without any I/O, so the core stays pure.
 */
import type { OfficeSetup, ServiceSetup, Weekday } from './setup.ts';
import type { OfficeState } from './state.ts';

export type ClosedReason = 'inactive' | 'outside_hours' | 'daily_cap_reached';

const WEEKDAYS: Record<string, Weekday> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};
const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(at: number, timeZone: string): { weekday: Weekday; time: string } {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, fmt);
  }
  const parts = Object.fromEntries(fmt.formatToParts(at).map((p) => [p.type, p.value]));
  return { weekday: WEEKDAYS[parts.weekday ?? 'Mon'] ?? 'mon', time: `${parts.hour}:${parts.minute}` };
}

export function isWithinHours(service: ServiceSetup, at: number, timeZone: string): boolean {
  if (!service.hours) return true;
  const { weekday, time } = wallClock(at, timeZone);
  return (service.hours[weekday] ?? []).some((range) => range.from <= time && time < range.to);
}

export function issuedToday(state: OfficeState, service: ServiceSetup): number {
  let n = 0;
  for (const t of Object.values(state.tickets)) if (t.number.startsWith(`${service.prefix}-`)) n++;
  return n;
}

export function closedReason(
  state: OfficeState,
  setup: OfficeSetup,
  service: ServiceSetup,
  at: number,
): ClosedReason | undefined {
  if (!service.active) return 'inactive';
  if (!isWithinHours(service, at, setup.timeZone)) return 'outside_hours';
  if (service.dailyCap !== undefined && issuedToday(state, service) >= service.dailyCap)
    return 'daily_cap_reached';
  return undefined;
}
