/**
 * Owns: turning the admin API's refusal into what a form shows — each problem at its field (the
 * nearest field the form has for the problem's path), in German, plus the list for the summary
 * at the top. Pure.
 * Why "nearest field": the server's paths are finer or coarser than the form (`services.1` for a
 * duplicate prefix, `services.1.hours.mon.0` for a range), and a message must never get lost.
 */
import type { ClientError } from '#web/client-result.ts';

export interface Problem {
  field: string;
  message: string;
}

/** One problem placed on the form: `key` is the form field ('' = the form as a whole). */
export interface PlacedProblem {
  key: string;
  message: string;
}

export interface FormProblems {
  /** in the order the server gave them; the summary links to each */
  list: PlacedProblem[];
  byKey: ReadonlyMap<string, string[]>;
}

export const NO_PROBLEMS: FormProblems = { list: [], byKey: new Map() };

/**
 * The path inside the edited thing: the document prefix (`offices.0.`, `devices.2.`, `users.5.`)
 * goes, and a whole-item duplicate (`services.1` "duplicate prefix") points at the field meant.
 */
export function problemPath(problem: Problem): string {
  const path = problem.field.replace(/^(offices|devices|users)\.\d+(\.|$)/, '');
  const duplicate = /^duplicate (prefix|service id|department id|counter id|user|device)\b/.exec(
    problem.message,
  );
  if (duplicate && /^(services|departments|counters)\.\d+$/.test(path)) {
    return `${path}.${duplicate[1] === 'prefix' ? 'prefix' : 'id'}`;
  }
  return path;
}

/** The longest leading part of `path` that is a field of the form, or '' for the whole form. */
export function nearestField(path: string, fields: ReadonlySet<string>): string {
  const parts = path.split('.').filter((p) => p !== '');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('.');
    if (fields.has(candidate)) return candidate;
  }
  return '';
}

export function placeProblems(
  problems: readonly Problem[],
  fields: ReadonlySet<string>,
  translate: (problem: Problem) => string = germanProblem,
): FormProblems {
  const list = problems.map((p) => ({ key: nearestField(problemPath(p), fields), message: translate(p) }));
  const byKey = new Map<string, string[]>();
  for (const p of list) byKey.set(p.key, [...(byKey.get(p.key) ?? []), p.message]);
  return { list, byKey };
}

/** The problems of a refusal: every problem listed, or the one named by `field`. */
export function problemsOf(error: ClientError): Problem[] {
  if (error.problems && error.problems.length > 0) return error.problems;
  return [{ field: error.field ?? '', message: error.message.replace(/^[\w.]+: /, '') }];
}

