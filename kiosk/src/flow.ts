/**
 * Owns: the kiosk's screens as a small state machine — department → service → drawing → ticket
 * (or failed), the fast path from the start screen straight to drawing, the appointment check-in
 * (keypad → checking in → ticket, or why not), a check-in the kiosk agent made (ID card, scanned
 * code), and the staff PIN screen.
 * Pure, so every path (back, timeout, failure, wrong PIN) is a unit test, not a click-through.
 * Does not: time anything (idle.ts), talk to the server (the model does) or word messages.
 */
import type { DrawResult } from '#protocol/events.ts';
import type { Result } from '#protocol/result.ts';
import type { ClientError } from '#web/client-result.ts';
import type { ClientErrorCode } from '#i18n/translate.ts';
import { appendCodeKey, deleteCodeKey, isCompleteCode } from './code-input.ts';

/** Where a draw started: the start screen's fast path, or a department's service list. */
export type DrawOrigin = 'start' | 'services';
/** Where a ticket came from: a draw, or an appointment check-in (keypad, ID card or scanner). */
export type TicketOrigin = DrawOrigin | 'check-in';
/** Who entered the booking: the citizen on the keypad, or the agent's ID-card reader or scanner. */
export type CheckInSource = 'keypad' | 'reader';

interface Drawn {
  departmentId: string;
  serviceId: string;
  from: DrawOrigin;
}

export type KioskScreen =
  | { name: 'start' }
  | { name: 'services'; departmentId: string }
  | ({ name: 'drawing' } & Drawn)
  | {
      name: 'ticket';
      departmentId: string;
      serviceId: string;
      from: TicketOrigin;
      result: DrawResult;
    }
  | ({ name: 'failed'; error: ClientError } & Drawn)
  | { name: 'check-in'; code: string }
  | { name: 'checking-in'; code: string }
  | { name: 'check-in-failed'; code: string; source: CheckInSource; error: ClientError }
  | {
      name: 'staff';
      entered: string;
      /** the server is checking the PIN */
      checking: boolean;
      /** why the last PIN did not open the way out: `forbidden` is a wrong PIN */
      rejected: ClientErrorCode | undefined;
    };

export type KioskEvent =
  | { type: 'choose-department'; departmentId: string }
  | { type: 'choose-service'; serviceId: string }
  | { type: 'choose-fast-path'; departmentId: string; serviceId: string }
  | { type: 'drawn'; result: DrawResult }
  | { type: 'draw-failed'; error: ClientError }
  | { type: 'back' }
  | { type: 'reset' }
  | { type: 'open-check-in' }
  | { type: 'code-key'; key: string }
  | { type: 'code-delete' }
  /** on the keypad: check in; after a failure that a retry may cure: the same code again */
  | { type: 'submit-code' }
  | { type: 'edit-code' }
  | { type: 'checked-in'; result: DrawResult }
  | { type: 'check-in-failed'; error: ClientError }
  /** the kiosk agent checked someone in (ID card, scanned code) and the server told this page */
  | { type: 'reader-check-in'; result: Result<DrawResult> }
  | { type: 'open-staff' }
  | { type: 'pin-digit'; digit: string }
  | { type: 'pin-delete' }
  | { type: 'pin-submit' }
  | { type: 'pin-rejected'; code: ClientErrorCode };

export const START: KioskScreen = { name: 'start' };

/** Longest PIN the keypad takes; a longer one is configured wrongly and can never be entered. */
export const PIN_MAX_DIGITS = 8;
/** Shortest PIN the server accepts; a shorter entry is wrong without asking it. */
export const PIN_MIN_DIGITS = 4;

type StaffScreen = Extract<KioskScreen, { name: 'staff' }>;
const STAFF: StaffScreen = { name: 'staff', entered: '', checking: false, rejected: undefined };

