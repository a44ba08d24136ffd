import { describe, expect, it } from 'vitest';
import { t } from '#i18n/translate.ts';
import { checkInErrorMessage, checkInRecovery, closedReasonKey } from './messages.ts';

describe('why a service takes no numbers', () => {
  it('names the reason the server gives, and "closed" without one', () => {
    expect(closedReasonKey({ closedReason: 'outside_hours' })).toBe('kiosk.service.outsideHours');
    expect(closedReasonKey({ closedReason: 'daily_cap_reached' })).toBe('kiosk.service.dailyCap');
    expect(closedReasonKey({ closedReason: 'inactive' })).toBe('kiosk.service.closed');
    expect(closedReasonKey({})).toBe('kiosk.service.closed');
  });
});

describe('check-in errors', () => {
  const text = (code: Parameters<typeof checkInErrorMessage>[0]['code']) => {
    const message = checkInErrorMessage({ code });
    return t('de', message.key, message.params);
  };

  it('words each check-in error for the citizen', () => {
    expect(text('check_in_too_early')).toBe(
      'Ihr Termin beginnt erst später. Bitte kommen Sie höchstens 30 Minuten vor Ihrem Termin wieder.',
    );
    expect(text('not_found')).toBe(
      'Wir finden diesen Termin nicht. Bitte prüfen Sie den Code oder ziehen Sie eine Wartenummer.',
    );
    expect(text('check_in_too_late')).toBe('Die Zeit zum Einchecken für diesen Termin ist vorbei.');
    expect(text('validation_failed')).toMatch(/^Dieser Code ist unvollständig/);
  });

  it('falls back to the general text of any other error', () => {
    expect(checkInErrorMessage({ code: 'offline' })).toEqual({ key: 'error.offline' });
  });

  it('offers to correct a mistyped code, to retry a lost answer, and staff for the rest', () => {
    expect(checkInRecovery({ code: 'not_found' }, 'keypad')).toEqual({
      editCode: true,
      retry: false,
      askStaff: false,
    });
    expect(checkInRecovery({ code: 'offline' }, 'keypad')).toEqual({
      editCode: false,
      retry: true,
      askStaff: false,
    });
    // The reader's code is not known to the page: it cannot be sent again from here.
    expect(checkInRecovery({ code: 'offline' }, 'reader').retry).toBe(false);
    expect(checkInRecovery({ code: 'check_in_too_late' }, 'reader')).toEqual({
      editCode: false,
      retry: false,
      askStaff: true,
    });
    expect(checkInRecovery({ code: 'check_in_too_early' }, 'keypad').askStaff).toBe(false);
  });
});
