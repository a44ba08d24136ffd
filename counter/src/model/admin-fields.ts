/**
 * Owns: the names of the fields of the admin forms — the keys problems are placed on and the
 * element ids the summary links to. A key follows the configuration's path (`services.1.prefix`),
 * so a server problem finds its field by its path alone. Pure.
 */
import { WEEKDAYS } from './admin-setup.ts';
import type { OfficeForm } from './admin-office-form.ts';
import { LANGUAGES } from './admin-texts-form.ts';

/** The element id of a field: `office` + `services.1.prefix` → `office-services-1-prefix`. */
export function fieldId(scope: string, key: string): string {
  return key === '' ? `${scope}-form` : `${scope}-${key.replaceAll('.', '-')}`;
}

/** The id of a field's error text, for aria-describedby. */
export const errorId = (scope: string, key: string) => `${fieldId(scope, key)}-error`;

const texts = (prefix: string) => [prefix, ...LANGUAGES.map((l) => `${prefix}.${l}`)];

/** Every key the office form shows a problem at: the sections, each item and each field. */
export function officeFieldKeys(form: OfficeForm): Set<string> {
  const keys = [
    'name',
    'timeZone',
    'id',
    'departments',
    'services',
    'counters',
    'calling',
    'alarms',
    'appointments',
  ];
  form.departments.forEach((_, i) =>
    keys.push(`departments.${i}`, `departments.${i}.id`, ...texts(`departments.${i}.name`)),
  );
  form.services.forEach((s, i) => {
    const p = `services.${i}`;
    keys.push(p, `${p}.id`, `${p}.department`, `${p}.prefix`, `${p}.active`, `${p}.hours`, `${p}.documents`);
    keys.push(`${p}.numberStart`, `${p}.expectedMinutes`, `${p}.targetWaitMinutes`, `${p}.dailyCap`);
    keys.push(...texts(`${p}.name`), ...texts(`${p}.description`));
    for (const day of WEEKDAYS) {
      s.hours.week[day].forEach((_, j) =>
        keys.push(`${p}.hours.${day}.${j}`, `${p}.hours.${day}.${j}.from`, `${p}.hours.${day}.${j}.to`),
      );
    }
    s.documents.forEach((_, j) => keys.push(`${p}.documents.${j}`, ...texts(`${p}.documents.${j}`).slice(1)));
  });
  form.counters.forEach((_, i) =>
    keys.push(`counters.${i}`, `counters.${i}.id`, `counters.${i}.name`, `counters.${i}.services`),
  );
  for (const group of ['calling', 'alarms', 'appointments'] as const) {
    for (const field of Object.keys(form[group])) keys.push(`${group}.${field}`);
  }
  return new Set(keys);
}

/** The user form's fields. */
export const USER_FIELD_KEYS: ReadonlySet<string> = new Set([
  'username',
  'role',
  'offices',
  'permissions',
  'password',
]);

/** The device form's fields. */
export const DEVICE_FIELD_KEYS: ReadonlySet<string> = new Set([
  'id',
  'kind',
  'offices',
  'display',
  'display.layout',
  'display.departments',
  'display.services',
  'display.counters',
  'display.historyRows',
  'display.languages',
  'display.rotateSeconds',
  'display.announce',
  'display.announce.languages',
  'display.showQueues',
  'display.ticker',
  'display.ticker.de',
  'display.ticker.en',
  'display.autoplay',
  'kiosk',
  'kiosk.fastPathServices',
  'kiosk.idleSeconds',
  'kiosk.staffPin',
  'agent',
  'printer',
  'printer.host',
  'printer.port',
  'printer.path',
]);

const GROUP_NAMES: Record<string, string> = {
  calling: 'Aufrufreihenfolge',
  alarms: 'Alarme',
  appointments: 'Termine',
};

const FIELD_NAMES: Record<string, string> = {
  id: 'Kennung',
  name: 'Name',
  timeZone: 'Zeitzone',
  department: 'Fachbereich',
  prefix: 'Kürzel',
  numberStart: 'Erste Nummer',
  expectedMinutes: 'Bearbeitungszeit',
  targetWaitMinutes: 'Zielwartezeit',
  dailyCap: 'Tageshöchstzahl',
  active: 'aktiv',
  hours: 'Ausgabezeiten',
  documents: 'Unterlagen',
  description: 'Beschreibung',
  services: 'Anliegen',
  normalPerPriority: 'normale Aufrufe je Vorrang-Aufruf',
  priorityWeight: 'Gewicht des Vorrangs',
  noShowAfterCalls: 'nicht erschienen nach Aufrufen',
  maxWaiting: 'höchstens Wartende',
  waitOverTargetPercent: 'Wartezeit in % des Ziels',
  pausedMinutes: 'Pause länger als',
  earlyMinutes: 'Einchecken ab (Min. vorher)',
  lateMinutes: 'Einchecken bis (Min. danach)',
  favourMinutes: 'Vorzug (Min.)',
};

/** Where a problem is, in words, for the summary: `Anliegen „Dokumente abholen“ – Kürzel`. */
export function officeKeyLabel(key: string, form: OfficeForm): string {
  if (key === '') return 'Dienststelle';
  const [head, index, field, ...rest] = key.split('.');
  const i = Number(index);
  const tail = [field && (FIELD_NAMES[field] ?? field), ...rest].filter(Boolean).join(' ');
  const withTail = (what: string) => (tail ? `${what} – ${tail}` : what);
  if (head === 'services' && Number.isInteger(i)) {
    const name = form.services[i]?.name.de;
    return withTail(name ? `Anliegen „${name}“` : `Anliegen ${i + 1}`);
  }
  if (head === 'departments' && Number.isInteger(i)) {
    const name = form.departments[i]?.name.de;
    return withTail(name ? `Fachbereich „${name}“` : `Fachbereich ${i + 1}`);
  }
  if (head === 'counters' && Number.isInteger(i)) {
    const name = form.counters[i]?.name;
    return withTail(name ? `Platz „${name}“` : `Platz ${i + 1}`);
  }
  if (head && GROUP_NAMES[head])
    return index ? `${GROUP_NAMES[head]} – ${FIELD_NAMES[index] ?? index}` : GROUP_NAMES[head];
  if (head === 'services') return 'Anliegen';
  if (head === 'counters') return 'Plätze';
  if (head === 'departments') return 'Fachbereiche';
  return FIELD_NAMES[head ?? ''] ?? key;
}
