/**
 * Owns: how long each kiosk screen may sit untouched before the kiosk starts over for the next
 * citizen, and when to offer "I need more time" (WCAG 2.2.1: a time limit must be extendable).
 * Pure; the model runs the timer.
 */
import type { KioskScreen } from './flow.ts';

export interface IdleLimits {
  /** any screen where the citizen is choosing */
  inactivityMs: number;
  /** the ticket stays readable this long after drawing */
  ticketMs: number;
}

/** The ticket stays readable for 20 s; anywhere else a kiosk left alone for 60 s starts over. */
export const DEFAULT_IDLE_LIMITS: IdleLimits = { inactivityMs: 60_000, ticketMs: 20_000 };

/** The "more time" prompt shows this long before the reset. */
export const MORE_TIME_PROMPT_MS = 10_000;

/**
 * Limits with the inactivity set to `idleSeconds` — the device setting, or `?idle=` in tests (the
 * ticket screen never longer than that).
 */
export function idleLimits(idleSeconds?: number): IdleLimits {
  if (idleSeconds === undefined) return DEFAULT_IDLE_LIMITS;
  const inactivityMs = idleSeconds * 1000;
  return { inactivityMs, ticketMs: Math.min(DEFAULT_IDLE_LIMITS.ticketMs, inactivityMs) };
}

/**
 * How long the screen may stay untouched; undefined means no limit — while waiting for the
 * server, and on an untouched start screen (German, no display modes), which has nothing to reset.
 */
export function idleLimitMs(
  screen: KioskScreen,
  limits: IdleLimits,
  settingsChanged: boolean,
): number | undefined {
  switch (screen.name) {
    case 'drawing':
    case 'checking-in':
      return undefined;
    case 'start':
      return settingsChanged ? limits.inactivityMs : undefined;
    case 'ticket':
      return limits.ticketMs;
    default:
      return limits.inactivityMs;
  }
}

/** Whether to offer more time, given the seconds left before the reset. */
export function showsMoreTimePrompt(secondsLeft: number | undefined): boolean {
  return secondsLeft !== undefined && secondsLeft * 1000 <= MORE_TIME_PROMPT_MS;
}
