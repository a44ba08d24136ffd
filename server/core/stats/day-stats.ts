/**
 * Owns: the statistics of one business day of one office, made once when the day closes (and on
 * the fly for today): per service, per hour of drawing, per counter and — only where the office
 * has enabled it (staff-council consent) — per clerk; counter-minutes open per hour for the
 * staffing view; and how far the estimates given at drawing were off.
 * Service level: of the tickets whose wait was decided (called, or left after the target had
 * passed), the share called within the service's target wait.
 */
import type { DomainEvent } from '../events.ts';
import { addTo, emptyDigest, type Digest } from './digest.ts';
import { serviceOf, ticketRecords, totalOf, waitOf, walkOf, type TicketRecord } from './records.ts';
import { hourOf, minuteOfDay, QUARTERS, weekdayOf } from './zoned.ts';

export type EndState = 'done' | 'no_show' | 'cancelled' | 'expired';

export interface GroupStats {
  /** tickets drawn */
  tickets: number;
  ended: Record<EndState, number>;
  /** tickets whose wait was decided (see above) and how many of them within target */
  slEligible: number;
  slWithin: number;
  wait: Digest;
  walk: Digest;
  service: Digest;
  total: Digest;
}

export interface EstimateAccuracy {
  /** tickets that were called and had an estimate */
  count: number;
  /** sum of |median − actual wait|, seconds */
  absErrorSum: number;
  /** actual wait within [low, high] */
  covered: number;
}

export interface DayStats {
  officeId: string;
  businessDay: string;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
  total: GroupStats;
  services: Record<string, GroupStats>;
  /** by hour of drawing, "0" … "23", office time */
  hours: Record<string, GroupStats>;
  counters: Record<string, GroupStats>;
  /** present only where the office enabled per-clerk figures */
  clerks?: Record<string, GroupStats> | undefined;
  /** minutes counters were open and not paused, by hour */
  openMinutes: Record<string, number>;
  /**
   * per counter, minutes open and not paused in each quarter-hour of the day (96, office time):
   * the staffing pattern (breaks, closing) the wait estimates learn. Absent in older statistics.
   */
  counterQuarters?: Record<string, number[]> | undefined;
  /**
   * tickets from appointment check-ins, by hour and by service (the estimates learn walk-in
   * arrivals without them), and the seconds they checked in before their slot, summed
   */
  appointments?: AppointmentCounts | undefined;
  /**
   * seconds from drawing to the call where the calling counter was already free when the ticket
   * came: how quickly a free counter reacts (the arrival sound, a glance, the click)
   */
  callDelay?: Digest | undefined;
  /** no-shows: how many, and the seconds from their first call to the no-show, summed */
  noShowTime?: { count: number; secondsSum: number } | undefined;
  estimates: EstimateAccuracy;
}

export interface AppointmentCounts {
  tickets: number;
  hours: Record<string, number>;
  services: Record<string, number>;
  leadSecondsSum: number;
}

export interface DayStatsOptions {
  officeId: string;
  businessDay: string;
  timeZone: string;
  /** target wait per service, minutes */
  targetMinutes: (serviceId: string) => number;
  perClerk: boolean;
  /** for today: the time up to which open counters count */
  until?: number | undefined;
}

export function emptyGroup(): GroupStats {
  return {
    tickets: 0,
    ended: { done: 0, no_show: 0, cancelled: 0, expired: 0 },
    slEligible: 0,
    slWithin: 0,
    wait: emptyDigest(),
    walk: emptyDigest(),
    service: emptyDigest(),
    total: emptyDigest(),
  };
}

function addRecord(g: GroupStats, r: TicketRecord, targetSeconds: number): void {
  g.tickets++;
  if (r.state === 'done' || r.state === 'no_show' || r.state === 'cancelled' || r.state === 'expired')
    g.ended[r.state]++;
  const wait = waitOf(r);
  if (wait !== undefined) {
    addTo(g.wait, wait);
    g.slEligible++;
    if (wait <= targetSeconds) g.slWithin++;
  } else if (r.endedAt !== undefined && (r.endedAt - r.issuedAt) / 1000 > targetSeconds) {
    g.slEligible++;
  }
  const walk = walkOf(r);
  if (walk !== undefined) addTo(g.walk, walk);
  const service = serviceOf(r);
  if (service !== undefined) addTo(g.service, service);
  const total = totalOf(r);
  if (total !== undefined) addTo(g.total, total);
}

function groupIn(map: Record<string, GroupStats>, key: string): GroupStats {
  let g = map[key];
  if (!g) {
    g = emptyGroup();
    map[key] = g;
  }
  return g;
}

