import { parse } from 'mrz';
import { describe, expect, it } from 'vitest';
import { checkDigit, td1Lines, td3Lines, withChar } from './mrz-samples.ts';
import { birthDateFromMrz, calendarDate, isMrzLine, readMrzIdentity, toMrzName } from './mrz.ts';

// 16 November 2026, 10:00 in Berlin.
const NOW = new Date('2026-11-16T09:00:00Z');

describe('the sample builder', () => {
  it('computes ICAO check digits (known values)', () => {
    // 7-3-1 weights: "520727" → 5·7+2·3+0·1+7·7+2·3+7·1 = 103 → 3
    expect(checkDigit('520727')).toBe('3');
    // L=21, Z=35: 21·7+35·3+6·1+3·7+1·3+1·1+29·7+4·3+7·1 = 505 → 5
    expect(checkDigit('LZ6311T47')).toBe('5');
    expect(checkDigit('<<<<<<')).toBe('0');
  });

  it('builds MRZs that the mrz package accepts as valid', () => {
    expect(parse(td1Lines()).valid).toBe(true);
    expect(parse(td3Lines()).valid).toBe(true);
  });
});

describe('readMrzIdentity', () => {
  it('reads a German ID card (TD1) and returns only what matching needs', () => {
    const lines = td1Lines();
    expect(lines.map((line) => line.length)).toEqual([30, 30, 30]);
    expect(readMrzIdentity(lines, NOW)).toEqual({
      kind: 'id-card',
      lastName: 'MUSTERMANN',
      firstNames: 'ERIKA',
      birthDate: '1983-08-12',
      valid: true,
      expired: false,
    });
  });

  it('reads a passport (TD3) with several given names', () => {
    const lines = td3Lines({ firstNames: ['ERIKA', 'ANNA', 'MARIA'], birthDate: '050301' });
    expect(lines.map((line) => line.length)).toEqual([44, 44]);
    expect(readMrzIdentity(lines, NOW)).toEqual({
      kind: 'passport',
      lastName: 'MUSTERMANN',
      firstNames: 'ERIKA ANNA MARIA',
      birthDate: '2005-03-01',
      valid: true,
      expired: false,
    });
  });

  it('never carries the document number or a raw line', () => {
    const lines = td1Lines({ documentNumber: 'T7Z4K9M21' });
    const json = JSON.stringify(readMrzIdentity(lines, NOW));
    expect(json).not.toContain('T7Z4K9M21');
    expect(json).not.toContain('<');
    for (const line of lines) expect(json).not.toContain(line);
  });

  it('reads transliterated umlauts and names joined by single <', () => {
    const lines = td1Lines({ lastNames: ['MUELLER', 'SCHMITT'], firstNames: ['JUERGEN', 'HANS'] });
    expect(lines[2]).toBe('MUELLER<SCHMITT<<JUERGEN<HANS<');
    const identity = readMrzIdentity(lines, NOW);
    expect(identity).toMatchObject({ lastName: 'MUELLER SCHMITT', firstNames: 'JUERGEN HANS', valid: true });
    expect(identity?.lastName).toBe(toMrzName('Müller-Schmitt'));
    expect(identity?.firstNames).toBe(toMrzName('Jürgen Hans'));
  });

  it('reads names cut off at the end of the name field as they stand', () => {
    const lines = td1Lines({ lastNames: ['MUELLER', 'LUEDENSCHEIDT'], firstNames: ['JUERGEN', 'HANS'] });
    expect(lines[2]).toBe('MUELLER<LUEDENSCHEIDT<<JUERGEN');
    expect(readMrzIdentity(lines, NOW)).toMatchObject({
      lastName: 'MUELLER LUEDENSCHEIDT',
      firstNames: 'JUERGEN',
    });
  });

  it('reads a card without given names', () => {
    expect(readMrzIdentity(td1Lines({ firstNames: [] }), NOW)).toMatchObject({
      lastName: 'MUSTERMANN',
      firstNames: '',
    });
  });

  it.each([
    ['document number', 0, 14],
    ['birth date', 1, 6],
    ['expiry date', 1, 14],
    ['composite', 1, 29],
  ])('marks a wrong %s check digit as invalid but still reads the fields', (_name, line, index) => {
    const lines = td1Lines();
    const wrong = String((Number(lines[line]!.charAt(index)) + 1) % 10);
    expect(readMrzIdentity(withChar(lines, line, index, wrong), NOW)).toMatchObject({
      lastName: 'MUSTERMANN',
      birthDate: '1983-08-12',
      valid: false,
    });
  });

  it('marks a passport with a wrong birth date check digit as invalid', () => {
    const lines = td3Lines();
    const wrong = String((Number(lines[1]!.charAt(19)) + 1) % 10);
    expect(readMrzIdentity(withChar(lines, 1, 19, wrong), NOW)?.valid).toBe(false);
  });

  it('marks a misread birth date as invalid (the check digit no longer fits)', () => {
    const lines = withChar(td1Lines(), 1, 5, '3'); // 830812 read as 830813
    expect(readMrzIdentity(lines, NOW)).toMatchObject({ birthDate: '1983-08-13', valid: false });
  });

  it('knows an expired document', () => {
    expect(readMrzIdentity(td1Lines({ expiryDate: '261115' }), NOW)?.expired).toBe(true);
    expect(readMrzIdentity(td1Lines({ expiryDate: '261116' }), NOW)?.expired).toBe(false); // valid through the day
    expect(readMrzIdentity(td1Lines({ expiryDate: '991231' }), NOW)?.expired).toBe(true); // 1999, not 2099
  });

  it('gives nothing for lines that are not a TD1 or TD3 MRZ', () => {
    const td1 = td1Lines();
    expect(readMrzIdentity(td1.slice(0, 2), NOW)).toBeUndefined();
    expect(readMrzIdentity([...td1, td1[2]!], NOW)).toBeUndefined();
    expect(readMrzIdentity([td1[0]!, td1[1]!.toLowerCase(), td1[2]!], NOW)).toBeUndefined();
    expect(readMrzIdentity([td1[0]!, td1[1]!.slice(1), td1[2]!], NOW)).toBeUndefined();
    expect(
      readMrzIdentity(['I<UTO'.padEnd(36, '<'), '8308125F3106309UTO'.padEnd(36, '<')], NOW),
    ).toBeUndefined(); // TD2
    expect(readMrzIdentity([], NOW)).toBeUndefined();
  });

  it('gives nothing when the birth date is not a full date', () => {
    expect(readMrzIdentity(td1Lines({ birthDate: '8308<<' }), NOW)).toBeUndefined();
    expect(readMrzIdentity(td1Lines({ birthDate: '830231' }), NOW)).toBeUndefined();
  });
});

