import { describe, expect, it } from 'vitest';
import type { DrawResult } from '#protocol/events.ts';
import { idleLimitMs, nextScreen, START, type KioskEvent, type KioskScreen } from './flow.ts';

const result = { ticket: { number: 'A-001' }, peopleAhead: 2, print: { status: 'printed' } } as DrawResult;
const run = (...events: KioskEvent[]): KioskScreen => events.reduce(nextScreen, START);

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
      result,
    });
  });

  it('ignores a second touch while the ticket is being drawn', () => {
    const drawing = run(
      { type: 'choose-department', departmentId: 'd' },
      { type: 'choose-service', serviceId: 's' },
    );
    expect(nextScreen(drawing, { type: 'choose-service', serviceId: 'other' })).toBe(drawing);
    expect(nextScreen(drawing, { type: 'back' })).toBe(drawing);
  });

  it('shows a failed draw and can try again or go back to the services', () => {
    const failed = run(
      { type: 'choose-department', departmentId: 'd' },
      { type: 'choose-service', serviceId: 's' },
      { type: 'draw-failed', error: { code: 'service_closed', message: '' } },
    );
    expect(failed.name).toBe('failed');
    expect(nextScreen(failed, { type: 'choose-service', serviceId: 's' }).name).toBe('drawing');
    expect(nextScreen(failed, { type: 'back' })).toEqual({ name: 'services', departmentId: 'd' });
  });

  it('goes back from the services to the start', () => {
    expect(run({ type: 'choose-department', departmentId: 'd' }, { type: 'back' })).toEqual(START);
  });

  it('starts over on reset from anywhere', () => {
    expect(run({ type: 'choose-department', departmentId: 'd' }, { type: 'reset' })).toEqual(START);
  });

  it('gives the ticket screen 20 s, other screens 60 s, and no limit while drawing', () => {
    expect(idleLimitMs({ name: 'ticket', departmentId: 'd', serviceId: 's', result })).toBe(20_000);
    expect(idleLimitMs({ name: 'services', departmentId: 'd' })).toBe(60_000);
    expect(idleLimitMs(START)).toBe(60_000);
    expect(idleLimitMs({ name: 'drawing', departmentId: 'd', serviceId: 's' })).toBeUndefined();
  });
});
