import { describe, expect, it } from 'vitest';
import type { DrawResult } from '#protocol/events.ts';
import {
  canGoBack,
  canRetry,
  isStaffPin,
  nextScreen,
  PIN_MAX_DIGITS,
  START,
  type KioskEvent,
  type KioskScreen,
} from './flow.ts';

const result = { ticket: { number: 'A-001' }, peopleAhead: 2, print: { status: 'printed' } } as DrawResult;
const run = (...events: KioskEvent[]): KioskScreen => events.reduce(nextScreen, START);
const closed = { code: 'service_closed', message: '' } as const;

describe('kiosk flow', () => {
  it('goes from department to service to a drawn ticket', () => {
    const screen = run(
      { type: 'choose-department', departmentId: 'buergerbuero' },
      { type: 'choose-service', serviceId: 'registration' },
      { type: 'drawn', result },
    );
    expect(screen).toEqual({
      name: 'ticket',
      departmentId: 'buergerbuero',
      serviceId: 'registration',
      from: 'services',
      result,
    });
  });

  it('draws a fast-path service straight from the start screen', () => {
    const fast: KioskEvent = { type: 'choose-fast-path', departmentId: 'bb', serviceId: 'abholung' };
    expect(run(fast)).toEqual({ name: 'drawing', departmentId: 'bb', serviceId: 'abholung', from: 'start' });
    expect(run(fast, { type: 'drawn', result }).name).toBe('ticket');
  });

  it('offers the fast path only on the start screen', () => {
    const services = run({ type: 'choose-department', departmentId: 'd' });
    expect(nextScreen(services, { type: 'choose-fast-path', departmentId: 'd', serviceId: 's' })).toBe(
      services,
    );
  });

  it('ignores a second touch while the ticket is being drawn', () => {
    const drawing = run(
      { type: 'choose-department', departmentId: 'd' },
      { type: 'choose-service', serviceId: 's' },
    );
    expect(nextScreen(drawing, { type: 'choose-service', serviceId: 'other' })).toBe(drawing);
    expect(nextScreen(drawing, { type: 'back' })).toBe(drawing);
    expect(nextScreen(drawing, { type: 'open-staff' })).toBe(drawing);
  });

  it('shows a failed draw and can try again or go back to the services', () => {
    const failed = run(
      { type: 'choose-department', departmentId: 'd' },
      { type: 'choose-service', serviceId: 's' },
      { type: 'draw-failed', error: { code: 'offline', message: '' } },
    );
    expect(failed.name).toBe('failed');
    expect(nextScreen(failed, { type: 'choose-service', serviceId: 's' }).name).toBe('drawing');
    expect(nextScreen(failed, { type: 'back' })).toEqual({ name: 'services', departmentId: 'd' });
  });

  it('goes back to the start after a failed fast-path draw, where the citizen came from', () => {
    const failed = run(
      { type: 'choose-fast-path', departmentId: 'd', serviceId: 'abholung' },
      { type: 'draw-failed', error: closed },
    );
    expect(nextScreen(failed, { type: 'back' })).toEqual(START);
  });

  it('goes back from the services to the start', () => {
    expect(run({ type: 'choose-department', departmentId: 'd' }, { type: 'back' })).toEqual(START);
  });

  it('starts over on reset from anywhere', () => {
    expect(run({ type: 'choose-department', departmentId: 'd' }, { type: 'reset' })).toEqual(START);
    expect(run({ type: 'open-staff' }, { type: 'pin-digit', digit: '1' }, { type: 'reset' })).toEqual(START);
  });

  it('offers "back" in the bar on the service list and after a failed draw only', () => {
    const services = run({ type: 'choose-department', departmentId: 'd' });
    const failed = run(
      { type: 'choose-department', departmentId: 'd' },
      { type: 'choose-service', serviceId: 's' },
      { type: 'draw-failed', error: closed },
    );
    expect([START, services, failed, run({ type: 'open-staff' })].map(canGoBack)).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});

describe('failed draws', () => {
  it('offers a retry for a lost connection but not for a closed service or a reached daily cap', () => {
    expect(canRetry({ code: 'offline', message: '' })).toBe(true);
    expect(canRetry({ code: 'storage_failed', message: '' })).toBe(true);
    expect(canRetry(closed)).toBe(false);
    expect(canRetry({ code: 'daily_cap_reached', message: '' })).toBe(false);
  });
});

describe('staff PIN pad', () => {
  const digits = (...ds: string[]): KioskEvent[] => ds.map((digit) => ({ type: 'pin-digit', digit }));

  it('collects digits, deletes the last one and cancels back to the start', () => {
    const pad = run({ type: 'open-staff' }, ...digits('4', '7', '1'), { type: 'pin-delete' });
    expect(pad).toEqual({ name: 'staff', entered: '47', wrong: false });
    expect(nextScreen(pad, { type: 'back' })).toEqual(START);
  });

  it('takes digits only, and no more than the longest PIN', () => {
    const pad = run({ type: 'open-staff' }, ...digits('x', '12', ...'1234567890'.split('')));
    expect(pad).toEqual({ name: 'staff', entered: '12345678', wrong: false });
    expect(PIN_MAX_DIGITS).toBe(8);
  });

  it('clears the digits on a wrong PIN and says so until the next digit', () => {
    const wrong = run({ type: 'open-staff' }, ...digits('1', '2'), { type: 'pin-rejected' });
    expect(wrong).toEqual({ name: 'staff', entered: '', wrong: true });
    expect(nextScreen(wrong, { type: 'pin-digit', digit: '4' })).toEqual({
      name: 'staff',
      entered: '4',
      wrong: false,
    });
  });

  it('accepts only the configured PIN, and nothing when none is configured', () => {
    expect(isStaffPin('4711', '4711')).toBe(true);
    expect(isStaffPin('4712', '4711')).toBe(false);
    expect(isStaffPin('', undefined)).toBe(false);
    expect(isStaffPin('', '')).toBe(false);
  });
});
