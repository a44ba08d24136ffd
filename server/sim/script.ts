/**
 * Owns: how citizens and clerks behave in a simulated day, as a sequence of timed commands.
 * `DayScript.next()` gives the next command due (with its simulated time); the driver runs it —
 * against the pure core (`day.ts`) or a real server over REST (`scripts/simulate.ts`) — and
 * hands the result back with `settle`, which may schedule what follows (a start after the walk,
 * a finish after the service). So both drivers share one behaviour and one random stream.
 *
 * Citizens draw at Poisson times for a service of the mix; each is decided up front: priority,
 * whether they will not come, walk and service time, a transfer to another service. Booked
 * appointments are imported before opening; their citizens check in around the slot (or never). Clerks sign
 * in at their shift, call when free, retry after an idle time (or at the arrival sound), take
 * their break when next free, recall a citizen who does not come until a no-show is allowed,
 * and at the end of their shift serve whoever still waits for them, then close.
 */
import type { Actor, Command } from '../core/command.ts';
import { activeServices, findCounter } from '../core/setup.ts';
import { sampleDuration, type Shift, type SimulationPlan } from './plan.ts';
import { Random } from './random.ts';
import { minutesOf, zonedTime } from './time.ts';

export type CommandResult = { ok: true; ticketId?: string | undefined } | { ok: false; code: string };

export interface SimAction {
  /** epoch ms at which the command is issued */
  at: number;
  actor: Actor;
  command: Command;
  /** the citizen drawing, for draws */
  citizen?: Citizen | undefined;
  /** the driver reports the outcome before asking for the next action */
  settle(result: CommandResult): void;
}

export interface Citizen {
  index: number;
  serviceId: string;
  priority: 'normal' | 'priority';
  arrivesAt: number;
  noShow: boolean;
  walkSeconds: number;
  serviceSeconds: number;
  /** booked: checks in with this code at the kiosk instead of drawing */
  appointment?: { bookingCode: string; slot: number } | undefined;
  /** served, then sent on to this service (and served there too) */
  transfer?: { serviceId: string; serviceSeconds: number } | undefined;
  ticketId?: string | undefined;
  /** why the draw was refused, if it was */
  refused?: string | undefined;
}

type Phase = 'off' | 'idle' | 'waking' | 'busy' | 'break' | 'closed';

interface Agent {
  shift: Shift;
  actor: Actor;
  services: Set<string>;
  phase: Phase;
  /** bumped whenever the agent's plans change; stale timers see another number and do nothing */
  generation: number;
  idleSince: number;
  breaks: { at: number; minutes: number }[];
  endsAt: number;
  startsAt: number;
}

interface Timer {
  at: number;
  order: number;
  fire: () => SimAction | undefined;
}

