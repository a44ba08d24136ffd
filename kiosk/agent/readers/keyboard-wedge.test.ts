import { describe, expect, it } from 'vitest';
import { createWedgeDecoder, decodeKeyReport, UNKNOWN_KEY } from './keyboard-wedge.ts';

// Reports written out byte by byte, in the shape a boot keyboard sends them:
// [modifiers, reserved, key1 … key6]. 0x02 = left shift, 0x20 = right shift.
const r = (...bytes: number[]) => Uint8Array.from([...bytes, 0, 0, 0, 0, 0, 0, 0, 0].slice(0, 8));
const UP = r(0, 0);
const KEY = { a: 0x04, d: 0x07, i: 0x0c, z: 0x1d, y: 0x1c, one: 0x1e, zero: 0x27, comma: 0x36, enter: 0x28 };

function feed(reports: Uint8Array[], options?: Parameters<typeof createWedgeDecoder>[0]) {
  const decoder = createWedgeDecoder(options);
  const lines = reports.flatMap((report) => decoder.push(report));
  return { lines, pending: decoder.pending(), decoder };
}

describe('decodeKeyReport', () => {
  it('types a key on its down edge only', () => {
    expect(decodeKeyReport([], r(0, 0, KEY.a))).toBe('a');
    expect(decodeKeyReport([KEY.a], r(0, 0, KEY.a))).toBe('');
  });

  it('types < for shift + comma with either shift key, and a comma without', () => {
    expect(decodeKeyReport([], r(0x02, 0, KEY.comma))).toBe('<');
    expect(decodeKeyReport([], r(0x20, 0, KEY.comma))).toBe('<');
    expect(decodeKeyReport([], r(0, 0, KEY.comma))).toBe(',');
  });

  it('keeps Y and Z where a US keyboard has them', () => {
    expect(decodeKeyReport([], r(0x02, 0, KEY.z))).toBe('Z');
    expect(decodeKeyReport([], r(0x02, 0, KEY.y))).toBe('Y');
  });

  it('types digits from the top row and the keypad, and shifted digits as symbols', () => {
    expect(decodeKeyReport([], r(0, 0, KEY.one))).toBe('1');
    expect(decodeKeyReport([], r(0, 0, KEY.zero))).toBe('0');
    expect(decodeKeyReport([], r(0, 0, 0x59))).toBe('1'); // keypad 1
    expect(decodeKeyReport([], r(0, 0, 0x62))).toBe('0'); // keypad 0
    expect(decodeKeyReport([], r(0x02, 0, KEY.one))).toBe('!');
  });

  it('turns Enter and keypad Enter into a line end', () => {
    expect(decodeKeyReport([], r(0, 0, KEY.enter))).toBe('\n');
    expect(decodeKeyReport([], r(0, 0, 0x58))).toBe('\n');
  });

  it('marks keys without text, and keys under Ctrl or Alt, as unknown; lock keys type nothing', () => {
    expect(decodeKeyReport([], r(0, 0, 0x3a))).toBe(UNKNOWN_KEY); // F1
    expect(decodeKeyReport([], r(0x01, 0, KEY.a))).toBe(UNKNOWN_KEY); // Ctrl+A
    expect(decodeKeyReport([], r(0x04, 0, KEY.a))).toBe(UNKNOWN_KEY); // Alt+A
    expect(decodeKeyReport([], r(0, 0, 0x39))).toBe(''); // Caps Lock
  });
});

describe('createWedgeDecoder', () => {
  it('decodes capitals, digits, < and Enter into a line', () => {
    // "ID<1" + Enter, each key pressed and released as a wedge reader does.
    const { lines, pending } = feed([
      r(0x02, 0, KEY.i),
      UP,
      r(0x02, 0, KEY.d),
      UP,
      r(0x02, 0, KEY.comma),
      UP,
      r(0, 0, KEY.one),
      UP,
      r(0, 0, KEY.enter),
      UP,
    ]);
    expect(lines).toEqual(['ID<1']);
    expect(pending).toBe('');
  });

  it('types a repeated key again after it was released', () => {
    const { lines } = feed([
      r(0x02, 0, KEY.comma),
      r(0x02, 0), // shift still held, comma released
      r(0x02, 0, KEY.comma),
      UP,
      r(0, 0, KEY.enter),
    ]);
    expect(lines).toEqual(['<<']);
  });

  it('does not repeat a key that stays down across reports', () => {
    const { pending } = feed([r(0, 0, KEY.a), r(0, 0, KEY.a), r(0, 0, KEY.a)]);
    expect(pending).toBe('a');
  });

  it('handles rollover: a second key joins while the first is held, then the first is released', () => {
    const { pending } = feed([
      r(0, 0, KEY.a),
      r(0, 0, KEY.a, KEY.d), // d pressed while a still down
      r(0, 0, KEY.d), // a released
      r(0, 0, KEY.d, KEY.a), // a pressed again while d is down
      UP,
    ]);
    expect(pending).toBe('ada');
  });

  it('takes shift from the report in which the key goes down', () => {
    const { pending } = feed([r(0x02, 0, KEY.a), r(0, 0, KEY.a, KEY.d), UP]);
    expect(pending).toBe('Ad');
  });

  it('ignores phantom-state reports (ErrorRollOver in every slot) without losing held keys', () => {
    const { pending } = feed([r(0, 0, KEY.a), r(0, 0, 1, 1, 1, 1, 1, 1), r(0, 0, KEY.a), UP]);
    expect(pending).toBe('a');
  });

  it('ends lines on Enter and keeps the rest pending', () => {
    const { lines, pending } = feed([
      r(0, 0, KEY.one),
      UP,
      r(0, 0, KEY.enter),
      UP,
      r(0, 0, KEY.zero),
      UP,
      r(0, 0, KEY.enter),
      UP,
      r(0x02, 0, KEY.a),
      UP,
    ]);
    expect(lines).toEqual(['1', '0']);
    expect(pending).toBe('A');
  });

  it('skips reports that are not 8 bytes long', () => {
    const { pending, decoder } = feed([Uint8Array.from([0, 0, KEY.a]), r(0, 0, KEY.d)]);
    expect(pending).toBe('d');
    expect(decoder.ignoredReports()).toBe(1);
  });

  it('strips the report id of a numbered keyboard report and ignores other report ids', () => {
    const withId = (id: number, report: Uint8Array) => Uint8Array.from([id, ...report]);
    const { pending, decoder } = feed(
      [withId(1, r(0x02, 0, KEY.a)), withId(1, UP), withId(3, r(0, 0, KEY.d)), r(0, 0, KEY.d)],
      { reportId: 1 },
    );
    expect(pending).toBe('A');
    expect(decoder.ignoredReports()).toBe(2);
  });

  it('forgets the partial line and held keys on reset', () => {
    const decoder = createWedgeDecoder();
    decoder.push(r(0, 0, KEY.a));
    decoder.reset();
    expect(decoder.pending()).toBe('');
    decoder.push(r(0, 0, KEY.a)); // still held physically: after a reset it counts as new
    expect(decoder.pending()).toBe('a');
  });

  it('marks an overlong line so it can never pass as a valid one', () => {
    const reports = Array.from({ length: 6 }, () => [r(0, 0, KEY.a), UP]).flat();
    const { lines } = feed([...reports, r(0, 0, KEY.enter)], { maxLineLength: 4 });
    expect(lines).toEqual([`${UNKNOWN_KEY}a`]);
  });
});