export function dayStats(events: readonly DomainEvent[], options: DayStatsOptions): DayStats {
  const records = ticketRecords(events).filter((r) => r.businessDay === options.businessDay);
  const stats: DayStats = {
    officeId: options.officeId,
    businessDay: options.businessDay,
    weekday: weekdayOf(Date.parse(`${options.businessDay}T12:00:00Z`), 'UTC'),
    total: emptyGroup(),
    services: {},
    hours: {},
    counters: {},
    ...(options.perClerk ? { clerks: {} } : {}),
    ...openMinutesOf(events, options.timeZone, options.until),
    callDelay: callDelayOf(events),
    estimates: { count: 0, absErrorSum: 0, covered: 0 },
    appointments: { tickets: 0, hours: {}, services: {}, leadSecondsSum: 0 },
    noShowTime: { count: 0, secondsSum: 0 },
  };
  const appointments = stats.appointments!;
  const noShowTime = stats.noShowTime!;
  for (const r of records) {
    if (r.state === 'no_show' && r.firstCalledAt !== undefined && r.endedAt !== undefined) {
      noShowTime.count++;
      noShowTime.secondsSum += (r.endedAt - r.firstCalledAt) / 1000;
    }
    if (r.appointment) {
      const hour = String(hourOf(r.issuedAt, options.timeZone));
      appointments.tickets++;
      appointments.hours[hour] = (appointments.hours[hour] ?? 0) + 1;
      appointments.services[r.firstServiceId] = (appointments.services[r.firstServiceId] ?? 0) + 1;
      if (r.appointmentSlot !== undefined)
        appointments.leadSecondsSum += (r.appointmentSlot - r.issuedAt) / 1000;
    }
    const target = options.targetMinutes(r.firstServiceId) * 60;
    addRecord(stats.total, r, target);
    addRecord(groupIn(stats.services, r.firstServiceId), r, target);
    addRecord(groupIn(stats.hours, String(hourOf(r.issuedAt, options.timeZone))), r, target);
    if (r.counterId) addRecord(groupIn(stats.counters, r.counterId), r, target);
    if (stats.clerks && r.clerk) addRecord(groupIn(stats.clerks, r.clerk), r, target);
    const wait = waitOf(r);
    if (r.estimate && wait !== undefined) {
      stats.estimates.count++;
      stats.estimates.absErrorSum += Math.abs(r.estimate.median - wait);
      if (wait >= r.estimate.low && wait <= r.estimate.high) stats.estimates.covered++;
    }
  }
  return stats;
}

/** How long free counters took to call tickets that came while they were free (see DayStats). */
function callDelayOf(events: readonly DomainEvent[]): Digest {
  const delays = emptyDigest();
  const freeSince = new Map<string, number>();
  const issued = new Map<string, number>();
  const atCounter = new Map<string, string>();
  const leaves = (ticketId: string, at: number) => {
    const counterId = atCounter.get(ticketId);
    if (counterId === undefined) return;
    atCounter.delete(ticketId);
    freeSince.set(counterId, at);
  };
  for (const e of events) {
    switch (e.type) {
      case 'ticket.issued':
        issued.set(e.ticket.id, e.ticket.issuedAt);
        break;
      case 'counter.opened':
      case 'counter.resumed':
        freeSince.set(e.counterId, e.at);
        break;
      case 'counter.paused':
      case 'counter.closed':
        freeSince.delete(e.counterId);
        break;
      case 'ticket.called': {
        const free = freeSince.get(e.counterId);
        const at = issued.get(e.ticketId);
        // only a ticket's first call (issued is forgotten then) that came to a free counter
        if (free !== undefined && at !== undefined && at >= free) addTo(delays, (e.at - at) / 1000);
        issued.delete(e.ticketId);
        freeSince.delete(e.counterId);
        atCounter.set(e.ticketId, e.counterId);
        break;
      }
      case 'ticket.finished':
      case 'ticket.no_show':
      case 'ticket.transferred':
      case 'ticket.parked':
      case 'ticket.cancelled':
        leaves(e.ticketId, e.at);
        break;
    }
  }
  return delays;
}

/**
 * Counter-minutes open (signed in, not paused) per hour of the day, and per counter and
 * quarter-hour, from the counter events. Counted minute by minute: a day has at most 1440 per
 * counter, and it also handles hours that a time zone's offset does not align with UTC.
 */
function openMinutesOf(
  events: readonly DomainEvent[],
  timeZone: string,
  until?: number,
): Pick<DayStats, 'openMinutes' | 'counterQuarters'> {
  const openSince = new Map<string, number>();
  const minutes: Record<string, number> = {};
  const counterQuarters: Record<string, number[]> = {};
  const count = (counterId: string, from: number, to: number) => {
    const quarters = (counterQuarters[counterId] ??= Array<number>(QUARTERS).fill(0));
    for (let t = Math.ceil(from / 60_000) * 60_000; t < to; t += 60_000) {
      const minute = minuteOfDay(t, timeZone);
      const hour = String(Math.floor(minute / 60));
      minutes[hour] = (minutes[hour] ?? 0) + 1;
      quarters[Math.floor(minute / 15)]! += 1;
    }
  };
  let last = 0;
  for (const e of events) {
    last = Math.max(last, e.at);
    if (e.type === 'counter.opened' || e.type === 'counter.resumed') {
      if (!openSince.has(e.counterId)) openSince.set(e.counterId, e.at);
    } else if (e.type === 'counter.paused' || e.type === 'counter.closed') {
      const since = openSince.get(e.counterId);
      if (since !== undefined) count(e.counterId, since, e.at);
      openSince.delete(e.counterId);
    }
  }
  const end = until ?? last;
  for (const [counterId, since] of openSince) count(counterId, since, end);
  return { openMinutes: minutes, counterQuarters };
}
