/**
 * Owns: wait estimates by running the office forward. Many times over (`runs`), the present
 * queue is played out with the counters now open: each counter finishes its current citizen
 * after a sampled remaining service time, then calls the next ticket with the REAL call strategy
 * (calling/strategy.ts) and the state transitions of state.ts (streaksAfterCall), serving for a sampled
 * duration learned from history (or a no-show's recalls). The spread of a ticket's simulated
 * waits gives its estimate: median and an 80 % range (10th to 90th percentile).
 * "Newcomers" are virtual tickets, one per asked service, drawn now: what the kiosk, the display
 * and the ticket tell someone before they draw.
 * Later arrivals are drawn from the hourly rates and service mix of the last weeks, because the
 * strategy may call them first (shorter targets, priority); so are today's booked appointments not
 * checked in yet, around their slots (the strategy favours them). A free counter calls after a short
 * delay. Each signed-in counter keeps to its learned staffing pattern: it rests through its usual
 * breaks, a paused one comes back when its pattern says, and after its last usual quarter-hour it
 * serves who is left for it and closes. Not modelled: counters not signed in opening later.
 */
import type { TicketView } from '#protocol/tickets.ts';
import { chooseNext } from '../calling/strategy.ts';
import { mulberry32 } from '../random.ts';
import { activeServices, findCounter, findService, type OfficeSetup, type ServiceSetup } from '../setup.ts';
import { streaksAfterCall, type CounterRuntime, type OfficeState } from '../state.ts';
import type { CallReason } from '../events.ts';
import { hourOf, minuteOfDay, weekdayOf } from '../stats/zoned.ts';
import type { ServiceTimeModel } from './service-times.ts';
import { counterDay, staffingPattern, type CounterDay, type StaffingPattern } from './staffing.ts';

export interface Estimate {
  /** seconds from now */
  median: number;
  low: number;
  high: number;
}

export interface EstimateOptions {
  runs: number;
  seed: number;
  /** services to estimate for someone drawing now */
  newcomers?: readonly string[] | undefined;
  /** stop a run after this much simulated time (seconds); tickets not called by then get none */
  horizonSeconds?: number | undefined;
}

export interface Estimates {
  tickets: Map<string, Estimate>;
  newcomers: Map<string, Estimate>;
}

const NEWCOMER = 'newcomer:';
const ARRIVAL = 'arrival:';
const BOOKED = 'booked:';

/** Only what the strategy looks at: waiting tickets, the counters' current ones, the counters. */
function pruned(
  state: OfficeState,
  setup: OfficeSetup,
  now: number,
  newcomers: readonly string[],
): OfficeState {
  const tickets: Record<string, TicketView> = {};
  for (const t of Object.values(state.tickets)) {
    if (t.state === 'waiting' || t.state === 'called' || t.state === 'serving') tickets[t.id] = t;
  }
  for (const serviceId of newcomers) {
    const service = findService(setup, serviceId);
    if (!service) continue;
    const id = `${NEWCOMER}${serviceId}`;
    tickets[id] = {
      id,
      officeId: setup.id,
      // after every real number of the day, so equal scores rank it last, as a new ticket would
      number: `${service.prefix}-999999`,
      serviceId,
      departmentId: service.departmentId,
      state: 'waiting',
      channel: 'kiosk',
      priority: 'normal',
      businessDay: state.businessDay,
      issuedAt: now,
      queuedAt: now,
      callCount: 0,
      transferCount: 0,
    };
  }
  return { ...state, tickets, recentCalls: [], drawKeys: {}, appointments: {}, identitySalts: {} };
}

function percentile(sorted: readonly number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[i]!;
}