/** A binary min-heap by time, then by insertion order (ties run in the order scheduled). */
class Timeline {
  private heap: Timer[] = [];
  private order = 0;
  get size(): number {
    return this.heap.length;
  }
  push(at: number, fire: Timer['fire']): void {
    const h = this.heap;
    h.push({ at, order: this.order++, fire });
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }
  pop(): Timer | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l]!, h[m]!)) m = l;
        if (r < h.length && before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

const before = (a: Timer, b: Timer) => a.at < b.at || (a.at === b.at && a.order < b.order);

export interface ScriptStats {
  /** commands refused unexpectedly (not queue_empty), by code */
  unexpected: Record<string, number>;
}

export class DayScript {
  readonly citizens: Citizen[] = [];
  readonly stats: ScriptStats = { unexpected: {} };
  private readonly timeline = new Timeline();
  private readonly agents: Agent[] = [];
  private readonly byTicket = new Map<string, Citizen>();
  /** tickets already sent on once: their second visit has no no-show and its own service time */
  private readonly transferred = new Set<string>();
  private readonly kiosk: Actor;
  private now: number;

  constructor(
    readonly plan: SimulationPlan,
    seed: number,
  ) {
    const random = new Random(seed);
    const tz = plan.setup.timeZone;
    const at = (time: string) => zonedTime(plan.date, time, tz);
    this.now = at('00:00');
    this.kiosk = { kind: 'device', deviceId: 'sim-kiosk', deviceKind: 'kiosk', officeIds: [plan.setup.id] };
    this.planCitizens(random.fork('arrivals'), random.fork('citizens'));
    this.planAppointments(random.fork('appointments'), random.fork('appointment-citizens'));
    for (const shift of plan.staffing) this.addAgent(shift, at);
    for (const c of this.citizens) {
      this.timeline.push(c.arrivesAt, () => this.arrive(c));
    }
  }

  /** The next command due, or undefined when the day is over. */
  next(): SimAction | undefined {
    for (;;) {
      const timer = this.timeline.pop();
      if (!timer) return undefined;
      this.now = timer.at;
      const action = timer.fire();
      if (action) return action;
    }
  }

  /** The citizen holding a ticket id (once its draw was settled). */
  citizenOf(ticketId: string): Citizen | undefined {
    return this.byTicket.get(ticketId);
  }

  private planCitizens(arrivalsRandom: Random, citizenRandom: Random): void {
    const { plan } = this;
    const tz = plan.setup.timeZone;
    const bands = plan.arrivals.map((b) => ({
      from: zonedTime(plan.date, b.from, tz),
      to: zonedTime(plan.date, b.to, tz),
      perHour: b.perHour,
    }));
    const times: number[] = [];
    // One Poisson process per band: together a Poisson process with a piecewise-constant rate.
    for (const b of bands)
      times.push(...arrivalsRandom.poissonTimes(b.from, b.to, () => b.perHour, b.perHour));
    times.sort((a, b) => a - b);
    const served = new Set(
      plan.staffing.flatMap((s) => s.serviceIds ?? findCounter(plan.setup, s.counterId)?.serviceIds ?? []),
    );
    for (const t of times) {
      const serviceId = citizenRandom.choose(plan.mix);
      const serviceSeconds = this.serviceSeconds(serviceId, citizenRandom);
      const noShow = citizenRandom.chance(plan.noShowProbability);
      const priority = citizenRandom.chance(plan.priorityShare) ? 'priority' : 'normal';
      const walkSeconds = sampleDuration(plan.walk, citizenRandom);
      let transfer: Citizen['transfer'];
      if (!noShow && citizenRandom.chance(plan.transferProbability)) {
        const others = Object.fromEntries(
          Object.entries(plan.mix).filter(([id]) => id !== serviceId && served.has(id)),
        );
        if (Object.values(others).some((w) => w > 0)) {
          const to = citizenRandom.choose(others);
          transfer = { serviceId: to, serviceSeconds: this.serviceSeconds(to, citizenRandom) };
        }
      }
      this.citizens.push({
        index: this.citizens.length,
        serviceId,
        priority,
        arrivesAt: Math.round(t),
        noShow,
        walkSeconds,
        serviceSeconds,
        transfer,
      });
    }
  }

  /** The booked slots: imported before opening; who comes checks in around the slot. */
  private planAppointments(bookingRandom: Random, citizenRandom: Random): void {
    const booking = this.plan.appointments;
    if (!booking) return;
    const tz = this.plan.setup.timeZone;
    const from = zonedTime(this.plan.date, booking.from, tz);
    const to = zonedTime(this.plan.date, booking.to, tz);
    const booked: { bookingCode: string; serviceId: string; slot: number }[] = [];
    for (let slot = from; slot < to; slot += booking.everyMinutes * 60_000) {
      if (!bookingRandom.chance(booking.booked)) continue;
      const serviceId = bookingRandom.choose(booking.mix);
      const bookingCode = `SIM-${this.plan.date.replaceAll('-', '')}-${booked.length + 1}`;
      booked.push({ bookingCode, serviceId, slot });
      if (citizenRandom.chance(booking.noShowProbability)) continue;
      this.citizens.push({
        index: this.citizens.length,
        serviceId,
        priority: 'normal',
        arrivesAt: Math.round(slot + sampleDuration(booking.arrival, citizenRandom) * 1000),
        noShow: false,
        walkSeconds: sampleDuration(this.plan.walk, citizenRandom),
        serviceSeconds: this.serviceSeconds(serviceId, citizenRandom),
        appointment: { bookingCode, slot },
      });
    }
    if (booked.length === 0) return;
    const importer: Actor = {
      kind: 'user',
      userId: 'supervisor',
      role: 'supervisor',
      officeIds: [this.plan.setup.id],
    };
    this.timeline.push(zonedTime(this.plan.date, booking.importAt, tz), () =>
      this.action(importer, { type: 'import-appointments', appointments: booked }, (r) =>
        this.unexpected(r, 'import-appointments'),
      ),
    );
  }

  private serviceSeconds(serviceId: string, random: Random): number {
    const d = this.plan.serviceTimes[serviceId];
    if (!d) throw new Error(`no service time for "${serviceId}"`);
    return Math.max(1, sampleDuration(d, random));
  }

  private addAgent(shift: Shift, at: (time: string) => number): void {
    const counter = findCounter(this.plan.setup, shift.counterId);
    if (!counter) throw new Error(`no counter "${shift.counterId}" in ${this.plan.setup.id}`);
    const agent: Agent = {
      shift,
      actor: { kind: 'user', userId: shift.clerk, role: 'clerk', officeIds: '*' },
      services: new Set(activeServices(counter, { serviceIds: shift.serviceIds })),
      phase: 'off',
      generation: 0,
      idleSince: 0,
      breaks: (shift.breaks ?? [])
        .map((b) => ({ at: at(b.at), minutes: b.minutes }))
        .sort((a, b) => a.at - b.at),
      startsAt: at(shift.from),
      endsAt: minutesOf(shift.to) >= 24 * 60 ? at('23:59') : at(shift.to),
    };
    this.agents.push(agent);
    this.timeline.push(agent.startsAt, () => this.signIn(agent));
    // An idle clerk notices the end of the shift and a due break without waiting for a retry.
    for (const t of [agent.endsAt, ...agent.breaks.map((b) => b.at)]) {
      this.timeline.push(t, () => {
        if (agent.phase === 'idle') this.freeNow(agent);
        return undefined;
      });
    }
  }

  private action(actor: Actor, command: Command, settle: SimAction['settle'], citizen?: Citizen): SimAction {
    return { at: this.now, actor, command, citizen, settle };
  }

  private unexpected(result: CommandResult, what: string): void {
    if (result.ok) return;
    const key = `${what}: ${result.code}`;
    this.stats.unexpected[key] = (this.stats.unexpected[key] ?? 0) + 1;
  }

  /** A walk-in draws at the kiosk; someone with an appointment checks in with the booking code. */
  private arrive(c: Citizen): SimAction {
    const command: Command = c.appointment
      ? { type: 'check-in', bookingCode: c.appointment.bookingCode }
      : { type: 'draw', serviceId: c.serviceId, channel: 'kiosk', priority: c.priority };
    return this.action(
      this.kiosk,
      command,
      (result) => {
        if (!result.ok || !result.ticketId) {
          c.refused = result.ok ? 'no ticket' : result.code;
          return;
        }
        c.ticketId = result.ticketId;
        this.byTicket.set(result.ticketId, c);
        this.wake(c.serviceId);
      },
      c,
    );
  }

  /** The arrival sound: the clerk idle the longest among those serving the service reacts. */
  private wake(serviceId: string): void {
    if (this.plan.wakeSeconds === undefined) return;
    let chosen: Agent | undefined;
    for (const a of this.agents) {
      if (a.phase !== 'idle' || !a.services.has(serviceId)) continue;
      if (!chosen || a.idleSince < chosen.idleSince) chosen = a;
    }
    if (!chosen) return;
    const agent = chosen;
    agent.phase = 'waking';
    const generation = ++agent.generation;
    this.timeline.push(this.now + this.plan.wakeSeconds * 1000, () =>
      agent.generation === generation ? this.free(agent) : undefined,
    );
  }

  private signIn(agent: Agent): SimAction {
    return this.action(
      agent.actor,
      { type: 'open-counter', counterId: agent.shift.counterId, serviceIds: agent.shift.serviceIds },
      (result) => {
        if (!result.ok) {
          this.unexpected(result, 'open-counter');
          agent.phase = 'closed';
          return;
        }
        this.freeNow(agent);
      },
    );
  }

  /** Decides again right now (in the same instant, after what is already due). */
  private freeNow(agent: Agent): void {
    agent.phase = 'waking';
    const generation = ++agent.generation;
    this.timeline.push(this.now, () => (agent.generation === generation ? this.free(agent) : undefined));
  }

  private after(seconds: number, fire: () => SimAction | undefined): void {
    this.timeline.push(this.now + Math.max(0, Math.round(seconds * 1000)), fire);
  }

  /** The clerk is free: a due break, else the next citizen, else idle (or home after the shift). */
  private free(agent: Agent): SimAction {
    const counterId = agent.shift.counterId;
    const due = agent.breaks[0];
    if (due && due.at <= this.now && this.now < agent.endsAt) {
      agent.breaks.shift();
      return this.action(agent.actor, { type: 'pause-counter', counterId, reason: 'Pause' }, (result) => {
        this.unexpected(result, 'pause-counter');
        agent.phase = 'break';
        this.after(due.minutes * 60, () =>
          this.action(agent.actor, { type: 'resume-counter', counterId }, (r) => {
            this.unexpected(r, 'resume-counter');
            this.freeNow(agent);
          }),
        );
      });
    }
    return this.action(agent.actor, { type: 'call-next', counterId }, (result) => {
      if (result.ok && result.ticketId) {
        const citizen = this.byTicket.get(result.ticketId);
        agent.phase = 'busy';
        if (citizen) this.attend(agent, citizen, result.ticketId, 1);
        else this.after(60, () => this.finish(agent, result.ticketId ?? '')); // not ours: a short visit
        return;
      }
      if (!result.ok && result.code !== 'queue_empty') this.unexpected(result, 'call-next');
      if (this.now >= agent.endsAt) {
        agent.phase = 'busy';
        this.timeline.push(this.now, () =>
          this.action(agent.actor, { type: 'close-counter', counterId }, (r) => {
            this.unexpected(r, 'close-counter');
            agent.phase = 'closed';
          }),
        );
        return;
      }
      agent.phase = 'idle';
      agent.idleSince = this.now;
      const generation = ++agent.generation;
      this.after(this.plan.idleRetrySeconds, () =>
        agent.generation === generation ? this.free(agent) : undefined,
      );
    });
  }

  /** After a call: the citizen comes (start, serve, finish or transfer) or not (recalls, no-show). */
  private attend(agent: Agent, citizen: Citizen, ticketId: string, calls: number): void {
    const firstLeg = !this.transferred.has(ticketId);
    if (citizen.noShow && firstLeg) {
      this.after(this.plan.recallSeconds, () => {
        if (calls < this.plan.setup.calling.noShowAfterCalls) {
          return this.action(agent.actor, { type: 'recall', ticketId }, (r) => {
            this.unexpected(r, 'recall');
            this.attend(agent, citizen, ticketId, calls + 1);
          });
        }
        return this.action(agent.actor, { type: 'no-show', ticketId }, (r) => {
          this.unexpected(r, 'no-show');
          this.freeNow(agent);
        });
      });
      return;
    }
    this.after(citizen.walkSeconds, () =>
      this.action(agent.actor, { type: 'start', ticketId }, (r) => {
        this.unexpected(r, 'start');
        const leg = firstLeg ? citizen.serviceSeconds : (citizen.transfer?.serviceSeconds ?? 60);
        this.after(leg, () => {
          const to = citizen.transfer?.serviceId;
          // Sent on only where a counter still serves it: nobody transfers to a closed office.
          const served = this.agents.some((a) => a.phase !== 'closed' && a.services.has(to ?? ''));
          if (firstLeg && to && !served) citizen.transfer = undefined; // the record says what happened
          if (firstLeg && to && served) {
            return this.action(agent.actor, { type: 'transfer', ticketId, serviceId: to }, (t) => {
              this.unexpected(t, 'transfer');
              if (t.ok) this.transferred.add(ticketId);
              this.freeNow(agent);
              if (t.ok) this.wake(to);
            });
          }
          return this.finish(agent, ticketId);
        });
      }),
    );
  }

  private finish(agent: Agent, ticketId: string): SimAction {
    return this.action(agent.actor, { type: 'finish', ticketId }, (r) => {
      this.unexpected(r, 'finish');
      this.freeNow(agent);
    });
  }
}