const RULES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^duplicate prefix "(.*)"$/, (m) => `Das Kürzel „${m[1]}“ hat schon ein anderes Anliegen.`],
  [/^duplicate (?:service|department|counter) id "(.*)"$/, (m) => `Die Kennung „${m[1]}“ gibt es schon.`],
  [/^duplicate user "(.*)"$/, (m) => `Den Benutzernamen „${m[1]}“ gibt es schon.`],
  [/^duplicate device "(.*)"$/, (m) => `Die Gerätekennung „${m[1]}“ gibt es schon.`],
  [/^unknown department "(.*)"$/, (m) => `Den Fachbereich „${m[1]}“ gibt es nicht.`],
  [
    /^unknown service "(.*)"(?: in the device's offices)?$/,
    (m) => `Das Anliegen „${m[1]}“ gibt es hier nicht.`,
  ],
  [/^unknown counter "(.*)"/, (m) => `Den Platz „${m[1]}“ gibt es hier nicht.`],
  [/^unknown department "(.*)" in/, (m) => `Den Fachbereich „${m[1]}“ gibt es hier nicht.`],
  [/^unknown office "(.*)"$/, (m) => `Die Dienststelle „${m[1]}“ gibt es nicht.`],
  [/^unknown time zone$/, () => 'Unbekannte Zeitzone (z. B. Europe/Berlin).'],
  [/^use HH:MM$/, () => 'Uhrzeit als HH:MM angeben.'],
  [/^"from" must be before "to"$/, () => '„von“ muss vor „bis“ liegen.'],
  [/^one to three capital letters$/, () => 'Ein bis drei Großbuchstaben (A–Z).'],
  [/^use lower-case letters, digits and dashes$/, () => 'Nur Kleinbuchstaben, Ziffern und Bindestriche.'],
  [/^4 to 8 digits$/, () => '4 bis 8 Ziffern.'],
  [/^at least 10 characters$|^Too small: expected string to have >=10/, () => 'Mindestens 10 Zeichen.'],
  [/^a new user needs a password$/, () => 'Ein neuer Benutzer braucht ein Passwort.'],
  [
    /^a device cannot change its kind/,
    () => 'Die Art eines Geräts lässt sich nicht ändern; legen Sie ein neues an.',
  ],
  [/^a usblp device/, () => 'Ein USB-Drucker wie /dev/usb/lp0.'],
  [
    /^Invalid input: expected (?:number|int), received (?:null|undefined|string|NaN)$/,
    () => 'Bitte eine Zahl eingeben.',
  ],
  [/^Invalid input: expected int, received number$/, () => 'Bitte eine ganze Zahl eingeben.'],
  [/^Invalid input: expected string, received undefined$/, () => 'Bitte ausfüllen.'],
  [/^Too small: expected string to have >=1 characters?$/, () => 'Bitte ausfüllen.'],
  [/^Too big: expected string to have <=(\d+) characters?$/, (m) => `Höchstens ${m[1]} Zeichen.`],
  [/^Too small: expected number to be >0$/, () => 'Muss größer als 0 sein.'],
  [/^Too small: expected number to be >=(\S+)$/, (m) => `Mindestens ${m[1]}.`],
  [/^Too big: expected number to be <=(\S+)$/, (m) => `Höchstens ${m[1]}.`],
  [/^Too small: expected array to have >=1 items?$/, () => 'Mindestens einen Eintrag wählen.'],
  [/^Too big: expected array to have <=(\d+) items?$/, (m) => `Höchstens ${m[1]} Einträge.`],
  // Refusals because something is in use today (in_use).
  [
    /^"(.*)" has (\d+) ticket\(s\) today/,
    (m) =>
      `Das Anliegen „${m[1]}“ hat heute schon ${m[2]} Wartenummer(n) und kann erst nach Dienstschluss entfernt werden. Stellen Sie es jetzt auf „nicht aktiv“.`,
  ],
  [
    /^"(.*)" has booked appointments/,
    (m) =>
      `Für das Anliegen „${m[1]}“ sind Termine gebucht. Stellen Sie es auf „nicht aktiv“, statt es zu entfernen.`,
  ],
  [
    /^(.*) is signed in at "(.*)"; close it first$/,
    (m) => `An Platz „${m[2]}“ ist ${m[1]} angemeldet. Der Platz muss erst geschlossen werden (Übersicht).`,
  ],
  [/^offices are not removed/, () => 'Dienststellen werden im laufenden Betrieb nicht entfernt.'],
];

/** The server's words (English, for developers) in German for the admin; unknown ones as they are. */
export function germanProblem(problem: Problem): string {
  for (const [pattern, say] of RULES) {
    const match = pattern.exec(problem.message);
    if (match) return say(match);
  }
  return problem.message;
}

/** What a refused change means, in a sentence above the form. */
export function refusalText(error: ClientError): string {
  switch (error.code) {
    case 'conflict':
      return 'Eine andere Person hat die Einstellungen inzwischen geändert. Ihre Änderung wurde nicht gespeichert. Laden Sie den aktuellen Stand und tragen Sie Ihre Änderung erneut ein.';
    case 'in_use':
      return 'Nicht gespeichert: Etwas, das Sie entfernen wollten, wird heute noch verwendet. Nichts wurde geändert.';
    case 'validation_failed':
      return 'Nicht gespeichert: Bitte korrigieren Sie die markierten Angaben. Nichts wurde geändert.';
    case 'forbidden':
      return `Nicht erlaubt: ${forbiddenText(error.message)}`;
    case 'not_found':
      return 'Das gibt es nicht mehr – eine andere Person hat es vermutlich entfernt. Bitte neu laden.';
    case 'offline':
      return 'Keine Verbindung zum Server. Nichts wurde geändert; bitte erneut versuchen.';
    case 'not_authenticated':
      return 'Ihre Anmeldung ist abgelaufen. Bitte neu anmelden.';
    case 'storage_failed':
      return 'Der Server konnte die Änderung nicht dauerhaft speichern. Nichts wurde geändert; bitte erneut versuchen.';
    default:
      return `Nicht gespeichert (${error.code}).`;
  }
}

function forbiddenText(message: string): string {
  if (/delete yourself/.test(message)) return 'Sie können sich nicht selbst löschen.';
  if (/own admin role/.test(message)) return 'Sie können sich nicht selbst die Admin-Rolle nehmen.';
  if (/every office/.test(message)) return 'Benutzer und Geräte verwalten nur Admins aller Dienststellen.';
  if (/not your office/.test(message)) return 'Diese Dienststelle gehört nicht zu Ihren.';
  return 'Diese Änderung dürfen Sie nicht vornehmen.';
}
