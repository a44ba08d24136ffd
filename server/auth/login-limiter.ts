/**
 * Owns: keeping password checks from being abused. scrypt runs on libuv's thread pool — the same
 * pool every fsync goes through — so a flood of logins would delay every durable ticket. Limits:
 * attempts per client address per minute, and at most a few scrypt runs at a time with a short
 * queue; past either, `rate_limited` at once. And per user name: after a number of failed
 * passwords (from any addresses: guessing spread over many machines) the name is locked for a
 * while; a correct password before that clears its count.
 */
export interface LoginLimits {
  attemptsPerMinute: number;
  concurrent: number;
  queued: number;
  /** failed logins of one user name within `lockMinutes` before it is locked for the rest of them */
  failuresPerUser: number;
  lockMinutes: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  attemptsPerMinute: 20,
  concurrent: 2,
  queued: 16,
  failuresPerUser: 10,
  lockMinutes: 15,
};

export class LoginLimiter {
  private windows = new Map<string, { start: number; count: number }>();
  private failures = new Map<string, { start: number; count: number }>();
  private running = 0;
  private waiting: (() => void)[] = [];

  private readonly limits: LoginLimits;

  /** `limits`: what differs from the login defaults (the same windows also limit draws, card reads) */
  constructor(
    private readonly clock: () => number,
    limits: Partial<LoginLimits> = {},
  ) {
    this.limits = { ...DEFAULT_LOGIN_LIMITS, ...limits };
  }

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

  /** Whether this user name is locked after too many wrong passwords. */
  locked(username: string): boolean {
    const f = this.failures.get(username.toLowerCase());
    if (!f) return false;
    if (this.clock() - f.start >= this.limits.lockMinutes * 60_000) {
      this.failures.delete(username.toLowerCase());
      return false;
    }
    return f.count >= this.limits.failuresPerUser;
  }

  /** Records the outcome of a password check for a user name. */
  outcome(username: string, success: boolean): void {
    const key = username.toLowerCase();
    if (success) return void this.failures.delete(key);
    const now = this.clock();
    if (this.failures.size > 10_000) {
      const window = this.limits.lockMinutes * 60_000;
      for (const [name, f] of this.failures) if (now - f.start >= window) this.failures.delete(name);
    }
    const f = this.failures.get(key);
    if (!f || now - f.start >= this.limits.lockMinutes * 60_000)
      this.failures.set(key, { start: now, count: 1 });
    else f.count++;
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
