/**
 * Owns: the kiosk's screens as a small state machine — department → service → drawing → ticket
 * (or failed) — and how long each screen may sit idle before the kiosk starts over.
 * Pure, so every path (back, timeout, failure) is a unit test, not a click-through.
 */
import type { DrawResult } from '#protocol/events.ts';
import type { ClientError } from '#web/client-result.ts';

export type KioskScreen =
  | { name: 'start' }
  | { name: 'services'; departmentId: string }
  | { name: 'drawing'; departmentId: string; serviceId: string }
  | { name: 'ticket'; departmentId: string; serviceId: string; result: DrawResult }
  | { name: 'failed'; departmentId: string; serviceId: string; error: ClientError };

export type KioskEvent =
  | { type: 'choose-department'; departmentId: string }
  | { type: 'choose-service'; serviceId: string }
  | { type: 'drawn'; result: DrawResult }
  | { type: 'draw-failed'; error: ClientError }
  | { type: 'back' }
  | { type: 'reset' };

export const START: KioskScreen = { name: 'start' };

/** The ticket stays readable for 20 s; anywhere else a kiosk left alone for 60 s starts over. */
export const TICKET_SCREEN_MS = 20_000;
export const INACTIVITY_MS = 60_000;

export function nextScreen(screen: KioskScreen, event: KioskEvent): KioskScreen {
  switch (event.type) {
    case 'reset':
      return START;
    case 'choose-department':
      return screen.name === 'start' ? { name: 'services', departmentId: event.departmentId } : screen;
    case 'choose-service':
      // From `failed` this is "try again"; from `drawing` a second touch must not draw twice.
      return screen.name === 'services' || screen.name === 'failed'
        ? { name: 'drawing', departmentId: screen.departmentId, serviceId: event.serviceId }
        : screen;
    case 'drawn':
      return screen.name === 'drawing' ? { ...screen, name: 'ticket', result: event.result } : screen;
    case 'draw-failed':
      return screen.name === 'drawing' ? { ...screen, name: 'failed', error: event.error } : screen;
    case 'back':
      if (screen.name === 'services') return START;
      if (screen.name === 'failed') return { name: 'services', departmentId: screen.departmentId };
      if (screen.name === 'ticket') return START;
      return screen;
  }
}

/** How long the screen may stay untouched; undefined while waiting for the server. */
export function idleLimitMs(screen: KioskScreen): number | undefined {
  if (screen.name === 'drawing') return undefined;
  return screen.name === 'ticket' ? TICKET_SCREEN_MS : INACTIVITY_MS;
}
