/**
 * Decodes what a keyboard-wedge reader types, from its raw boot-keyboard HID reports.
 *
 * Why our own table: the reader sends US key positions, and a German host layout would turn
 * `<` into `;` and swap Y and Z, so every MRZ check digit would fail. Reading the reports through
 * hidraw and mapping them with a fixed US table is independent of the host layout.
 *
 * A boot keyboard report is 8 bytes: modifier bits, a reserved byte, then up to six usage ids
 * (HID Usage Tables, keyboard page 0x07) of the keys held down, 0 for an empty slot. A key
 * "types" once, on the report where it first appears (its down edge); holding it or listing it
 * again in later reports (rollover, other keys joining) types nothing. To type the same
 * character twice a reader must release the key in between, which real readers do.
 */

const LEFT_SHIFT = 0x02;
const RIGHT_SHIFT = 0x20;
/** Ctrl, Alt and GUI on either side. With one of them held a key is not text. */
const NON_TEXT_MODIFIERS = 0x01 | 0x04 | 0x08 | 0x10 | 0x40 | 0x80;

/** Usage ids 0x01–0x03 fill every slot when the keyboard cannot report its state (phantom state). */
const ERROR_ROLL_OVER = 0x01;
const ERROR_UNDEFINED = 0x03;

const ENTER = 0x28;
const KEYPAD_ENTER = 0x58;
/** Caps Lock, Scroll Lock, Num Lock: state keys that type nothing. */
const LOCK_KEYS = new Set([0x39, 0x47, 0x53]);

/** Stands for a key we cannot turn into text, so a line containing it can never pass as valid. */
export const UNKNOWN_KEY = '\uFFFD';

/** US layout: usage id → [unshifted, shifted]. */
const US_KEYS = new Map<number, readonly [string, string]>();
{
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i < letters.length; i++) {
    const letter = letters.charAt(i);
    US_KEYS.set(0x04 + i, [letter, letter.toUpperCase()]);
  }
  const digitRow = ['1!', '2@', '3#', '4$', '5%', '6^', '7&', '8*', '9(', '0)'];
  digitRow.forEach((pair, i) => US_KEYS.set(0x1e + i, [pair.charAt(0), pair.charAt(1)]));
  const punctuation: [number, string][] = [
    [0x2b, '\t\t'],
    [0x2c, '  '],
    [0x2d, '-_'],
    [0x2e, '=+'],
    [0x2f, '[{'],
    [0x30, ']}'],
    [0x31, '\\|'],
    [0x32, '#~'], // "Non-US # and ~"
    [0x33, ';:'],
    [0x34, `'"`],
    [0x35, '`~'],
    [0x36, ',<'],
    [0x37, '.>'],
    [0x38, '/?'],
    [0x64, '\\|'], // "Non-US \ and |": the key left of Z, `<>` on a German keyboard
    // Keypad, as typed with Num Lock on (readers that type digits on the keypad assume it).
    [0x54, '//'],
    [0x55, '**'],
    [0x56, '--'],
    [0x57, '++'],
    [0x62, '00'],
    [0x63, '..'],
  ];
  for (const [usage, pair] of punctuation) US_KEYS.set(usage, [pair.charAt(0), pair.charAt(1)]);
  for (let i = 0; i < 9; i++) US_KEYS.set(0x59 + i, [String(i + 1), String(i + 1)]);
}

/** What one report typed: text characters, and `'\n'` for Enter / keypad Enter. */
export function decodeKeyReport(previousKeys: readonly number[], report: Uint8Array): string {
  const modifiers = report[0] ?? 0;
  const shift = (modifiers & (LEFT_SHIFT | RIGHT_SHIFT)) !== 0;
  const textAllowed = (modifiers & NON_TEXT_MODIFIERS) === 0;
  let typed = '';
  for (const key of pressedKeys(report)) {
    if (previousKeys.includes(key)) continue;
    if (key === ENTER || key === KEYPAD_ENTER) typed += '\n';
    else if (LOCK_KEYS.has(key)) continue;
    else {
      const pair = textAllowed ? US_KEYS.get(key) : undefined;
      typed += pair ? pair[shift ? 1 : 0] : UNKNOWN_KEY;
    }
  }
  return typed;
}

/** Usage ids held down in a boot report, empty slots left out. */
export function pressedKeys(report: Uint8Array): number[] {
  const keys: number[] = [];
  for (let i = 2; i < Math.min(report.length, 8); i++) {
    const key = report[i] ?? 0;
    if (key !== 0) keys.push(key);
  }
  return keys;
}

/** A phantom-state report (ErrorRollOver etc. in the key slots) says nothing about the keys. */
function isPhantomState(report: Uint8Array): boolean {
  const keys = pressedKeys(report);
  return keys.length > 0 && keys.every((key) => key >= ERROR_ROLL_OVER && key <= ERROR_UNDEFINED);
}

export interface WedgeDecoderOptions {
  /**
   * Set when the reader's keyboard interface numbers its reports: each report then starts with
   * this id and has 9 bytes. Reports with another id (e.g. consumer keys) are ignored.
   */
  reportId?: number;
  /** A line longer than this is dropped (a stuck key must not grow memory). Default 512. */
  maxLineLength?: number;
}

export interface WedgeDecoder {
  /** Feeds one input report; returns the lines it completed (Enter ends a line, not included). */
  push(report: Uint8Array): string[];
  /** Characters typed since the last Enter. */
  pending(): string;
  /** Forgets the partial line and which keys are held (after a timeout or reconnect). */
  reset(): void;
  /** Reports that did not have the boot-keyboard shape and were skipped. */
  ignoredReports(): number;
}

export function createWedgeDecoder({
  reportId,
  maxLineLength = 512,
}: WedgeDecoderOptions = {}): WedgeDecoder {
  let held: number[] = [];
  let line = '';
  let ignored = 0;

  const bootReport = (report: Uint8Array): Uint8Array | undefined => {
    if (reportId === undefined) return report.length === 8 ? report : undefined;
    return report.length === 9 && report[0] === reportId ? report.subarray(1) : undefined;
  };

  return {
    push(raw) {
      const report = bootReport(raw);
      if (!report) {
        ignored++;
        return [];
      }
      if (isPhantomState(report)) return [];
      const typed = decodeKeyReport(held, report);
      held = pressedKeys(report);
      const lines: string[] = [];
      for (const char of typed) {
        if (char === '\n') {
          lines.push(line);
          line = '';
        } else {
          line += char;
          // Keep only a marker: the line is no longer one we could use, and must not pass as one.
          if (line.length > maxLineLength) line = UNKNOWN_KEY;
        }
      }
      return lines;
    },
    pending: () => line,
    reset() {
      held = [];
      line = '';
    },
    ignoredReports: () => ignored,
  };
}
