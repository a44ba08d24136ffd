/** Owns: the audit trail's words — what an action was, and when, in Europe/Berlin. Pure. */
import { OFFICE_TIME_ZONE } from './zoned-time.ts';

const ACTIONS: Record<string, string> = {
  'office.created': 'Dienststelle angelegt',
  'office.updated': 'Dienststelle geändert',
  'user.created': 'Benutzer angelegt',
  'user.updated': 'Benutzer geändert',
  'user.deleted': 'Benutzer gelöscht',
  'device.created': 'Gerät angelegt',
  'device.updated': 'Gerät geändert',
  'device.token_renewed': 'Token erneuert',
  'device.deleted': 'Gerät entfernt',
  'change.failed': 'Änderung nicht gespeichert',
  'data.backed_up': 'Sicherung erstellt',
  'session.login': 'Anmeldung',
  'session.login_failed': 'Anmeldung abgelehnt',
  'session.logout': 'Abmeldung',
};

export const actionName = (action: string): string => ACTIONS[action] ?? action;

const format = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: OFFICE_TIME_ZONE,
});

/** `25.11.2026, 09:00:00` — wall-clock time in Berlin, whatever the browser's zone. */
export const formatAuditTime = (epochMs: number): string => format.format(epochMs);
