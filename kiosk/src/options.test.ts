import { describe, expect, it } from 'vitest';
import { kioskOptions } from './options.ts';

describe('kiosk URL options', () => {
  it('takes a staff PIN of 4 to 8 digits and an idle time in seconds', () => {
    expect(kioskOptions('?pin=4711&idle=12')).toEqual({ staffPin: '4711', idleSeconds: 12 });
  });

  it('has no staff exit and the default idle time without them', () => {
    expect(kioskOptions('')).toEqual({});
    expect(kioskOptions('?token=abc')).toEqual({});
  });

  it('ignores a malformed PIN or idle time instead of guessing', () => {
    expect(kioskOptions('?pin=123')).toEqual({});
    expect(kioskOptions('?pin=123456789')).toEqual({});
    expect(kioskOptions('?pin=12a4')).toEqual({});
    expect(kioskOptions('?pin=')).toEqual({});
    expect(kioskOptions('?idle=2')).toEqual({});
    expect(kioskOptions('?idle=7.5')).toEqual({});
    expect(kioskOptions('?idle=abc')).toEqual({});
    expect(kioskOptions('?idle=')).toEqual({});
  });
});
