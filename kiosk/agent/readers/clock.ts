/**
 * Time for the readers, injected so tests never sleep (house style C5).
 * `systemClock` is the real one; `manual-clock.ts` is the test twin.
 */

/** Cancels a scheduled callback; calling it twice or after it ran does nothing. */
export type CancelTimer = () => void;

export interface ReaderClock {
  /** Epoch milliseconds. */
  now(): number;
  /** Runs `callback` once after `delayMs`. */
  setTimer(delayMs: number, callback: () => void): CancelTimer;
}

export const systemClock: ReaderClock = {
  now: () => Date.now(),
  setTimer(delayMs, callback) {
    const handle = setTimeout(callback, delayMs);
    // A reader's poll or line timeout must never keep the agent process alive on its own.
    handle.unref();
    return () => clearTimeout(handle);
  },
};
