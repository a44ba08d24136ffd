import { describe, expect, it } from 'vitest';
import {
  chunkBySize,
  csvRecords,
  decodeCsvBytes,
  fieldOfImportError,
  parseAppointmentsCsv,
  parseSlot,
  withoutLines,
} from './appointments-csv.ts';

const SERVICES = ['ausweis', 'zulassung', 'meldung'];
const options = { serviceIds: SERVICES, today: '2026-11-25' };
const parse = (text: string) => parseAppointmentsCsv(text, options);
const HEADER = 'bookingCode;serviceId;slot;name;birthDate';

describe('reading appointment CSV', () => {
  it('reads semicolon-separated rows into import entries with the Berlin offset', () => {
    const csv = [
      HEADER,
      'LEV-4711;ausweis;2026-11-25 09:20;Erika Mustermann;1964-08-12',
      'lev-4712;zulassung;2026-11-26 14:00;;',
    ].join('\n');
    const parsed = parse(csv);
    expect(parsed.separator).toBe(';');
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((r) => [r.line, r.errors, r.idCheckIn])).toEqual([
      [2, [], true],
      [3, [], false],
    ]);
    expect(parsed.rows.map((r) => r.appointment)).toEqual([
      {
        bookingCode: 'LEV-4711',
        serviceId: 'ausweis',
        slot: '2026-11-25T09:20:00+01:00',
        name: 'Erika Mustermann',
        birthDate: '1964-08-12',
      },
      { bookingCode: 'LEV-4712', serviceId: 'zulassung', slot: '2026-11-26T14:00:00+01:00' },
    ]);
  });

  it('takes commas when the header uses them, and quoted values with commas, quotes and line breaks', () => {
    const csv =
      'bookingCode,serviceId,slot,name,birthDate\r\n' +
      'LEV-1,ausweis,2026-11-25 09:00,"Mustermann, Erika",12.08.1964\r\n' +
      'LEV-2,meldung,2026-11-25 09:10,"Anna ""Anni"" Beispiel",1990-01-02\r\n' +
      'LEV-3,meldung,2026-11-25 09:30,"Zeile\r\nzwei",1990-01-02\r\n' +
      'LEV-4,meldung,2026-11-25 09:40,,\r\n';
    const parsed = parse(csv);
    expect(parsed.separator).toBe(',');
    expect(parsed.rows.map((r) => r.appointment?.name)).toEqual([
      'Mustermann, Erika',
      'Anna "Anni" Beispiel',
      'Zeile\r\nzwei',
      undefined,
    ]);
    expect(parsed.rows[0]?.appointment?.birthDate).toBe('1964-08-12');
    // The quoted line break moves the next row down a line, as in a spreadsheet.
    expect(parsed.rows.map((r) => [r.line, r.endLine])).toEqual([
      [2, 2],
      [3, 3],
      [4, 5],
      [6, 6],
    ]);
  });

  it('ignores a byte-order mark, empty lines, padding cells and the order of the columns', () => {
    const csv = '\uFEFFslot;bookingCode;serviceId\n\n2026-11-25 10:00;LEV-5;ausweis;;\n   \n;;\n';
    const parsed = parse(csv);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0]).toMatchObject({
      line: 3,
      errors: [],
      appointment: { bookingCode: 'LEV-5', serviceId: 'ausweis', slot: '2026-11-25T10:00:00+01:00' },
    });
  });

  it('names the line and the column of each problem, and keeps the other rows', () => {
    const csv = [
      HEADER,
      'LEV-1;ausweis;2026-11-25 09:00;;',
      ';pass;morgen;Erika Mustermann;',
      'lev-1;ausweis;2026-11-24 09:00;;31.02.1990',
      'LEV-2;ausweis;2026-03-29 02:30;;',
      'LEV-3;ausweis;2026-11-25 11:00;;;unexpected',
    ].join('\n');
    const parsed = parse(csv);
    expect(parsed.rows.map((r) => ({ line: r.line, errors: r.errors }))).toEqual([
      { line: 2, errors: [] },
      {
        line: 3,
        errors: [
          { field: 'bookingCode', problem: 'required' },
          { field: 'serviceId', problem: 'unknown_service', value: 'pass' },
          { field: 'slot', problem: 'invalid_slot', value: 'morgen' },
          { field: 'birthDate', problem: 'identity_incomplete' },
        ],
      },
      {
        line: 4,
        errors: [
          { field: 'bookingCode', problem: 'duplicate', value: 'LEV-1', otherLine: 2 },
          { field: 'slot', problem: 'past', value: '2026-11-24 09:00' },
          { field: 'birthDate', problem: 'invalid_date', value: '31.02.1990' },
          { field: 'name', problem: 'identity_incomplete' },
        ],
      },
      { line: 5, errors: [{ field: 'slot', problem: 'dst_gap', value: '2026-03-29 02:30' }] },
      { line: 6, errors: [{ field: undefined, problem: 'extra_values' }] },
    ]);
    expect(parsed.rows.map((r) => r.appointment !== undefined)).toEqual([true, false, false, false, false]);
  });

  it('takes the surname and given names in their own columns instead of one name', () => {
    const csv = [
      'bookingCode;serviceId;slot;lastName;firstNames;birthDate',
      'LEV-1;ausweis;2026-11-25 09:00;de la Cruz;María José;1990-01-02',
      'LEV-2;ausweis;2026-11-25 09:10;Mustermann;;1990-01-02',
    ].join('\n');
    expect(parse(csv).rows.map((r) => [r.errors, r.idCheckIn, r.appointment])).toEqual([
      [
        [],
        true,
        {
          bookingCode: 'LEV-1',
          serviceId: 'ausweis',
          slot: '2026-11-25T09:00:00+01:00',
          lastName: 'de la Cruz',
          firstNames: 'María José',
          birthDate: '1990-01-02',
        },
      ],
      [
        [],
        true,
        {
          bookingCode: 'LEV-2',
          serviceId: 'ausweis',
          slot: '2026-11-25T09:10:00+01:00',
          lastName: 'Mustermann',
          birthDate: '1990-01-02',
        },
      ],
    ]);
  });

  it('refuses a name given twice, given names alone, names too long and slots too far ahead', () => {
    const csv = [
      'Buchungscode;Anliegen;Termin;Name;Nachname;Vornamen;Geburtsdatum',
      'LEV-1;ausweis;2026-11-25 09:00;Erika Mustermann;Mustermann;;1964-08-12',
      'LEV-2;ausweis;2026-11-25 09:00;;;Erika;1964-08-12',
      `LEV-3;ausweis;2026-11-25 09:00;;${'x'.repeat(81)};;1964-08-12`,
      'LEV-4;ausweis;2027-11-27 09:00;;;;',
      'LEV-5;ausweis;2027-11-26 09:00;;;;',
    ].join('\n');
    expect(parse(csv).rows.map((r) => r.errors)).toEqual([
      [{ field: 'lastName', problem: 'name_twice' }],
      [{ field: 'firstNames', problem: 'first_without_last' }],
      [{ field: 'lastName', problem: 'too_long', max: 80 }],
      [{ field: 'slot', problem: 'too_far', value: '2027-11-27 09:00' }],
      [],
    ]);
  });

  it('refuses a booking code the kiosk could not take, and an unclosed quote', () => {
    const parsed = parse(`${HEADER}\nAB;ausweis;2026-11-25 09:00;;\nLEV-9;ausweis;2026-11-25 09:00;"Erika;`);
    expect(parsed.rows.map((r) => r.errors)).toEqual([
      [{ field: 'bookingCode', problem: 'invalid_code', value: 'AB' }],
      [{ field: undefined, problem: 'unclosed_quote' }],
    ]);
  });

  it('matches service ids regardless of case and sends the office’s spelling', () => {
    const parsed = parse(`${HEADER}\nLEV-1;Ausweis;2026-11-25 09:00;;`);
    expect(parsed.rows[0]?.appointment?.serviceId).toBe('ausweis');
  });

  it('accepts German header names', () => {
    const parsed = parse('Buchungscode;Anliegen;Termin;Name;Geburtsdatum\nLEV-1;ausweis;25.11.2026 09:00;;');
    expect(parsed.rows[0]?.appointment?.slot).toBe('2026-11-25T09:00:00+01:00');
  });

  it('says which required column is missing and lists unknown ones', () => {
    const parsed = parse('bookingCode;slot;comment\nLEV-1;2026-11-25 09:00;x');
    expect(parsed.problems).toEqual([{ problem: 'missing_column', column: 'serviceId' }]);
    expect(parsed.ignoredColumns).toEqual(['comment']);
    expect(parsed.rows).toEqual([]);
    expect(parse('bookingCode;serviceId;slot;slot\nx').problems).toEqual([
      { problem: 'duplicate_column', column: 'slot' },
    ]);
  });

  it('says when there is nothing to import', () => {
    expect(parse('').problems).toEqual([{ problem: 'no_rows' }]);
    expect(parse(`${HEADER}\n\n;;;;\n`).problems).toEqual([{ problem: 'no_rows' }]);
  });

  it('lets any service id pass while the office is not known yet', () => {
    const parsed = parseAppointmentsCsv(`${HEADER}\nLEV-1;whatever;2030-01-01 09:00;;`);
    expect(parsed.rows[0]?.errors).toEqual([]);
  });
});

