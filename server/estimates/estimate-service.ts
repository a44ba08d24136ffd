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
import { estimateWaits, type Estimate, type Estimates } from '../core/estimate/forward.ts';
import { serviceTimeModel, type ServiceTimeModel } from '../core/estimate/service-times.ts';
import type { DayStats } from '../core/stats/day-stats.ts';
import { queuesOf } from '../core/views.ts';
import type { Engine } from '../engine/engine.ts';

/** Simulated runs per estimate: enough for stable 10th/90th percentiles, cheap enough per change. */
const RUNS = 120;
/** Business days of history the service times are learned from. */
export const HISTORY_DAYS = 20;
const DEBOUNCE_MS = 200;

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

  constructor(private readonly deps: EstimateServiceDeps) {}

  /** Learns (again) from history: at start and whenever a day has closed. */
  async learn(officeId: string): Promise<void> {
    const setup = this.deps.engine.setup(officeId);
    if (!setup) return;
    const history = await this.deps.history(officeId, HISTORY_DAYS);
    this.models.set(officeId, serviceTimeModel(setup, history));
    this.cache.delete(officeId);
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
   * debounce behind; `changed` is already making fresh ones). Computed here only when there are
   * none yet, so a burst of draws never waits for a simulation each.
   */
  latest(officeId: string): Estimates | undefined {
    return this.cache.get(officeId)?.estimates ?? this.current(officeId);
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
      runs: RUNS,
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
    const timer = setTimeout(() => {
      this.timers.delete(officeId);
      try {
        const state = this.deps.engine.state(officeId);
        this.current(officeId); // fresh estimates for the state as it is now
        if (state) this.deps.pushQueues(officeId, state.seq, this.queues(officeId));
      } catch (error) {
        this.deps.reportError(error, { during: 'estimates', officeId });
      }
    }, DEBOUNCE_MS);
    timer.unref?.();
    this.timers.set(officeId, timer);
  }

  close(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
