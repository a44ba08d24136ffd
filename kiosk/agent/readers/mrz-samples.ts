/**
 * Builds MRZ lines with correct check digits (ICAO 9303 part 3, 7-3-1 weighting) for tests, from
 * data we make up. Deliberately independent of the `mrz` package, which our code uses to check
 * them. Lives beside the tests rather than in test/fixtures because MRZ can be built, not only
 * captured (house style C5).
 */

/** ICAO 9303 check digit: digits count as 0–9, A–Z as 10–35, `<` as 0; weights 7, 3, 1. */
export function checkDigit(text: string): string {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    let value: number;
    if (char >= '0' && char <= '9') value = Number(char);
    else if (char >= 'A' && char <= 'Z') value = char.charCodeAt(0) - 55;
    else if (char === '<') value = 0;
    else throw new Error(`not an MRZ character: ${char}`);
    sum += value * (weights[i % 3] ?? 1);
  }
  return String(sum % 10);
}

const field = (text: string, width: number) => {
  if (text.length > width) throw new Error(`${text} does not fit into ${width} characters`);
  return text.padEnd(width, '<');
};

/** `LAST<NAME<<FIRST<SECOND` from name parts (already in MRZ form). */
export function nameField(lastNames: string[], firstNames: string[], width: number): string {
  const name = `${lastNames.join('<')}<<${firstNames.join('<')}`;
  return field(name.slice(0, width), width);
}

export interface SampleDocument {
  documentNumber: string;
  issuingState: string;
  nationality: string;
  lastNames: string[];
  firstNames: string[];
  /** YYMMDD */
  birthDate: string;
  /** YYMMDD */
  expiryDate: string;
  /** 'M', 'F' or '<' (German ID cards leave it empty). */
  sex: string;
}

const erika: SampleDocument = {
  documentNumber: 'LZ6311T47',
  issuingState: 'D',
  nationality: 'D',
  lastNames: ['MUSTERMANN'],
  firstNames: ['ERIKA'],
  birthDate: '830812',
  expiryDate: '310630',
  sex: '<',
};

/** A German ID card (TD1, 3 × 30). */
export function td1Lines(overrides: Partial<SampleDocument> = {}): string[] {
  const d = { ...erika, ...overrides };
  const line1 = `ID${field(d.issuingState, 3)}${field(d.documentNumber, 9)}${checkDigit(field(d.documentNumber, 9))}${field('', 15)}`;
  const line2Start = `${d.birthDate}${checkDigit(d.birthDate)}${d.sex}${d.expiryDate}${checkDigit(d.expiryDate)}${field(d.nationality, 3)}${field('', 11)}`;
  const composite = checkDigit(
    line1.slice(5) + line2Start.slice(0, 7) + line2Start.slice(8, 15) + line2Start.slice(18),
  );
  return [line1, line2Start + composite, nameField(d.lastNames, d.firstNames, 30)];
}

/** A passport (TD3, 2 × 44). */
export function td3Lines(overrides: Partial<SampleDocument> = {}): string[] {
  const d = { ...erika, documentNumber: 'C4F8R2N61', sex: 'F', ...overrides };
  const line1 = `P<${field(d.issuingState, 3)}${nameField(d.lastNames, d.firstNames, 39)}`;
  const number = field(d.documentNumber, 9);
  const personal = field('', 14);
  const start =
    `${number}${checkDigit(number)}${field(d.nationality, 3)}${d.birthDate}${checkDigit(d.birthDate)}` +
    `${d.sex}${d.expiryDate}${checkDigit(d.expiryDate)}${personal}${checkDigit(personal)}`;
  const composite = checkDigit(start.slice(0, 10) + start.slice(13, 20) + start.slice(21, 43));
  return [line1, start + composite];
}

/** Replaces the character at `index` of line `line` (to break a check digit on purpose). */
export function withChar(lines: string[], line: number, index: number, char: string): string[] {
  return lines.map((text, i) => (i === line ? text.slice(0, index) + char + text.slice(index + 1) : text));
}
