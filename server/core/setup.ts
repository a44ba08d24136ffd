/**
 * Owns: the static description of one office as the core sees it (validated configuration).
 * Does not: parse or validate — server/config does that and hands the core plain objects.
 */
import type { LocalizedText } from '#protocol/language.ts';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** Issuing hours: per weekday, ranges of wall-clock time `HH:MM` (from inclusive, to exclusive). */
export type OpeningHours = Partial<Record<Weekday, { from: string; to: string }[]>>;

export interface ServiceSetup {
  id: string;
  departmentId: string;
  names: LocalizedText;
  description?: LocalizedText | undefined;
  prefix: string;
  /** first number of the day, usually 1 */
  numberStart: number;
  expectedMinutes: number;
  /** service level target: a citizen should be called within this many minutes */
  targetWaitMinutes: number;
  /** at most this many tickets per business day */
  dailyCap?: number | undefined;
  /** false: the kiosk shows the service as closed and draws are refused */
  active: boolean;
  /** when tickets are issued; none: whenever the service is active */
  hours?: OpeningHours | undefined;
  /** what to bring, shown at the kiosk */
  documents?: LocalizedText[] | undefined;
}

export interface DepartmentSetup {
  id: string;
  names: LocalizedText;
}

export interface CounterSetup {
  id: string;
  name: string;
  serviceIds: string[];
}

export interface CallingSetup {
  /** when both classes wait, a counter calls at most this many normal tickets in a row */
  normalPerPriority: number;
  /** a priority ticket's relative wait counts this many times */
  priorityWeight: number;
  /** a ticket can be marked no-show once it has been called this many times (recalls count) */
  noShowAfterCalls: number;
}

/** When the supervisor board raises an alarm. */
export interface AlarmSetup {
  /** more than this many waiting for one service */
  maxWaiting: number;
  /** someone has waited this percentage of the service's target wait */
  waitOverTargetPercent: number;
  /** a counter paused for this many minutes */
  pausedMinutes: number;
}

export interface AppointmentSetup {
  /** check-in opens this many minutes before the slot */
  earlyMinutes: number;
  /** and closes this many minutes after it */
  lateMinutes: number;
  /** a checked-in appointment is called before walk-ins from this many minutes before its slot */
  favourMinutes: number;
}

export interface OfficeSetup {
  id: string;
  name: string;
  timeZone: string;
  departments: DepartmentSetup[];
  services: ServiceSetup[];
  counters: CounterSetup[];
  calling: CallingSetup;
  alarms: AlarmSetup;
  /** per-clerk figures only where the staff council agreed; off by default */
  statistics: { perClerk: boolean };
  appointments: AppointmentSetup;
}

export function findService(setup: OfficeSetup, serviceId: string): ServiceSetup | undefined {
  return setup.services.find((s) => s.id === serviceId);
}

/** The services a counter serves now: the clerk's choice for today, else all it may serve. */
export function activeServices(
  counter: CounterSetup,
  runtime: { serviceIds?: readonly string[] | undefined } | undefined,
): string[] {
  const chosen = runtime?.serviceIds;
  const today = chosen ? counter.serviceIds.filter((s) => chosen.includes(s)) : counter.serviceIds;
  // An admin may take away all of today's choice: a signed-in counter then serves everything it
  // may, rather than silently nothing.
  return today.length > 0 ? today : counter.serviceIds;
}

export function findCounter(setup: OfficeSetup, counterId: string): CounterSetup | undefined {
  return setup.counters.find((c) => c.id === counterId);
}