describe('birthDateFromMrz', () => {
  it('puts a two-digit year in this century unless that would be in the future', () => {
    expect(birthDateFromMrz('050301', '2026-11-16')).toBe('2005-03-01');
    expect(birthDateFromMrz('261116', '2026-11-16')).toBe('2026-11-16'); // born today
    expect(birthDateFromMrz('261117', '2026-11-16')).toBe('1926-11-17'); // tomorrow → 1926
    expect(birthDateFromMrz('640812', '2026-11-16')).toBe('1964-08-12');
    expect(birthDateFromMrz('000229', '2026-11-16')).toBe('2000-02-29');
  });

  it('uses the injected now, so the same MRZ means another century later', () => {
    expect(birthDateFromMrz('300101', '2026-11-16')).toBe('1930-01-01');
    expect(birthDateFromMrz('300101', '2031-01-01')).toBe('2030-01-01');
  });

  it('rejects dates that do not exist in the chosen century', () => {
    expect(birthDateFromMrz('010229', '2026-11-16')).toBeUndefined();
    expect(birthDateFromMrz('011301', '2026-11-16')).toBeUndefined();
  });
});

describe('calendarDate', () => {
  it('takes today in Berlin, not in UTC', () => {
    // 23:30 UTC on the 15th is already the 16th in Berlin.
    expect(calendarDate(new Date('2026-11-15T23:30:00Z'), 'Europe/Berlin')).toBe('2026-11-16');
    expect(calendarDate(new Date('2026-11-15T23:30:00Z'), 'UTC')).toBe('2026-11-15');
  });

  it('decides the century of someone born "today" by the Berlin date', () => {
    const justAfterMidnightInBerlin = new Date('2026-11-15T23:30:00Z');
    const lines = td1Lines({ birthDate: '261116' });
    expect(readMrzIdentity(lines, justAfterMidnightInBerlin)?.birthDate).toBe('2026-11-16');
    expect(readMrzIdentity(lines, justAfterMidnightInBerlin, { timeZone: 'UTC' })?.birthDate).toBe(
      '1926-11-16',
    );
  });
});

describe('toMrzName', () => {
  it('writes names the way German documents print them in the MRZ', () => {
    expect(toMrzName('Müller')).toBe('MUELLER');
    expect(toMrzName('Bößmann')).toBe('BOESSMANN');
    expect(toMrzName('Özdemir')).toBe('OEZDEMIR');
    expect(toMrzName('José-María')).toBe('JOSE MARIA');
    expect(toMrzName("  d'Hondt ")).toBe('D HONDT');
  });
});

describe('isMrzLine', () => {
  it('accepts 30 and 44 characters of A–Z, 0–9 and <', () => {
    expect(isMrzLine(td1Lines()[0]!)).toBe(true);
    expect(isMrzLine(td3Lines()[0]!)).toBe(true);
    expect(isMrzLine('IDD;;LZ6311T475;;;;;;;;;;;;;;;')).toBe(false); // German layout turned < into ;
    expect(isMrzLine('ABC')).toBe(false);
  });
});
