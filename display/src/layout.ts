/**
 * Owns: which arrangement the board uses. `auto` follows the screen's orientation, so one setting
 * serves a wall screen mounted either way; the settings can force one for a screen whose
 * browser reports the wrong orientation.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { DisplayLayout } from '#protocol/display.ts';

export type Arrangement = 'landscape' | 'portrait';

export function arrangementFor(layout: DisplayLayout, viewportIsPortrait: boolean): Arrangement {
  if (layout !== 'auto') return layout;
  return viewportIsPortrait ? 'portrait' : 'landscape';
}

/** Whether the viewport is taller than wide, kept current when the screen is turned or resized. */
export function portraitViewport(): ReadonlySignal<boolean> {
  const query = window.matchMedia('(orientation: portrait)');
  const portrait = signal(query.matches);
  query.addEventListener('change', (event) => (portrait.value = event.matches));
  return portrait;
}
