/**
 * The test twin of `systemClock`: time moves only when the test calls `advance()`, which runs the
 * due timers in order. Tests never sleep.
 */
import type { ReaderClock } from './clock.ts';

export interface ManualClock extends ReaderClock {
  /** Moves time forward by `ms`, running every timer that falls due, earliest first. */
  advance(ms: number): void;
  /** Timers scheduled and neither run nor cancelled. */
  pendingTimers(): number;
}

export function createManualClock(startMs = Date.UTC(2026, 10, 16, 9, 0, 0)): ManualClock {
  let now = startMs;
  let nextId = 0;
  const timers = new Map<number, { dueMs: number; callback: () => void }>();

  return {
    now: () => now,
    setTimer(delayMs, callback) {
      const id = nextId++;
      timers.set(id, { dueMs: now + Math.max(0, delayMs), callback });
      return () => {
        timers.delete(id);
      };
    },
    advance(ms) {
      const target = now + ms;
      for (;;) {
        let dueId: number | undefined;
        let dueMs = Infinity;
        for (const [id, timer] of timers) {
          if (timer.dueMs <= target && timer.dueMs < dueMs) {
            dueId = id;
            dueMs = timer.dueMs;
          }
        }
        if (dueId === undefined) break;
        const timer = timers.get(dueId)!;
        timers.delete(dueId);
        now = dueMs;
        timer.callback();
      }
      now = target;
    },
    pendingTimers: () => timers.size,
  };
}
