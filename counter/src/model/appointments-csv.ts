/**
 * Owns: reading an appointment list exported from a booking system (CSV, header row
 * `bookingCode;serviceId;slot;name;birthDate`, or `lastName;firstNames` instead of `name`) into
 * what the import API takes — with every problem tied to its line in the file and its column, so
 * a supervisor can fix the source.
 * Pure: the text, the office's service ids and today's business day go in; rows come out.
 * Accepts: `;` or `,` (chosen from the header), quoted fields with `""` and line breaks inside,
 * a byte-order mark, empty lines and Excel's empty trailing cells; slots as `YYYY-MM-DD HH:MM`
 * (or `DD.MM.YYYY HH:MM`) in the office's time zone, or ISO 8601 with an offset.
 */
import { BookingCode, type AppointmentImport } from '#protocol/appointments.ts';
import {
  OFFICE_TIME_ZONE,
  isCalendarDate,
  isoWithOffset,
  zonedDate,
  zonedTimeToInstant,
} from './zoned-time.ts';

export const CSV_COLUMNS = [
  'bookingCode',
  'serviceId',
  'slot',
  'name',
  'lastName',
  'firstNames',
  'birthDate',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly CsvColumn[] = ['bookingCode', 'serviceId', 'slot'];

/** Header names as they appear in exports, lower-cased without spaces, dashes or underscores. */
const HEADER_ALIASES: Readonly<Record<string, CsvColumn>> = {
  bookingcode: 'bookingCode',
  buchungscode: 'bookingCode',
  serviceid: 'serviceId',
  service: 'serviceId',
  anliegen: 'serviceId',
  slot: 'slot',
  termin: 'slot',
  name: 'name',
  lastname: 'lastName',
  surname: 'lastName',
  nachname: 'lastName',
  familienname: 'lastName',
  firstnames: 'firstNames',
  firstname: 'firstNames',
  givennames: 'firstNames',
  vorname: 'firstNames',
  vornamen: 'firstNames',
  birthdate: 'birthDate',
  geburtsdatum: 'birthDate',
};

export type RowProblem =
  | 'required'
  | 'invalid_code'
  | 'duplicate'
  | 'unknown_service'
  | 'invalid_slot'
  | 'dst_gap'
  | 'past'
  | 'too_far'
  | 'too_long'
  | 'name_twice'
  | 'first_without_last'
  | 'invalid_date'
  | 'identity_incomplete'
  | 'extra_values'
  | 'unclosed_quote';

export interface RowError {
  /** undefined: the line as a whole (an open quote, too many values) */
  field: CsvColumn | undefined;
  problem: RowProblem;
  /** what was read, for messages such as "unknown service „x“" */
  value?: string;
  /** `duplicate`: the line that has the same booking code first */
  otherLine?: number;
  /** `too_long`: the most characters allowed */
  max?: number;
}

export interface CsvRow {
  /** line in the file where the row starts (the header is line 1), as a spreadsheet numbers it */
  line: number;
  /** last line of the row (later than `line` when a quoted value holds a line break) */
  endLine: number;
  bookingCode: string;
  serviceId: string;
  /** the slot as an instant, when it could be read */
  slotMs: number | undefined;
  /** a name and a birth date were given, so the appointment can be checked in by ID card */
  idCheckIn: boolean;
  errors: RowError[];
  /** what is sent to the server; only for rows without errors */
  appointment: AppointmentImport | undefined;
}

export type FileProblem =
  | { problem: 'missing_column'; column: CsvColumn }
  | { problem: 'duplicate_column'; column: string }
  | { problem: 'no_rows' };

export interface ParsedCsv {
  separator: ';' | ',';
  rows: CsvRow[];
  /** the file cannot be imported as a whole (no rows when a column is missing) */
  problems: FileProblem[];
  /** header columns that are not part of the format, left out of the import */
  ignoredColumns: string[];
}

export interface CsvOptions {
  /** the office's service ids; undefined while unknown (then any id passes here) */
  serviceIds?: readonly string[] | undefined;
  /**
   * today's business day `YYYY-MM-DD`; slots before it, or more than a year after it, are
   * refused, as the server would
   */
  today?: string | undefined;
  timeZone?: string | undefined;
}

interface Record_ {
  line: number;
  endLine: number;
  fields: string[];
  unclosed: boolean;
}

/** Splits CSV text into records (RFC 4180 quoting; `\r\n`, `\n` or `\r` between records). */
export function csvRecords(text: string, separator: string): Record_[] {
  const records: Record_[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = (unclosed: boolean) => {
    fields.push(field);
    records.push({ line: start, endLine: line, fields, unclosed });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
      }
    } else if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === separator) {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord(false);
      line++;
      start = line;
    } else field += c;
  }
  if (quoted) endRecord(true);
  else if (field !== '' || fields.length > 0) endRecord(false);
  return records;
}

function chooseSeparator(headerLine: string): ';' | ',' {
  const count = (s: string) => headerLine.split(s).length - 1;
  return count(',') > count(';') ? ',' : ';';
}

const headerKey = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');

