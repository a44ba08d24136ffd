import { describe, expect, it } from 'vitest';
import type { DrawResult } from '#protocol/events.ts';
import { START, type KioskScreen } from './flow.ts';
import { DEFAULT_IDLE_LIMITS, idleLimitMs, idleLimits, showsMoreTimePrompt } from './idle.ts';

const ticket: KioskScreen = {
  name: 'ticket',
  departmentId: 'd',
  serviceId: 's',
  from: 'services',
  result: {} as DrawResult,
};
const services: KioskScreen = { name: 'services', departmentId: 'd' };
const drawing: KioskScreen = { name: 'drawing', departmentId: 'd', serviceId: 's', from: 'services' };

describe('idle limits', () => {
  it('gives the ticket screen 20 s, choosing screens 60 s, and no limit while waiting for the server', () => {
    expect(idleLimitMs(ticket, DEFAULT_IDLE_LIMITS, false)).toBe(20_000);
    expect(idleLimitMs(services, DEFAULT_IDLE_LIMITS, false)).toBe(60_000);
    const staff: KioskScreen = { name: 'staff', entered: '', checking: false, rejected: undefined };
    expect(idleLimitMs(staff, DEFAULT_IDLE_LIMITS, false)).toBe(60_000);
    expect(idleLimitMs({ name: 'check-in', code: 'LEV' }, DEFAULT_IDLE_LIMITS, false)).toBe(60_000);
    expect(idleLimitMs(drawing, DEFAULT_IDLE_LIMITS, true)).toBeUndefined();
    expect(idleLimitMs({ name: 'checking-in', code: 'LEV-4711' }, DEFAULT_IDLE_LIMITS, true)).toBeUndefined();
  });

  it('leaves an untouched start screen alone but resets a changed language or display mode', () => {
    expect(idleLimitMs(START, DEFAULT_IDLE_LIMITS, false)).toBeUndefined();
    expect(idleLimitMs(START, DEFAULT_IDLE_LIMITS, true)).toBe(60_000);
  });

  it('shortens every limit for ?idle=, the ticket screen never beyond its 20 s', () => {
    expect(idleLimits(12)).toEqual({ inactivityMs: 12_000, ticketMs: 12_000 });
    expect(idleLimits(120)).toEqual({ inactivityMs: 120_000, ticketMs: 20_000 });
    expect(idleLimits()).toBe(DEFAULT_IDLE_LIMITS);
  });
});

describe('more time prompt', () => {
  it('appears in the last 10 seconds before the reset', () => {
    expect([undefined, 60, 11, 10, 1].map(showsMoreTimePrompt)).toEqual([false, false, false, true, true]);
  });
});
