import { describe, expect, it } from 'vitest';
import type { DrawResult } from '#protocol/events.ts';
import {
  canGoBack,
  canRetry,
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
    expect(nextScreen(drawing, { type: 'open-check-in' })).toBe(drawing);
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
    expect(run({ type: 'open-check-in' }, { type: 'code-key', key: 'L' }, { type: 'reset' })).toEqual(START);
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
    expect(
      [
        run({ type: 'open-check-in' }),
        run({ type: 'open-check-in' }, ...typed('LEV-4711'), { type: 'submit-code' }),
      ].map(canGoBack),
    ).toEqual([true, false]);
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
  const pad = (entered: string, extra: Partial<Extract<KioskScreen, { name: 'staff' }>> = {}) => ({
    name: 'staff',
    entered,
    checking: false,
    rejected: undefined,
    ...extra,
  });

  it('collects digits, deletes the last one and cancels back to the start', () => {
    const screen = run({ type: 'open-staff' }, ...digits('4', '7', '1'), { type: 'pin-delete' });
    expect(screen).toEqual(pad('47'));
    expect(nextScreen(screen, { type: 'back' })).toEqual(START);
  });

  it('takes digits only, and no more than the longest PIN', () => {
    const screen = run({ type: 'open-staff' }, ...digits('x', '12', ...'1234567890'.split('')));
    expect(screen).toEqual(pad('12345678'));
    expect(PIN_MAX_DIGITS).toBe(8);
  });

  it('asks the server for a PIN of at least 4 digits and takes no digits meanwhile', () => {
    const checking = run({ type: 'open-staff' }, ...digits('1', '2', '3', '4'), { type: 'pin-submit' });
    expect(checking).toEqual(pad('1234', { checking: true }));
    expect(nextScreen(checking, { type: 'pin-digit', digit: '5' })).toBe(checking);
    expect(nextScreen(checking, { type: 'pin-submit' })).toBe(checking);
  });

  it('calls a PIN shorter than any PIN wrong without asking', () => {
    expect(run({ type: 'open-staff' }, ...digits('1', '2'), { type: 'pin-submit' })).toEqual(
      pad('', { rejected: 'forbidden' }),
    );
  });

  it('clears the digits when the server refuses and says why until the next digit', () => {
    const wrong = run(
      { type: 'open-staff' },
      ...digits('1', '2', '3', '4'),
      { type: 'pin-submit' },
      {
        type: 'pin-rejected',
        code: 'rate_limited',
      },
    );
    expect(wrong).toEqual(pad('', { rejected: 'rate_limited' }));
    expect(nextScreen(wrong, { type: 'pin-digit', digit: '4' })).toEqual(pad('4'));
  });
});

const typed = (code: string): KioskEvent[] => [...code].map((key) => ({ type: 'code-key', key }));
const appointment = {
  ticket: { number: 'A-001', serviceId: 'ausweis', departmentId: 'buergerbuero' },
  peopleAhead: 0,
  print: { status: 'printed' },
} as DrawResult;

describe('appointment check-in', () => {
  it('types a code on the keypad and checks in to the ticket screen', () => {
    const keypad = run({ type: 'open-check-in' }, ...typed('lev-47119'), { type: 'code-delete' });
    expect(keypad).toEqual({ name: 'check-in', code: 'LEV-4711' });
    const checking = nextScreen(keypad, { type: 'submit-code' });
    expect(checking).toEqual({ name: 'checking-in', code: 'LEV-4711' });
    expect(nextScreen(checking, { type: 'code-key', key: 'X' })).toBe(checking);
    expect(nextScreen(checking, { type: 'back' })).toBe(checking);
    expect(nextScreen(checking, { type: 'checked-in', result: appointment })).toEqual({
      name: 'ticket',
      departmentId: 'buergerbuero',
      serviceId: 'ausweis',
      from: 'check-in',
      result: appointment,
    });
  });

  it('says a code that is too short is incomplete without asking the server', () => {
    expect(run({ type: 'open-check-in' }, ...typed('LE'), { type: 'submit-code' })).toMatchObject({
      name: 'check-in-failed',
      code: 'LE',
      source: 'keypad',
      error: { code: 'validation_failed' },
    });
  });

  it('goes back to the keypad with the code after an unknown code, to correct it', () => {
    const failed = run(
      { type: 'open-check-in' },
      ...typed('LEV-0000'),
      { type: 'submit-code' },
      {
        type: 'check-in-failed',
        error: { code: 'not_found', message: '' },
      },
    );
    expect(failed).toMatchObject({ name: 'check-in-failed', code: 'LEV-0000', source: 'keypad' });
    expect(nextScreen(failed, { type: 'edit-code' })).toEqual({ name: 'check-in', code: 'LEV-0000' });
    expect(nextScreen(failed, { type: 'back' })).toEqual({ name: 'check-in', code: 'LEV-0000' });
    expect(nextScreen(failed, { type: 'submit-code' })).toEqual({ name: 'checking-in', code: 'LEV-0000' });
  });

  it('shows a check-in by the agent’s reader from any screen, but not while this page waits for an answer', () => {
    const byReader: KioskEvent = { type: 'reader-check-in', result: { ok: true, data: appointment } };
    const services = run({ type: 'choose-department', departmentId: 'd' });
    expect(nextScreen(services, byReader)).toMatchObject({ name: 'ticket', from: 'check-in' });
    expect(run({ type: 'open-staff' }, byReader).name).toBe('ticket');
    const drawing = run(
      { type: 'choose-department', departmentId: 'd' },
      { type: 'choose-service', serviceId: 's' },
    );
    expect(nextScreen(drawing, byReader)).toBe(drawing);
    const checking = run({ type: 'open-check-in' }, ...typed('LEV-4711'), { type: 'submit-code' });
    expect(nextScreen(checking, byReader)).toBe(checking);
  });

  it('shows a failed check-in by the reader, whose way back is the start', () => {
    const failed = run({
      type: 'reader-check-in',
      result: { ok: false, error: { code: 'check_in_too_late', message: '' } },
    });
    expect(failed).toEqual({
      name: 'check-in-failed',
      code: '',
      source: 'reader',
      error: { code: 'check_in_too_late', message: '' },
    });
    expect(nextScreen(failed, { type: 'back' })).toEqual(START);
    expect(nextScreen(failed, { type: 'submit-code' })).toBe(failed);
    expect(nextScreen(failed, { type: 'edit-code' })).toEqual({ name: 'check-in', code: '' });
  });
});
