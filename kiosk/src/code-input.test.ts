import { describe, expect, it } from 'vitest';
import { BookingCode } from '#protocol/appointments.ts';
import {
  appendCodeKey,
  CODE_KEY_ROWS,
  CODE_MAX_LENGTH,
  deleteCodeKey,
  isCompleteCode,
  keyboardAction,
} from './code-input.ts';

const type = (keys: string) => [...keys].reduce(appendCodeKey, '');

describe('booking code keypad', () => {
  it('has every digit and letter once', () => {
    const keys = CODE_KEY_ROWS.flat();
    expect(keys).toHaveLength(36);
    expect(new Set(keys).size).toBe(36);
  });

  it('types capitals, digits and dashes, and nothing else', () => {
    expect(type('lev-4711')).toBe('LEV-4711');
    expect(type('L E V/4711!ä')).toBe('LEV4711');
    expect(appendCodeKey('LEV', 'AB')).toBe('LEV');
  });

  it('does not start a code with a dash', () => {
    expect(type('-LEV')).toBe('LEV');
  });

  it('stops at the longest booking code', () => {
    expect(type('A'.repeat(40))).toHaveLength(CODE_MAX_LENGTH);
  });

  it('deletes the last character', () => {
    expect(deleteCodeKey('LEV-')).toBe('LEV');
    expect(deleteCodeKey('')).toBe('');
  });

  it('sends a code of 4 to 32 characters', () => {
    expect(isCompleteCode('LEV-4711')).toBe(true);
    expect(isCompleteCode('L471')).toBe(true);
    expect(isCompleteCode('LEV')).toBe(false);
    expect(isCompleteCode('')).toBe(false);
  });

  it('calls a code complete exactly when the protocol takes it as a booking code', () => {
    for (const code of [
      'LEV-4711',
      'L471',
      'LEV',
      '',
      '-LEV1',
      '4711',
      'A'.repeat(32),
      'A'.repeat(33),
      'LEV--',
    ]) {
      expect([code, isCompleteCode(code)]).toEqual([code, BookingCode.safeParse(code).success]);
    }
  });

  it('reads a keyboard or a scanner typing into the page', () => {
    expect(keyboardAction('l')).toEqual({ type: 'key', key: 'L' });
    expect(keyboardAction('-')).toEqual({ type: 'key', key: '-' });
    expect(keyboardAction('Backspace')).toEqual({ type: 'delete' });
    expect(keyboardAction('Enter')).toEqual({ type: 'submit' });
    expect(keyboardAction('Tab')).toBeUndefined();
    expect(keyboardAction(' ')).toBeUndefined();
  });
});
