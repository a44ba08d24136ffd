/**
 * Owns: the live wait estimates of every office. After each change (debounced) it plays the
 * office forward (core/estimate/forward.ts) with service times learned from the last weeks'
 * statistics, keeps the result for the state it was made for, and pushes the queue figures with
 * the newcomer estimates (`office:queues`). A read for a newer state computes at once, so the
 * kiosk, the ticket, the display and the status page always show the estimate of the queue as it
 * is — and all show the same one.
 */
import type { ServiceQueue } from '#protocol/office.ts';
import type { WaitEstimate } from '#protocol/tickets.ts';
import { estimateStepwise, estimateWaits, type Estimate, type Estimates } from '../core/estimate/forward.ts';
import { serviceTimeModel, type ServiceTimeModel } from '../core/estimate/service-times.ts';
import type { DayStats } from '../core/stats/day-stats.ts';
import { queuesOf } from '../core/views.ts';
import type { Engine } from '../engine/engine.ts';

/** Simulated runs per estimate: enough for stable 10th/90th percentiles, cheap enough per change. */
export const ESTIMATE_RUNS = 120;
/** Business days of history the service times are learned from. */
export const HISTORY_DAYS = 20;
const DEBOUNCE_MS = 200;
/** A new round starts at most this often per office, so a burst of changes costs little CPU. */
const MIN_INTERVAL_MS = 1000;
/** At most this long on the event loop at a time; then calls, draws and facts go first. */
const SLICE_MS = 2;

interface Cached {
  seq: number;
  estimates: Estimates;
}

export interface EstimateServiceDeps {
  engine: Engine;
  /** the stored statistics of the office's last closed days, newest last */
  history: (officeId: string, days: number) => Promise<DayStats[]>;
  clock: () => number;
  /** sends the queue figures to everyone watching the office */
  pushQueues: (officeId: string, asOfSeq: number, queues: ServiceQueue[]) => void;
  reportError: (error: unknown, context: Record<string, unknown>) => string;
}

/** Seconds → the whole-minute range shown to people (never narrower than 5 minutes). */
export function inMinutes(e: Estimate): WaitEstimate {
  const low = Math.floor(e.low / 60);
  const high = Math.max(low + 5, Math.ceil(e.high / 60));
  return { lowMinutes: low, highMinutes: high, medianMinutes: Math.round(e.median / 60) };
}

export class EstimateService {
  private cache = new Map<string, Cached>();
  private models = new Map<string, ServiceTimeModel>();
  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** offices whose estimates are being made now, and those changed again meanwhile */
  private running = new Set<string>();
  private dirty = new Set<string>();
  private closed = false;
  /** when the last round started, per office (performance.now) */
  private lastStart = new Map<string, number>();

  constructor(private readonly deps: EstimateServiceDeps) {}

  /** Learns (again) from history: at start and whenever a day has closed. */
  async learn(officeId: string): Promise<void> {
    const setup = this.deps.engine.setup(officeId);
    if (!setup) return;
    const history = await this.deps.history(officeId, HISTORY_DAYS);
    this.models.set(officeId, serviceTimeModel(setup, history));
    // Keep showing the last estimates until the new model has made fresh ones.
    const cached = this.cache.get(officeId);
    if (cached) this.cache.set(officeId, { ...cached, seq: -1 });
    this.refresh(officeId);
  }

  private model(officeId: string): ServiceTimeModel | undefined {
    const setup = this.deps.engine.setup(officeId);
    if (!setup) return undefined;
    let model = this.models.get(officeId);
    if (!model) {
      model = serviceTimeModel(setup, []);
      this.models.set(officeId, model);
    }
    return model;
  }

  /**
   * The latest estimates: those of the present state if made, else the last ones (at most one
   * debounce behind; `changed` is already making fresh ones). Never computed here, so nothing
   * waits for a simulation; before the first ones exist there is no estimate.
   */
  latest(officeId: string): Estimates | undefined {
    const cached = this.cache.get(officeId);
    if (!cached) this.refresh(officeId);
    return cached?.estimates;
  }

  /** The estimates for the office's durable state now (computed if that state is newer). */
  current(officeId: string): Estimates | undefined {
    const setup = this.deps.engine.setup(officeId);
    const state = this.deps.engine.state(officeId);
    const model = this.model(officeId);
    if (!setup || !state || !model) return undefined;
    const cached = this.cache.get(officeId);
    if (cached?.seq === state.seq) return cached.estimates;
    const estimates = estimateWaits(state, setup, this.deps.clock(), model, {
      runs: ESTIMATE_RUNS,
      seed: state.seq,
      newcomers: setup.services.map((s) => s.id),
    });
    this.cache.set(officeId, { seq: state.seq, estimates });
    return estimates;
  }

  ticket(officeId: string, ticketId: string): Estimate | undefined {
    return this.latest(officeId)?.tickets.get(ticketId);
  }

  newcomer(officeId: string, serviceId: string): Estimate | undefined {
    return this.latest(officeId)?.newcomers.get(serviceId);
  }

  /** Waiting counts with the estimate for a newcomer, per service. */
  queues(officeId: string): ServiceQueue[] {
    const setup = this.deps.engine.setup(officeId);
    const state = this.deps.engine.state(officeId);
    if (!setup || !state) return [];
    const estimates = this.latest(officeId);
    return queuesOf(state, setup, (serviceId) => {
      const e = estimates?.newcomers.get(serviceId);
      return e ? inMinutes(e) : undefined;
    });
  }

  /** After a change: recompute soon (once for a burst of changes) and push the figures. */
  changed(officeId: string): void {
    if (this.timers.has(officeId)) return;
    const sinceLast = performance.now() - (this.lastStart.get(officeId) ?? -Infinity);
    const timer = setTimeout(
      () => {
        this.timers.delete(officeId);
        this.refresh(officeId);
      },
      Math.max(DEBOUNCE_MS, MIN_INTERVAL_MS - sinceLast),
    );
    timer.unref?.();
    this.timers.set(officeId, timer);
  }

  /**
   * Makes fresh estimates in slices of a few milliseconds (one simulated run per step), then
   * pushes the queue figures. A change meanwhile starts another round when this one is done.
   */
  private refresh(officeId: string): void {
    if (this.closed) return;
    if (this.running.has(officeId)) {
      this.dirty.add(officeId);
      return;
    }
    this.lastStart.set(officeId, performance.now());
    const setup = this.deps.engine.setup(officeId);
    const state = this.deps.engine.state(officeId);
    const model = this.model(officeId);
    if (!setup || !state || !model) return;
    const push = () => this.deps.pushQueues(officeId, state.seq, this.queues(officeId));
    if (this.cache.get(officeId)?.seq === state.seq) return push();
    const steps = estimateStepwise(state, setup, this.deps.clock(), model, {
      runs: ESTIMATE_RUNS,
      seed: state.seq,
      newcomers: setup.services.map((s) => s.id),
    });
    this.running.add(officeId);
    const slice = () => {
      if (this.closed) return;
      try {
        const until = performance.now() + SLICE_MS;
        for (;;) {
          const step = steps.next();
          if (step.done) {
            this.cache.set(officeId, { seq: state.seq, estimates: step.value });
            this.running.delete(officeId);
            push();
            if (this.dirty.delete(officeId)) this.changed(officeId);
            return;
          }
          if (performance.now() > until) break;
        }
        setImmediate(slice);
      } catch (error) {
        this.running.delete(officeId);
        this.deps.reportError(error, { during: 'estimates', officeId });
      }
    };
    slice();
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