describe('slots', () => {
  it('reads Berlin wall-clock time in winter and in summer, and ISO 8601 with an offset', () => {
    expect(parseSlot('2026-01-15 09:00')).toMatchObject({ ok: true, iso: '2026-01-15T09:00:00+01:00' });
    expect(parseSlot('2026-07-15 09:00')).toMatchObject({ ok: true, iso: '2026-07-15T09:00:00+02:00' });
    expect(parseSlot('15.07.2026 9:05')).toMatchObject({ ok: true, iso: '2026-07-15T09:05:00+02:00' });
    expect(parseSlot('2026-07-15T09:00')).toMatchObject({ ok: true, iso: '2026-07-15T09:00:00+02:00' });
    expect(parseSlot('2026-07-15T07:00:00Z')).toMatchObject({
      ok: true,
      epochMs: Date.UTC(2026, 6, 15, 7),
      iso: '2026-07-15T09:00:00+02:00',
    });
    expect(parseSlot('2026-07-15T09:00:00+0200')).toMatchObject({
      ok: true,
      epochMs: Date.UTC(2026, 6, 15, 7),
    });
  });

  it('refuses what is not a time, and a time skipped when the clocks go forward', () => {
    expect(parseSlot('2026-02-30 09:00')).toEqual({ ok: false, problem: 'invalid_slot' });
    expect(parseSlot('2026-02-30T09:00:00+01:00')).toEqual({ ok: false, problem: 'invalid_slot' });
    expect(parseSlot('9 Uhr')).toEqual({ ok: false, problem: 'invalid_slot' });
    expect(parseSlot('2026-03-29 02:15')).toEqual({ ok: false, problem: 'dst_gap' });
  });
});

