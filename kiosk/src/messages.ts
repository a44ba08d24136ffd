/**
 * Owns: which catalog text the kiosk shows for a state the server reports — why a service takes
 * no numbers, why a check-in did not work and what the citizen can do next. Pure; the screens
 * call `t()` with the key.
 */
import type { ServiceView } from '#protocol/office.ts';
import { errorKey, type MessageKey, type Params } from '#i18n/translate.ts';
import type { ClientError } from '#web/client-result.ts';
import type { CheckInSource } from './flow.ts';

/**
 * How early an appointment may check in: the server's default window. The error does not say
 * the office's own value yet, so an office with another window needs the server to send it.
 */
export const CHECK_IN_EARLY_MINUTES = 30;

/** The short reason on a disabled service button. */
export function closedReasonKey(service: Pick<ServiceView, 'closedReason'>): MessageKey {
  switch (service.closedReason) {
    case 'outside_hours':
      return 'kiosk.service.outsideHours';
    case 'daily_cap_reached':
      return 'kiosk.service.dailyCap';
    default:
      return 'kiosk.service.closed';
  }
}

export interface Message {
  key: MessageKey;
  params?: Params;
}

/** Why a check-in did not work, in words for the citizen (the general error text otherwise). */
export function checkInErrorMessage(error: Pick<ClientError, 'code'>): Message {
  switch (error.code) {
    case 'check_in_too_early':
      return { key: 'kiosk.checkIn.tooEarly', params: { n: CHECK_IN_EARLY_MINUTES } };
    case 'check_in_too_late':
      return { key: 'kiosk.checkIn.tooLate' };
    case 'not_found':
      return { key: 'kiosk.checkIn.notFound' };
    case 'validation_failed':
      return { key: 'kiosk.checkIn.malformed' };
    default:
      return { key: errorKey(error.code) };
  }
}

/** What the check-in error screen offers besides "take a normal number", which it always offers. */
export interface CheckInRecovery {
  /** the code may be mistyped: back to the keypad with it */
  editCode: boolean;
  /** the answer was lost or not stored: the same code again may work */
  retry: boolean;
  /** nothing the citizen can do here changes it: send them to the information desk */
  askStaff: boolean;
}

export function checkInRecovery(error: Pick<ClientError, 'code'>, source: CheckInSource): CheckInRecovery {
  const mistyped = error.code === 'not_found' || error.code === 'validation_failed';
  const lost = error.code === 'offline' || error.code === 'storage_failed';
  return {
    editCode: mistyped,
    retry: lost && source === 'keypad',
    askStaff: !mistyped && !lost && error.code !== 'check_in_too_early',
  };
}