/** Waiting for the server's answer: a second touch must not draw or check in twice. */
function isBusy(screen: KioskScreen): boolean {
  return screen.name === 'drawing' || screen.name === 'checking-in';
}

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
    case 'open-check-in':
      return isBusy(screen) ? screen : { name: 'check-in', code: '' };
    case 'code-key':
      return screen.name === 'check-in' ? { ...screen, code: appendCodeKey(screen.code, event.key) } : screen;
    case 'code-delete':
      return screen.name === 'check-in' ? { ...screen, code: deleteCodeKey(screen.code) } : screen;
    case 'submit-code':
      return submitCode(screen);
    case 'edit-code':
      return screen.name === 'check-in-failed' ? { name: 'check-in', code: screen.code } : screen;
    case 'checked-in':
      return screen.name === 'checking-in' ? ticketOf(event.result) : screen;
    case 'check-in-failed':
      return screen.name === 'checking-in'
        ? { name: 'check-in-failed', code: screen.code, source: 'keypad', error: event.error }
        : screen;
    case 'reader-check-in':
      // The page's own draw or check-in is answered first; then the next citizen's card counts.
      if (isBusy(screen)) return screen;
      return event.result.ok
        ? ticketOf(event.result.data)
        : { name: 'check-in-failed', code: '', source: 'reader', error: event.result.error };
    case 'open-staff':
      return isBusy(screen) ? screen : STAFF;
    case 'pin-digit':
      return screen.name === 'staff' &&
        !screen.checking &&
        /^\d$/.test(event.digit) &&
        screen.entered.length < PIN_MAX_DIGITS
        ? { ...screen, entered: screen.entered + event.digit, rejected: undefined }
        : screen;
    case 'pin-delete':
      return screen.name === 'staff' && !screen.checking
        ? { ...screen, entered: screen.entered.slice(0, -1) }
        : screen;
    case 'pin-submit':
      if (screen.name !== 'staff' || screen.checking) return screen;
      return screen.entered.length < PIN_MIN_DIGITS
        ? { ...STAFF, rejected: 'forbidden' }
        : { ...screen, checking: true, rejected: undefined };
    case 'pin-rejected':
      return screen.name === 'staff' ? { ...STAFF, rejected: event.code } : screen;
  }
}

function drawing({ departmentId, serviceId, from }: Drawn): KioskScreen {
  return { name: 'drawing', departmentId, serviceId, from };
}

/** The ticket screen for a checked-in appointment: service and department come with the ticket. */
function ticketOf(result: DrawResult): KioskScreen {
  const { serviceId, departmentId } = result.ticket;
  return { name: 'ticket', departmentId, serviceId, from: 'check-in', result };
}

function submitCode(screen: KioskScreen): KioskScreen {
  if (screen.name === 'check-in') {
    return isCompleteCode(screen.code)
      ? { name: 'checking-in', code: screen.code }
      : {
          name: 'check-in-failed',
          code: screen.code,
          source: 'keypad',
          error: { code: 'validation_failed', message: 'not a booking code', field: 'bookingCode' },
        };
  }
  // "Try again" after a lost connection: the server answers a repeated check-in with the same ticket.
  if (screen.name === 'check-in-failed' && screen.source === 'keypad' && isCompleteCode(screen.code)) {
    return { name: 'checking-in', code: screen.code };
  }
  return screen;
}

function back(screen: KioskScreen): KioskScreen {
  switch (screen.name) {
    case 'services':
    case 'ticket':
    case 'staff':
    case 'check-in':
      return START;
    case 'failed':
      return screen.from === 'start' ? START : { name: 'services', departmentId: screen.departmentId };
    case 'check-in-failed':
      return screen.source === 'keypad' ? { name: 'check-in', code: screen.code } : START;
    case 'start':
    case 'drawing':
    case 'checking-in':
      return screen;
  }
}

/** Whether the bottom bar offers "Zurück" (the ticket has "Fertig", the PIN pad "Abbrechen"). */
export function canGoBack(screen: KioskScreen): boolean {
  return (
    screen.name === 'services' ||
    screen.name === 'failed' ||
    screen.name === 'check-in' ||
    screen.name === 'check-in-failed'
  );
}

/**
 * Whether trying the same draw again can help. A closed service or a reached daily cap will
 * answer the same; the citizen needs a person, not a retry button.
 */
export function canRetry(error: ClientError): boolean {
  return error.code !== 'service_closed' && error.code !== 'daily_cap_reached';
}