describe('helpers', () => {
  it('splits records with every kind of line end', () => {
    expect(csvRecords('a;b\rc;d\r\ne;"f\ng"', ';').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f\ng'],
    ]);
  });

  it('removes the lines of one row', () => {
    expect(withoutLines('h\na\nb\nc', 3, 3)).toBe('h\na\nc');
    expect(withoutLines('h\r\na\r\n"b\r\nb"\r\nc', 3, 4)).toBe('h\r\na\r\nc');
  });

  it('decodes UTF-8 and falls back to Windows-1252', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('Müller'))).toBe('Müller');
    expect(decodeCsvBytes(new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]))).toBe('Müller');
  });

  it('cuts an import into requests below the body limit, keeping the order', () => {
    const items = Array.from({ length: 10 }, (_, i) => ({ n: i, pad: 'x'.repeat(90) }));
    expect(chunkBySize(items, 10_000, 4).map((c) => [c.start, c.items.length])).toEqual([
      [0, 4],
      [4, 4],
      [8, 2],
    ]);
    const chunks = chunkBySize(items, 350);
    expect(chunks.map((c) => [c.start, c.items.length])).toEqual([
      [0, 3],
      [3, 3],
      [6, 3],
      [9, 1],
    ]);
    expect(chunks.flatMap((c) => c.items)).toEqual(items);
  });

  it('finds the item and column a server error names', () => {
    expect(fieldOfImportError('appointments.2.serviceId')).toEqual({ index: 2, column: 'serviceId' });
    expect(fieldOfImportError('appointments.0')).toEqual({ index: 0, column: undefined });
    expect(fieldOfImportError('appointments')).toBeUndefined();
    expect(fieldOfImportError(undefined)).toBeUndefined();
  });
});
