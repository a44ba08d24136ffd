import { describe, expect, it } from 'vitest';
import { LoginLimiter } from './login-limiter.ts';

describe('LoginLimiter', () => {
  it('allows a number of attempts per address and minute', () => {
    const now = { t: 0 };
    const limiter = new LoginLimiter(() => now.t, {
      attemptsPerMinute: 3,
      concurrent: 1,
      queued: 1,
    });
    expect([1, 2, 3, 4].map(() => limiter.allow('10.0.0.1'))).toEqual([true, true, true, false]);
    expect(limiter.allow('10.0.0.2')).toBe(true);
    now.t += 60_000;
    expect(limiter.allow('10.0.0.1')).toBe(true);
  });

  it('locks a user name after 10 wrong passwords in 15 minutes, from any address; a right one clears', () => {
    const now = { t: 0 };
    const limiter = new LoginLimiter(() => now.t);
    for (let i = 0; i < 9; i++) limiter.outcome('Clerk1', false);
    expect(limiter.locked('clerk1')).toBe(false);
    limiter.outcome('clerk1', true);
    for (let i = 0; i < 9; i++) limiter.outcome('clerk1', false);
    expect(limiter.locked('clerk1')).toBe(false); // the right password cleared the earlier ones
    limiter.outcome('clerk1', false);
    expect(limiter.locked('clerk1')).toBe(true);
    expect(limiter.locked('clerk2')).toBe(false);
    now.t += 15 * 60_000;
    expect(limiter.locked('clerk1')).toBe(false);
  });

  it('runs few checks at once and turns the overflow away at once', async () => {
    const limiter = new LoginLimiter(() => 0, {
      attemptsPerMinute: 100,
      concurrent: 1,
      queued: 1,
    });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let active = 0;
    let most = 0;
    const check = async () => {
      active++;
      most = Math.max(most, active);
      await gate;
      active--;
      return 'checked';
    };
    const first = limiter.run(check);
    const second = limiter.run(check);
    expect(await limiter.run(check)).toBe('busy');
    release();
    expect(await Promise.all([first, second])).toEqual(['checked', 'checked']);
    expect(most).toBe(1);
  });
});
