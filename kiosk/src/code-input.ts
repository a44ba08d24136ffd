/**
 * Owns: typing a booking code on the kiosk's on-screen keypad (`LEV-4711`) — which keys exist,
 * what each key does to the code so far, and when the code is complete enough to send.
 * Pure. Codes are Latin capitals, digits and dashes in every language, so the keypad is too.
 */

/** The protocol's limit; the keypad stops taking keys there. */
export const CODE_MAX_LENGTH = 32;

/**
 * The protocol's `BookingCode` for what the keypad can type (capitals, digits, dashes): written
 * out here so the kiosk's first download stays free of zod; code-input.test.ts holds it against
 * the schema.
 */
const BOOKING_CODE = /^[A-Z0-9][A-Z0-9-]{3,31}$/;

/** Keypad rows: digits on top (codes end in digits), then A–Z in order, then the dash. */
export const CODE_KEY_ROWS: readonly (readonly string[])[] = [
  [...'1234567890'],
  [...'ABCDEFGHIJ'],
  [...'KLMNOPQRST'],
  [...'UVWXYZ'],
];
export const DASH = '-';

/**
 * The code after pressing `key` (one letter, digit or the dash; lower case counts as upper case).
 * Anything else, a key beyond the longest code, or a dash at the very start changes nothing.
 */
export function appendCodeKey(code: string, key: string): string {
  const upper = key.toUpperCase();
  if (!/^[A-Z0-9-]$/.test(upper) || code.length >= CODE_MAX_LENGTH) return code;
  if (upper === DASH && code === '') return code;
  return code + upper;
}

/** The code without its last character. */
export function deleteCodeKey(code: string): string {
  return code.slice(0, -1);
}

/** Whether the server can take the code as a booking code (4–32 characters, not starting with a dash). */
export function isCompleteCode(code: string): boolean {
  return BOOKING_CODE.test(code) && code.length <= CODE_MAX_LENGTH;
}

/** What a key of a physical keyboard or a scanner typing into the page means on the keypad. */
export type KeyboardAction = { type: 'key'; key: string } | { type: 'delete' } | { type: 'submit' };

export function keyboardAction(key: string): KeyboardAction | undefined {
  if (key === 'Backspace') return { type: 'delete' };
  if (key === 'Enter') return { type: 'submit' };
  return /^[A-Za-z0-9-]$/.test(key) ? { type: 'key', key: key.toUpperCase() } : undefined;
}
