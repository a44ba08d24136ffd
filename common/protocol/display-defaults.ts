/**
 * Owns: the options of a wall display that has none in the configuration — the defaults of the
 * `DisplayOptions` schema written out as a plain object, free of zod, so the display page starts
 * with them without loading the schemas (display.test.ts holds the two together).
 */
import type { DisplayOptions } from './display.ts';

export const DEFAULT_DISPLAY_OPTIONS: DisplayOptions = {
  layout: 'auto',
  historyRows: 6,
  languages: ['de'],
  rotateSeconds: 12,
  announce: { gong: true, speech: true, languages: ['de'] },
  showQueues: true,
  autoplay: false,
};