type Slot = { ok: true; epochMs: number; iso: string } | { ok: false; problem: 'invalid_slot' | 'dst_gap' };

const WALL = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const WALL_GERMAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const ISO_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** A slot as `YYYY-MM-DD HH:MM` / `DD.MM.YYYY HH:MM` in the zone, or ISO 8601 with an offset. */
export function parseSlot(text: string, timeZone = OFFICE_TIME_ZONE): Slot {
  const iso = ISO_OFFSET.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s] = iso.map(Number);
    const valid =
      isCalendarDate(y!, mo!, d!) && h! <= 23 && mi! <= 59 && (s === undefined || Number.isNaN(s) || s <= 59);
    const epochMs = Date.parse(text.toUpperCase().replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    if (!valid || Number.isNaN(epochMs)) return { ok: false, problem: 'invalid_slot' };
    return { ok: true, epochMs, iso: isoWithOffset(epochMs, timeZone) };
  }
  const wall = WALL.exec(text);
  const german = wall ? undefined : WALL_GERMAN.exec(text);
  const parts = wall
    ? wall.slice(1).map(Number)
    : german
      ? [german[3], german[2], german[1], german[4], german[5], german[6]].map(Number)
      : undefined;
  if (!parts) return { ok: false, problem: 'invalid_slot' };
  const [year, month, day, hour, minute, second] = parts as [number, number, number, number, number, number];
  const result = zonedTimeToInstant(
    { year, month, day, hour, minute, second: Number.isNaN(second) ? 0 : second },
    timeZone,
  );
  if (result.ok) return result;
  return { ok: false, problem: result.reason === 'nonexistent' ? 'dst_gap' : 'invalid_slot' };
}

