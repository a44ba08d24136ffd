import { describe, expect, it } from 'vitest';
import { kioskOptions } from './options.ts';

describe('kiosk URL options', () => {
  it('takes an idle time in seconds', () => {
    expect(kioskOptions('?idle=12')).toEqual({ idleSeconds: 12 });
  });

  it('has no options without them, and never a staff PIN from the URL', () => {
    expect(kioskOptions('')).toEqual({});
    expect(kioskOptions('?token=abc')).toEqual({});
    expect(kioskOptions('?pin=4711')).toEqual({});
  });

  it('ignores a malformed idle time instead of guessing', () => {
    expect(kioskOptions('?idle=2')).toEqual({});
    expect(kioskOptions('?idle=7.5')).toEqual({});
    expect(kioskOptions('?idle=abc')).toEqual({});
    expect(kioskOptions('?idle=')).toEqual({});
  });
});
