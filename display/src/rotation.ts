/**
 * Owns: which of the display's languages the screen shows now. The schedule hangs on the wall
 * clock (epoch time), not on when the page loaded, so every display in a hall changes language at
 * the same moment and a reload does not restart the cycle.
 */
import type { Language } from '#protocol/language.ts';

/** The language shown at `nowMs`: each gets `rotateSeconds` in turn, in the configured order. */
export function languageAt(languages: readonly Language[], rotateSeconds: number, nowMs: number): Language {
  if (languages.length === 0) return 'de';
  const slotMs = rotateSeconds * 1000;
  const index = Math.floor(nowMs / slotMs) % languages.length;
  return languages[index] ?? 'de';
}

/** Milliseconds until the next language starts (at least 1, so a timer never spins). */
export function msUntilNextLanguage(rotateSeconds: number, nowMs: number): number {
  const slotMs = rotateSeconds * 1000;
  return Math.max(1, slotMs - (nowMs % slotMs));
}
