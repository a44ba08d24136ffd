import { describe, expect, it } from 'vitest';
import { officeFieldKeys } from './admin-fields.ts';
import { anOffice } from './admin-fixtures.ts';
import { addRange } from './admin-hours.ts';
import { officeToForm, updateAt } from './admin-office-form.ts';
import {
  germanProblem,
  nearestField,
  placeProblems,
  problemPath,
  problemsOf,
  refusalText,
} from './admin-problems.ts';

const form = officeToForm(anOffice());
const fields = officeFieldKeys(form);

describe('placing the server’s problems on the office form', () => {
  it('drops the document prefix and points a duplicate prefix at the prefix field', () => {
    expect(problemPath({ field: 'offices.0.services.1', message: 'duplicate prefix "A"' })).toBe(
      'services.1.prefix',
    );
    expect(problemPath({ field: 'offices.3.counters.0', message: 'duplicate counter id "platz-1"' })).toBe(
      'counters.0.id',
    );
    expect(problemPath({ field: 'devices.2.display.counters.0', message: 'unknown counter' })).toBe(
      'display.counters.0',
    );
    expect(problemPath({ field: 'password', message: 'x' })).toBe('password');
  });

  it('finds the nearest field the form has, or the whole form', () => {
    expect(nearestField('services.1.prefix', fields)).toBe('services.1.prefix');
    expect(nearestField('counters.0.services.1', fields)).toBe('counters.0.services');
    expect(nearestField('services.0.name.de', fields)).toBe('services.0.name.de');
    expect(nearestField('services.meldung', fields)).toBe('services');
    expect(nearestField('nowhere.at.all', fields)).toBe('');
  });

  it('places a time range problem on that range once the range is on the form', () => {
    const withRange = {
      ...form,
      services: updateAt(form.services, 1, {
        hours: { restricted: true, week: addRange(form.services[1]!.hours.week, 'tue') },
      }),
    };
    const placed = placeProblems(
      [{ field: 'offices.0.services.1.hours.tue.0', message: '"from" must be before "to"' }],
      officeFieldKeys(withRange),
    );
    expect(placed.list).toEqual([{ key: 'services.1.hours.tue.0', message: '„von“ muss vor „bis“ liegen.' }]);
  });

  it('keeps every problem in order for the summary and groups them per field', () => {
    const placed = placeProblems(
      [
        { field: 'offices.0.services.1', message: 'duplicate prefix "A"' },
        { field: 'offices.0.services.1.targetWaitMinutes', message: 'Too big: expected number to be <=480' },
        { field: 'offices.0.services.1', message: 'duplicate service id "ausweis"' },
      ],
      fields,
    );
    expect(placed.list.map((p) => p.key)).toEqual([
      'services.1.prefix',
      'services.1.targetWaitMinutes',
      'services.1.id',
    ]);
    expect(placed.byKey.get('services.1.prefix')).toEqual(['Das Kürzel „A“ hat schon ein anderes Anliegen.']);
    expect(placed.byKey.get('services.1.targetWaitMinutes')).toEqual(['Höchstens 480.']);
  });

  it('says the server’s words in German and keeps unknown ones as they are', () => {
    const say = (message: string) => germanProblem({ field: '', message });
    expect(say('Invalid input: expected number, received null')).toBe('Bitte eine Zahl eingeben.');
    expect(say('Too small: expected number to be >0')).toBe('Muss größer als 0 sein.');
    expect(say('unknown department "nowhere"')).toBe('Den Fachbereich „nowhere“ gibt es nicht.');
    expect(say('"meldung" has 3 ticket(s) today; set it inactive now and remove it after closing')).toMatch(
      /^Das Anliegen „meldung“ hat heute schon 3 Wartenummer\(n\)/,
    );
    expect(say('clerk2 is signed in at "platz-2"; close it first')).toBe(
      'An Platz „platz-2“ ist clerk2 angemeldet. Der Platz muss erst geschlossen werden (Übersicht).',
    );
    expect(say('something new')).toBe('something new');
  });

  it('takes the single field of a refusal without a list, without the path in its message', () => {
    expect(
      problemsOf({
        code: 'validation_failed',
        message: 'kiosk.staffPin: 4 to 8 digits',
        field: 'kiosk.staffPin',
      }),
    ).toEqual([{ field: 'kiosk.staffPin', message: '4 to 8 digits' }]);
  });

  it('explains a conflict and a refusal because of use today in German', () => {
    expect(refusalText({ code: 'conflict', message: '' })).toMatch(/andere Person .* geändert/);
    expect(refusalText({ code: 'in_use', message: '' })).toMatch(/heute noch verwendet/);
    expect(refusalText({ code: 'forbidden', message: 'you cannot delete yourself' })).toBe(
      'Nicht erlaubt: Sie können sich nicht selbst löschen.',
    );
  });
});
