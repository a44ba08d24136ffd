/**
 * Owns: the kiosk's screens as a small state machine — department → service → drawing → ticket
 * (or failed), the fast path from the start screen straight to drawing, and the staff PIN screen.
 * Pure, so every path (back, timeout, failure, wrong PIN) is a unit test, not a click-through.
 * Does not: time anything (idle.ts) or check the PIN against the device's (the model does).
 */
import type { DrawResult } from '#protocol/events.ts';
import type { ClientError } from '#web/client-result.ts';

/** Where a draw started: the start screen's fast path, or a department's service list. */
export type DrawOrigin = 'start' | 'services';

interface Drawn {
  departmentId: string;
  serviceId: string;
  from: DrawOrigin;
}

export type KioskScreen =
  | { name: 'start' }
  | { name: 'services'; departmentId: string }
  | ({ name: 'drawing' } & Drawn)
  | ({ name: 'ticket'; result: DrawResult } & Drawn)
  | ({ name: 'failed'; error: ClientError } & Drawn)
  | { name: 'staff'; entered: string; wrong: boolean };

export type KioskEvent =
  | { type: 'choose-department'; departmentId: string }
  | { type: 'choose-service'; serviceId: string }
  | { type: 'choose-fast-path'; departmentId: string; serviceId: string }
  | { type: 'drawn'; result: DrawResult }
  | { type: 'draw-failed'; error: ClientError }
  | { type: 'back' }
  | { type: 'reset' }
  | { type: 'open-staff' }
  | { type: 'pin-digit'; digit: string }
  | { type: 'pin-delete' }
  | { type: 'pin-rejected' };

export const START: KioskScreen = { name: 'start' };

/** Longest PIN the keypad takes; a longer one is configured wrongly and can never be entered. */
export const PIN_MAX_DIGITS = 8;

export function nextScreen(screen: KioskScreen, event: KioskEvent): KioskScreen {
  switch (event.type) {
    case 'reset':
      return START;
    case 'choose-department':
      return screen.name === 'start' ? { name: 'services', departmentId: event.departmentId } : screen;
    case 'choose-service':
      // From `failed` this is "try again"; from `drawing` a second touch must not draw twice.
      if (screen.name === 'services') {
        return drawing({ departmentId: screen.departmentId, serviceId: event.serviceId, from: 'services' });
      }
      if (screen.name === 'failed') return drawing(screen);
      return screen;
    case 'choose-fast-path':
      return screen.name === 'start' ? drawing({ ...event, from: 'start' }) : screen;
    case 'drawn':
      return screen.name === 'drawing' ? { ...screen, name: 'ticket', result: event.result } : screen;
    case 'draw-failed':
      return screen.name === 'drawing' ? { ...screen, name: 'failed', error: event.error } : screen;
    case 'back':
      return back(screen);
    case 'open-staff':
      return screen.name === 'drawing' ? screen : { name: 'staff', entered: '', wrong: false };
    case 'pin-digit':
      return screen.name === 'staff' && /^\d$/.test(event.digit) && screen.entered.length < PIN_MAX_DIGITS
        ? { name: 'staff', entered: screen.entered + event.digit, wrong: false }
        : screen;
    case 'pin-delete':
      return screen.name === 'staff' ? { ...screen, entered: screen.entered.slice(0, -1) } : screen;
    case 'pin-rejected':
      return screen.name === 'staff' ? { name: 'staff', entered: '', wrong: true } : screen;
  }
}

function drawing({ departmentId, serviceId, from }: Drawn): KioskScreen {
  return { name: 'drawing', departmentId, serviceId, from };
}

function back(screen: KioskScreen): KioskScreen {
  switch (screen.name) {
    case 'services':
    case 'ticket':
    case 'staff':
      return START;
    case 'failed':
      return screen.from === 'start' ? START : { name: 'services', departmentId: screen.departmentId };
    case 'start':
    case 'drawing':
      return screen;
  }
}

/** Whether the bottom bar offers "Zurück" (the ticket has "Fertig", the PIN pad "Abbrechen"). */
export function canGoBack(screen: KioskScreen): boolean {
  return screen.name === 'services' || screen.name === 'failed';
}

/**
 * Whether trying the same draw again can help. A closed service or a reached daily cap will
 * answer the same; the citizen needs a person, not a retry button.
 */
export function canRetry(error: ClientError): boolean {
  return error.code !== 'service_closed' && error.code !== 'daily_cap_reached';
}

/** Whether the digits on the PIN pad open the way out; never without a configured PIN. */
export function isStaffPin(entered: string, staffPin: string | undefined): boolean {
  return staffPin !== undefined && staffPin.length > 0 && entered === staffPin;
}
