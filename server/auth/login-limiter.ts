/**
 * Owns: keeping password checks from being abused. scrypt runs on libuv's thread pool — the same
 * pool every fsync goes through — so a flood of logins would delay every durable ticket. Two
 * limits: attempts per client address per minute, and at most a few scrypt runs at a time with a
 * short queue; past either, `rate_limited` at once.
 */
export interface LoginLimits {
  attemptsPerMinute: number;
  concurrent: number;
  queued: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { attemptsPerMinute: 20, concurrent: 2, queued: 16 };

export class LoginLimiter {
  private windows = new Map<string, { start: number; count: number }>();
  private running = 0;
  private waiting: (() => void)[] = [];

  constructor(
    private readonly clock: () => number,
    private readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
  ) {}

  /** Counts an attempt from this address; false when it is over the per-minute limit. */
  allow(address: string): boolean {
    const now = this.clock();
    if (this.windows.size > 10_000) {
      for (const [key, w] of this.windows) if (now - w.start >= 60_000) this.windows.delete(key);
    }
    const window = this.windows.get(address);
    if (!window || now - window.start >= 60_000) {
      this.windows.set(address, { start: now, count: 1 });
      return true;
    }
    window.count++;
    return window.count <= this.limits.attemptsPerMinute;
  }

  /** Runs a password check when a slot is free; 'busy' when too many are already waiting. */
  async run<T>(check: () => Promise<T>): Promise<T | 'busy'> {
    if (this.running >= this.limits.concurrent) {
      if (this.waiting.length >= this.limits.queued) return 'busy';
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.running++;
    try {
      return await check();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}
