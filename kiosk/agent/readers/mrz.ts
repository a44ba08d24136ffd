/**
 * From the machine-readable zone of an ID card (TD1, 3 × 30) or passport (TD3, 2 × 44) to the
 * little we need to find a citizen's appointment today.
 *
 * Why the result has no document number and no raw lines: § 20 PAuswG forbids using the
 * document number to retrieve or link personal data in automated procedures. So it never leaves
 * this function; name and birth date are used transiently for matching and then discarded.
 *
 * `mrz` parses and checks the check digits; the century of the birth date and the expiry test
 * are ours, against an injected `now`, because the MRZ has two-digit years only.
 */
import { parse } from 'mrz';

export interface MrzIdentity {
  /** TD1 cards (Personalausweis, eAT residence permit) are 'id-card', TD3 booklets 'passport'. */
  kind: 'id-card' | 'passport';
  /** As in the MRZ: capitals A–Z, transliterated (MÜLLER → MUELLER), `<` read as a space, and
   * possibly truncated when the name was longer than the field. Compare with `toMrzName()`. */
  lastName: string;
  /** All given names, separated by single spaces (may be empty). */
  firstNames: string;
  /** `YYYY-MM-DD`. */
  birthDate: string;
  /** Every field and check digit of the MRZ is well-formed. */
  valid: boolean;
  /** The expiry date is before today, or cannot be read. */
  expired: boolean;
}

export interface MrzOptions {
  /** Calendar for "today". Default Europe/Berlin. */
  timeZone?: string;
}

const TD1_LINE = 30;
const TD3_LINE = 44;
const MRZ_LINE = /^[A-Z0-9<]+$/;

/** Whether a typed line has the shape of a TD1 or TD3 MRZ line. */
export function isMrzLine(line: string): boolean {
  return (line.length === TD1_LINE || line.length === TD3_LINE) && MRZ_LINE.test(line);
}

/** How many lines a document has whose lines are `length` long; undefined when unsupported. */
export function mrzLineCount(length: number): number | undefined {
  if (length === TD1_LINE) return 3;
  if (length === TD3_LINE) return 2;
  return undefined;
}

/**
 * Reads name, birth date, validity and expiry from MRZ lines. Returns undefined when the lines
 * are not a TD1 or TD3 MRZ, or when the names or the birth date cannot be read at all (e.g. a
 * birth date with an unknown day `<<`): such a card cannot be matched to an appointment, and
 * the citizen takes the path without the card. A readable MRZ with a wrong check digit or an
 * unknown country code is returned with `valid: false`.
 */
export function readMrzIdentity(
  lines: readonly string[],
  now: Date,
  { timeZone = 'Europe/Berlin' }: MrzOptions = {},
): MrzIdentity | undefined {
  const length = lines[0]?.length ?? 0;
  if (
    lines.length !== mrzLineCount(length) ||
    !lines.every((line) => line.length === length && isMrzLine(line))
  ) {
    return undefined;
  }
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(lines);
  } catch {
    return undefined; // the shape checks above make this unexpected; never echo the message
  }
  const { lastName, firstName, birthDate, expirationDate } = parsed.fields;
  if (typeof lastName !== 'string' || lastName === '' || typeof firstName !== 'string' || !birthDate) {
    return undefined;
  }
  const today = calendarDate(now, timeZone);
  const birth = birthDateFromMrz(birthDate, today);
  if (!birth) return undefined;
  const expiry = expirationDate ? expiryDateFromMrz(expirationDate, today) : undefined;
  return {
    kind: parsed.format === 'TD3' ? 'passport' : 'id-card',
    lastName: singleSpaced(lastName),
    firstNames: singleSpaced(firstName),
    birthDate: birth,
    valid: parsed.valid,
    expired: expiry === undefined || expiry < today,
  };
}

/**
 * Birth year from two digits: 20YY unless that date lies after today, then 19YY. Undefined for
 * a date that is not a real calendar date.
 */
export function birthDateFromMrz(yymmdd: string, today: string): string | undefined {
  const in2000s = isoDate(2000, yymmdd);
  if (in2000s === undefined) return undefined;
  return in2000s <= today ? in2000s : isoDate(1900, yymmdd);
}

/**
 * Expiry year from two digits: 20YY, unless that is more than 50 years ahead (no document is
 * valid that long), then 19YY, which makes an old document expired instead of valid until 2099.
 */
export function expiryDateFromMrz(yymmdd: string, today: string): string | undefined {
  const in2000s = isoDate(2000, yymmdd);
  if (in2000s === undefined) return undefined;
  const limitYear = Number(today.slice(0, 4)) + 50;
  return Number(in2000s.slice(0, 4)) <= limitYear ? in2000s : isoDate(1900, yymmdd);
}

/** `YYMMDD` in the given century as `YYYY-MM-DD`, or undefined for `<<` parts and non-dates. */
function isoDate(century: number, yymmdd: string): string | undefined {
  if (!/^\d{6}$/.test(yymmdd)) return undefined;
  const year = century + Number(yymmdd.slice(0, 2));
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
}

/** Today's date in `timeZone` as `YYYY-MM-DD`. */
export function calendarDate(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

function singleSpaced(name: string): string {
  return name.split(' ').filter(Boolean).join(' ');
}

const TRANSLITERATION: Record<string, string> = {
  Ä: 'AE',
  Ö: 'OE',
  Ü: 'UE',
  ß: 'SS',
  Æ: 'AE',
  Ø: 'OE',
  Å: 'AA',
};

/**
 * A printed name in the form the MRZ writes it (ICAO 9303 transliteration as German documents
 * use it): capitals, Ä Ö Ü → AE OE UE, ß → SS, other accents dropped, every other character a
 * single space. `toMrzName('Müller-Lüdenscheidt')` is `'MUELLER LUEDENSCHEIDT'`.
 */
export function toMrzName(name: string): string {
  const upper = name.toUpperCase().replace(/ẞ/g, 'ß'); // 'ß'.toUpperCase() is already 'SS'
  const transliterated = [...upper].map((char) => TRANSLITERATION[char] ?? char).join('');
  return transliterated
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Z]+/g, ' ')
    .trim();
}
