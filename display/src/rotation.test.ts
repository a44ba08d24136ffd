import { describe, expect, it } from 'vitest';
import { languageAt, msUntilNextLanguage } from './rotation.ts';

describe('language rotation', () => {
  it('gives each language rotateSeconds in turn, in the configured order', () => {
    const at = (seconds: number) => languageAt(['de', 'en', 'tr'], 12, seconds * 1000);
    expect([0, 11.999, 12, 23, 24, 35, 36].map(at)).toEqual(['de', 'de', 'en', 'en', 'tr', 'tr', 'de']);
  });

  it('follows the wall clock, so displays side by side show the same language', () => {
    const noon = Date.UTC(2026, 10, 25, 11, 0, 0); // a multiple of 12 s
    expect(languageAt(['de', 'en'], 12, noon)).toBe(languageAt(['de', 'en'], 12, noon + 24_000));
    expect(languageAt(['de', 'en'], 12, noon)).not.toBe(languageAt(['de', 'en'], 12, noon + 12_000));
  });

  it('does not rotate with one language', () => {
    expect(languageAt(['ar'], 5, 123_456)).toBe('ar');
  });

  it('tells how long until the next language starts', () => {
    expect(msUntilNextLanguage(12, 0)).toBe(12_000);
    expect(msUntilNextLanguage(12, 11_500)).toBe(500);
    expect(msUntilNextLanguage(5, 5_000)).toBe(5_000);
  });
});