export function estimateWaits(
  state: OfficeState,
  setup: OfficeSetup,
  now: number,
  model: ServiceTimeModel,
  options: EstimateOptions,
): Estimates {
  const steps = estimateStepwise(state, setup, now, model, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, one simulated run per step: the server takes a few steps at a time between other
 * work, so a long queue never holds up a call on its way to the displays.
 */
export function* estimateStepwise(
  state: OfficeState,
  setup: OfficeSetup,
  now: number,
  model: ServiceTimeModel,
  options: EstimateOptions,
): Generator<void, Estimates, void> {
  const random = mulberry32(options.seed);
  const newcomers = options.newcomers ?? [];
  const start = pruned(state, setup, now, newcomers);
  // Services some signed-in counter may serve: tickets of others get no estimate (nobody will
  // call them today as things stand), and later arrivals of others change nothing.
  const servable = new Set(
    setup.counters
      .filter((c) => ['open', 'paused'].includes(start.counters[c.id]?.status ?? 'closed'))
      .flatMap((c) => activeServices(c, start.counters[c.id])),
  );
  const wanted = Object.values(start.tickets)
    .filter((t) => t.state === 'waiting' && servable.has(t.serviceId))
    .map((t) => t.id);
  const waits = new Map<string, number[]>(wanted.map((id) => [id, []]));
  const horizon = now + (options.horizonSeconds ?? 12 * 3600) * 1000;
  // Hours in the office's zone, looked up once per 5 minutes (Intl is slow in a hot loop).
  const hours = new Map<number, number>();
  const hour = (at: number) => {
    const key = Math.floor(at / 300_000);
    let h = hours.get(key);
    if (h === undefined) {
      h = hourOf(key * 300_000, setup.timeZone);
      hours.set(key, h);
    }
    return h;
  };
  const sampleService = (serviceId: string, at: number) => model.sample(serviceId, hour(at), random()) * 1000;

  const mix = [...model.serviceMix].filter(([id]) => findService(setup, id));
  const pickService = (u: number) => {
    let acc = 0;
    for (const [id, share] of mix) if ((acc += share) >= u) return id;
    return mix.at(-1)?.[0];
  };
  /** a free counter's pause before it calls: the chime, a glance, the click (learned) */
  const callDelay = () => model.callDelay(random()) * 1000;
  // Staffing: each signed-in counter keeps to the pattern learned for it (breaks, closing time).
  const quarterNow = Math.floor(minuteOfDay(now, setup.timeZone) / 15);
  const patterns = new Map<string, StaffingPattern | undefined>();
  for (const counter of setup.counters) {
    const share = model.counterOpenShare.get(counter.id);
    patterns.set(counter.id, share ? staffingPattern(share) : undefined);
  }

  // Walk-ins to come: as on this weekday (if known), at today's pace so far — more or fewer than
  // usual by now, shrunk towards the usual (a quiet first half hour says little).
  const arrivalRates =
    model.weekdayArrivalsPerHour.get(weekdayOf(now, setup.timeZone)) ?? model.arrivalsPerHour;
  const pace = todaysPace(state, now, arrivalRates, hour);

  // Today's appointments not checked in yet, for services someone here serves.
  const early = setup.appointments.earlyMinutes * 60_000;
  const late = setup.appointments.lateMinutes * 60_000;
  const booked = Object.values(state.appointments ?? {}).filter(
    (a) =>
      a.state === 'booked' &&
      a.businessDay === state.businessDay &&
      a.slot + late > now &&
      servable.has(a.serviceId),
  );

  /**
   * The citizen at each busy counter: how long until the counter is free, drawn anew per run.
   * Being served: a duration drawn from those longer than what has passed already (the part of
   * the distribution above the elapsed time, its bound found once by bisection on the inverse).
   * Called, not arrived: on the way, not coming at all, or served without anyone having pressed
   * "start" — weighed by Bayes: the no-show rate, the share who take that long to walk, the
   * share of services with a recorded start. A no-show holds the counter for the rest of the
   * calls; someone on the way for the rest of the walk and a whole service.
   */
  const remainingFrom = (serviceId: string, since: number) => {
    const elapsed = Math.max(0, now - since);
    const h = hour(since);
    let lowU = 0;
    let highU = 1;
    for (let i = 0; i < 16; i++) {
      const mid = (lowU + highU) / 2;
      if (model.sample(serviceId, h, mid) * 1000 < elapsed) lowU = mid;
      else highU = mid;
    }
    return () => {
      const u = lowU + random() * (1 - lowU);
      const total = model.sample(serviceId, h, Math.min(u, 0.999)) * 1000;
      return Math.max(15_000, total - elapsed);
    };
  };
  const perCall = (model.noShowSeconds * 1000) / Math.max(1, setup.calling.noShowAfterCalls);
  const atCounter = new Map<string, () => number>();
  for (const counter of setup.counters) {
    const runtime = start.counters[counter.id];
    const current = runtime?.currentTicketId ? start.tickets[runtime.currentTicketId] : undefined;
    if (!current) continue;
    if (current.state !== 'called') {
      atCounter.set(
        counter.id,
        remainingFrom(current.serviceId, current.startedAt ?? current.calledAt ?? now),
      );
      continue;
    }
    const sinceLast = now - (current.calledAt ?? now);
    const sinceFirst = (current.callCount - 1) * perCall + sinceLast;
    const walk = model.walkSeconds * 1000;
    const p = model.noShowRate(current.serviceId);
    const weights = [
      p,
      (1 - p) * model.startRecorded * model.walkAbove(sinceFirst / 1000),
      (1 - p) * (1 - model.startRecorded),
    ];
    const sum = weights[0]! + weights[1]! + weights[2]!;
    const unmarked = remainingFrom(current.serviceId, now - Math.max(0, sinceFirst - walk));
    const callsLeft = Math.max(1, setup.calling.noShowAfterCalls - current.callCount + 1);
    atCounter.set(counter.id, () => {
      const x = random() * sum;
      if (sum === 0 || x >= weights[0]! + weights[1]!) return unmarked();
      if (x < weights[0]!) return Math.max(15_000, callsLeft * perCall - sinceLast);
      return Math.max(0, walk - sinceFirst) + sampleService(current.serviceId, now);
    });
  }

  for (let run = 0; run < options.runs; run++) {
    // One run changes its own copy in place: the same transitions as state.ts, without copying
    // the whole office for every simulated call (the server runs this after every change).
    const tickets: Record<string, TicketView> = { ...start.tickets };
    const counters: Record<string, CounterRuntime> = {};
    for (const [id, runtime] of Object.entries(start.counters)) counters[id] = { ...runtime };
    const sim: OfficeState = { ...start, tickets, counters };
    const call = (ticketId: string, counterId: string, rule: CallReason['rule']) => {
      const ticket = tickets[ticketId]!;
      // Off the waiting list at once: the strategy looks only at waiting tickets.
      delete tickets[ticketId];
      const counter = counters[counterId]!;
      counters[counterId] = {
        ...counter,
        currentTicketId: ticketId,
        ...streaksAfterCall(counter, ticket.priority, rule),
      };
    };
    const finish = (counterId: string) => {
      counters[counterId] = { ...counters[counterId]!, currentTicketId: undefined };
    };
    /** counter id → when it is free next */
    const freeAt = new Map<string, number>();
    /** open counters with nothing to call: a later arrival wakes them */
    const idle = new Set<string>();
    /** this run's rest of the day per signed-in counter: breaks to come, closing time */
    const days = new Map<string, { day: CounterDay; nextBreak: number }>();
    /** counters past their usual closing time: they close once nothing is left for them */
    const leaving = new Set<string>();
    for (const counter of setup.counters) {
      const runtime = sim.counters[counter.id];
      if (runtime?.status !== 'open' && runtime?.status !== 'paused') continue;
      const day = counterDay(patterns.get(counter.id), runtime, now, quarterNow, random());
      days.set(counter.id, { day, nextBreak: 0 });
      if (day.resumeAt !== undefined) {
        freeAt.set(counter.id, day.resumeAt);
        continue;
      }
      const current = runtime.currentTicketId ? sim.tickets[runtime.currentTicketId] : undefined;
      if (!current) {
        freeAt.set(counter.id, now + callDelay());
        continue;
      }
      freeAt.set(counter.id, now + atCounter.get(counter.id)!());
    }
    // Later arrivals, drawn lazily from the learned hourly rates (a Poisson process per hour):
    // they matter because the strategy may call them first (short targets, priority).
    let arrivalAt = now;
    let arrivals = 0;
    const nextArrival = () => {
      for (let guard = 0; guard < 48 && arrivalAt <= horizon; guard++) {
        const rate = (arrivalRates[hour(arrivalAt)] ?? 0) * pace;
        const hourEnd = (Math.floor(arrivalAt / 3_600_000) + 1) * 3_600_000;
        const gap = rate > 0 ? (-Math.log(1 - random()) / rate) * 3_600_000 : Infinity;
        if (arrivalAt + gap < hourEnd) {
          arrivalAt += gap;
          return arrivalAt;
        }
        arrivalAt = hourEnd;
      }
      return Infinity;
    };
    let upcoming = mix.length > 0 ? nextArrival() : Infinity;
    // Booked appointments still to check in: most come, around their slot (never before now).
    const bookedArrivals = booked
      .filter(() => random() < model.appointmentShowRate)
      .map((a) => {
        const around = a.slot - random() * 2 * model.appointmentLeadSeconds * 1000;
        const inWindow = Math.min(Math.max(around, a.slot - early), a.slot + late);
        return { ...a, at: Math.max(inWindow, now + random() * 60_000) };
      })
      .sort((a, b) => a.at - b.at);
    let nextBooked = 0;
    const virtualTicket = (
      id: string,
      service: ServiceSetup,
      at: number,
      channel: TicketView['channel'],
      priority: TicketView['priority'],
    ): TicketView => ({
      id,
      officeId: setup.id,
      number: `${service.prefix}-${900000 + arrivals + nextBooked}`,
      serviceId: service.id,
      departmentId: service.departmentId,
      state: 'waiting',
      channel,
      priority,
      businessDay: sim.businessDay,
      issuedAt: at,
      queuedAt: at,
      callCount: 0,
      transferCount: 0,
    });
    /** a later ticket joins the queue; an idle counter that serves it wakes up */
    const arrive = (ticket: TicketView) => {
      tickets[ticket.id] = ticket;
      for (const waiting of idle) {
        const counter = findCounter(setup, waiting)!;
        if (activeServices(counter, sim.counters[waiting]).includes(ticket.serviceId)) {
          idle.delete(waiting);
          freeAt.set(waiting, ticket.queuedAt + callDelay());
        }
      }
    };
    let pending = wanted.length;
    while (pending > 0) {
      let counterId = '';
      let at = Infinity;
      for (const [id, t] of freeAt) {
        if (t < at) {
          counterId = id;
          at = t;
        }
      }
      const booking = bookedArrivals[nextBooked];
      if (booking && booking.at < at && booking.at <= upcoming) {
        nextBooked++;
        const service = findService(setup, booking.serviceId)!;
        arrive({
          ...virtualTicket(`${BOOKED}${nextBooked}`, service, booking.at, 'appointment', 'normal'),
          appointmentSlot: booking.slot,
        });
        continue;
      }
      if (upcoming < at) {
        const serviceId = pickService(random());
        const service = serviceId ? findService(setup, serviceId) : undefined;
        if (service && servable.has(service.id)) {
          const priority = random() < model.priorityShare ? 'priority' : 'normal';
          arrive(virtualTicket(`${ARRIVAL}${++arrivals}`, service, upcoming, 'kiosk', priority));
        }
        upcoming = nextArrival();
        continue;
      }
      if (at === Infinity || at > horizon) break;
      const counter = findCounter(setup, counterId)!;
      finish(counterId);
      const plan = days.get(counterId);
      const due = plan?.day.breaks[plan.nextBreak];
      if (plan && due && at >= due.due) {
        // its break: it calls again afterwards
        plan.nextBreak++;
        freeAt.set(counterId, at + due.ms);
        continue;
      }
      if (plan && at >= plan.day.leavesAt) leaving.add(counterId);
      const pick = chooseNext(sim, setup, counter, sim.counters[counterId]!, at);
      if (!pick) {
        freeAt.delete(counterId);
        if (!leaving.has(counterId)) idle.add(counterId);
        continue;
      }
      call(pick.ticket.id, counterId, pick.reason.rule);
      const list = waits.get(pick.ticket.id);
      if (list) {
        list.push((at - now) / 1000);
        pending--;
      }
      const noShow = random() < model.noShowRate(pick.ticket.serviceId);
      const busy = noShow
        ? model.noShowSeconds * 1000
        : model.walkSeconds * 1000 + sampleService(pick.ticket.serviceId, at);
      freeAt.set(counterId, at + busy);
    }
    yield;
  }

  const tickets = new Map<string, Estimate>();
  const newcomerEstimates = new Map<string, Estimate>();
  for (const [id, list] of waits) {
    // Called in fewer than half the runs: no counter serves it now; an honest "don't know".
    if (list.length < options.runs / 2) continue;
    const sorted = [...list].sort((a, b) => a - b);
    const estimate = {
      median: Math.round(percentile(sorted, 0.5)),
      low: Math.round(percentile(sorted, 0.1)),
      high: Math.round(percentile(sorted, 0.9)),
    };
    if (id.startsWith(NEWCOMER)) newcomerEstimates.set(id.slice(NEWCOMER.length), estimate);
    else tickets.set(id, estimate);
  }
  return { tickets, newcomers: newcomerEstimates };
}

/** Pseudo-tickets that pull today's pace towards 1: about an hour of a quiet office. */
const PACE_PRIOR = 15;

/** Walk-ins drawn today so far against the usual number by now (1: as usual). */
export function todaysPace(
  state: OfficeState,
  now: number,
  rates: readonly number[],
  hour: (at: number) => number,
): number {
  let drawn = 0;
  let first = now;
  for (const t of Object.values(state.tickets)) {
    if (t.channel === 'appointment' || t.businessDay !== state.businessDay) continue;
    drawn++;
    first = Math.min(first, t.issuedAt);
  }
  // the usual number from the start of the first hour with arrivals today, in 5-minute steps
  let usual = 0;
  for (let t = Math.floor(first / 3_600_000) * 3_600_000; t < now; t += 300_000) {
    usual += ((rates[hour(t)] ?? 0) * Math.min(300_000, now - t)) / 3_600_000;
  }
  return Math.min(2, Math.max(0.5, (drawn + PACE_PRIOR) / (usual + PACE_PRIOR)));
}

/**
 * The usual formula, for comparison only: people ahead × mean service time ÷ counters open for
 * the service (seconds).
 */
export function naiveEstimate(
  state: OfficeState,
  setup: OfficeSetup,
  ticket: Pick<TicketView, 'serviceId' | 'queuedAt' | 'id'>,
  meanServiceSeconds: (serviceId: string) => number,
): number | undefined {
  const open = setup.counters.filter(
    (c) => state.counters[c.id]?.status === 'open' && c.serviceIds.includes(ticket.serviceId),
  ).length;
  if (open === 0) return undefined;
  const ahead = Object.values(state.tickets).filter(
    (t) =>
      t.state === 'waiting' &&
      t.serviceId === ticket.serviceId &&
      t.id !== ticket.id &&
      t.queuedAt <= ticket.queuedAt,
  ).length;
  return (ahead * meanServiceSeconds(ticket.serviceId)) / open;
}