/** A birth date as `YYYY-MM-DD` or `DD.MM.YYYY`, returned as `YYYY-MM-DD`. */
export function parseBirthDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]].map(Number)
    : german
      ? [german[3], german[2], german[1]].map(Number)
      : [];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  if (!isCalendarDate(year, month, day)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const isBlank = (fields: string[]) => fields.every((f) => f.trim() === '');

/** The server takes slots up to 366 days ahead; as a date, counted from today's business day. */
export const MAX_DAYS_AHEAD = 366;

function daysAfter(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/**
 * The name fields and birth date for the ID-card check-in (`name`, or `lastName` with
 * `firstNames`), or nothing — with the problems that keep a row from being imported.
 */
function person(
  get: (column: CsvColumn) => string,
  errors: RowError[],
  today: string | undefined,
): Pick<AppointmentImport, 'name' | 'lastName' | 'firstNames' | 'birthDate'> | undefined {
  const name = get('name');
  const lastName = get('lastName');
  const firstNames = get('firstNames');
  const birthText = get('birthDate');
  const birthDate = birthText === '' ? undefined : parseBirthDate(birthText);
  const tooLong = (column: CsvColumn, value: string, max: number) => {
    if (value.length > max) errors.push({ field: column, problem: 'too_long', max });
  };
  tooLong('name', name, 120);
  tooLong('lastName', lastName, 80);
  tooLong('firstNames', firstNames, 120);
  if (name !== '' && lastName !== '') errors.push({ field: 'lastName', problem: 'name_twice' });
  if (firstNames !== '' && lastName === '') {
    errors.push({ field: 'firstNames', problem: 'first_without_last' });
  }
  if (birthText !== '' && (birthDate === undefined || (today !== undefined && birthDate > today))) {
    errors.push({ field: 'birthDate', problem: 'invalid_date', value: birthText });
  }
  // Either alone cannot find anybody at the kiosk; sending it would be personal data for nothing.
  const named = name !== '' || lastName !== '' || firstNames !== '';
  if (named && birthText === '') errors.push({ field: 'birthDate', problem: 'identity_incomplete' });
  if (!named && birthText !== '') errors.push({ field: 'name', problem: 'identity_incomplete' });
  if (birthDate === undefined) return undefined;
  if (lastName !== '') return { lastName, ...(firstNames !== '' ? { firstNames } : {}), birthDate };
  return name !== '' ? { name, birthDate } : undefined;
}

export function parseAppointmentsCsv(input: string, options: CsvOptions = {}): ParsedCsv {
  const timeZone = options.timeZone ?? OFFICE_TIME_ZONE;
  const text = input.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  const separator = chooseSeparator(firstLine);
  const records = csvRecords(text, separator).filter((r) => r.unclosed || !isBlank(r.fields));
  const [header, ...body] = records;
  const result: ParsedCsv = { separator, rows: [], problems: [], ignoredColumns: [] };
  if (!header) {
    result.problems.push({ problem: 'no_rows' });
    return result;
  }

  const columnAt = new Map<CsvColumn, number>();
  header.fields.forEach((name, index) => {
    const column = HEADER_ALIASES[headerKey(name)];
    if (!column) {
      if (name.trim() !== '') result.ignoredColumns.push(name.trim());
    } else if (columnAt.has(column))
      result.problems.push({ problem: 'duplicate_column', column: name.trim() });
    else columnAt.set(column, index);
  });
  for (const column of REQUIRED) {
    if (!columnAt.has(column)) result.problems.push({ problem: 'missing_column', column });
  }
  if (result.problems.length > 0) return result;
  if (body.length === 0) {
    result.problems.push({ problem: 'no_rows' });
    return result;
  }

  const services = options.serviceIds && new Map(options.serviceIds.map((id) => [id.toLowerCase(), id]));
  const firstLineOf = new Map<string, number>();
  // Cells beyond the header are an error only when they hold something: Excel pads rows with `;`.
  const used = header.fields.length;
  for (const record of body) {
    const get = (column: CsvColumn) => {
      const index = columnAt.get(column);
      return index === undefined ? '' : (record.fields[index] ?? '').trim();
    };
    const errors: RowError[] = [];
    const row: CsvRow = {
      line: record.line,
      endLine: record.endLine,
      bookingCode: get('bookingCode'),
      serviceId: get('serviceId'),
      slotMs: undefined,
      idCheckIn: false,
      errors,
      appointment: undefined,
    };
    result.rows.push(row);
    if (record.unclosed) {
      errors.push({ field: undefined, problem: 'unclosed_quote' });
      continue;
    }
    if (!isBlank(record.fields.slice(used))) errors.push({ field: undefined, problem: 'extra_values' });

    const code = BookingCode.safeParse(row.bookingCode);
    if (row.bookingCode === '') errors.push({ field: 'bookingCode', problem: 'required' });
    else if (!code.success)
      errors.push({ field: 'bookingCode', problem: 'invalid_code', value: row.bookingCode });
    else {
      const first = firstLineOf.get(code.data);
      if (first !== undefined) {
        errors.push({ field: 'bookingCode', problem: 'duplicate', value: code.data, otherLine: first });
      } else firstLineOf.set(code.data, row.line);
    }

    let serviceId: string | undefined = row.serviceId;
    if (row.serviceId === '') errors.push({ field: 'serviceId', problem: 'required' });
    else if (services) {
      serviceId = services.get(row.serviceId.toLowerCase());
      if (serviceId === undefined) {
        errors.push({ field: 'serviceId', problem: 'unknown_service', value: row.serviceId });
      }
    }

    const slotText = get('slot');
    let slotIso: string | undefined;
    if (slotText === '') errors.push({ field: 'slot', problem: 'required' });
    else {
      const slot = parseSlot(slotText, timeZone);
      if (!slot.ok) errors.push({ field: 'slot', problem: slot.problem, value: slotText });
      else {
        row.slotMs = slot.epochMs;
        slotIso = slot.iso;
        const day = zonedDate(slot.epochMs, timeZone);
        if (options.today !== undefined && day < options.today) {
          errors.push({ field: 'slot', problem: 'past', value: slotText });
        } else if (options.today !== undefined && day > daysAfter(options.today, MAX_DAYS_AHEAD)) {
          errors.push({ field: 'slot', problem: 'too_far', value: slotText });
        }
      }
    }

    const identity = person(get, errors, options.today);
    row.idCheckIn = identity !== undefined;

    if (errors.length === 0 && code.success && serviceId !== undefined && slotIso !== undefined) {
      row.appointment = { bookingCode: code.data, serviceId, slot: slotIso, ...identity };
    }
  }
  return result;
}

/** The text without the lines of one row (a row spans several lines when a quote holds breaks). */
export function withoutLines(text: string, firstLine: number, lastLine: number): string {
  const lines = text.split(/\r\n|\n|\r/);
  const newline = /\r\n/.test(text) ? '\r\n' : '\n';
  return [...lines.slice(0, firstLine - 1), ...lines.slice(lastLine)].join(newline);
}

/** Decodes a file's bytes: UTF-8 (with or without BOM), else Windows-1252 as older Excel writes it. */
export function decodeCsvBytes(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Splits the import into requests that stay below the server's body limit and item count, in
 * order. Each chunk knows the index of its first item, to map an error back to its row.
 */
export function chunkBySize<T>(
  items: readonly T[],
  maxBytes: number,
  maxItems = Number.POSITIVE_INFINITY,
): { start: number; items: T[] }[] {
  const encoder = new TextEncoder();
  const chunks: { start: number; items: T[] }[] = [];
  let current: { start: number; items: T[] } | undefined;
  let size = 0;
  items.forEach((item, index) => {
    const bytes = encoder.encode(JSON.stringify(item)).length + 1;
    const full = current !== undefined && (size + bytes > maxBytes || current.items.length >= maxItems);
    if (!current || (current.items.length > 0 && full)) {
      current = { start: index, items: [] };
      chunks.push(current);
      size = 0;
    }
    current.items.push(item);
    size += bytes;
  });
  return chunks;
}

/** `appointments.3.serviceId` → item 3, column serviceId (undefined when the field says otherwise). */
export function fieldOfImportError(
  field: string | undefined,
): { index: number; column: CsvColumn | undefined } | undefined {
  const match = /^appointments\.(\d+)(?:\.(\w+))?/.exec(field ?? '');
  if (!match) return undefined;
  const column = CSV_COLUMNS.find((c) => c === match[2]);
  return { index: Number(match[1]), column };
}
