/**
 * Owns: turning the server's answer to `GET /api/display/config` into the options the display
 * runs with. Checked with the protocol's schema, so a proxy's error page or an older server never
 * passes as settings.
 * Why a failed refresh keeps the last settings: a display that loses the network for a moment
 * should not jump back to the default layout; only a refused token or a wrong answer resets it.
 */
import { DEFAULT_DISPLAY_OPTIONS, DisplaySettings, type DisplayOptions } from '#protocol/display.ts';
import type { ClientResult } from '#web/client-result.ts';

/** The settings in a server answer, or undefined when the answer is not display settings. */
export function parseDisplaySettings(body: unknown): DisplaySettings | undefined {
  const parsed = DisplaySettings.safeParse(body);
  return parsed.success ? parsed.data : undefined;
}

/** The options to use after a (re)load: the new ones, the previous ones, or the defaults. */
export function settingsAfter(
  previous: DisplayOptions | undefined,
  result: ClientResult<unknown>,
): DisplayOptions {
  if (result.ok) return parseDisplaySettings(result.data) ?? DEFAULT_DISPLAY_OPTIONS;
  if (result.error.code === 'offline' || result.error.code === 'internal_error') {
    return previous ?? DEFAULT_DISPLAY_OPTIONS;
  }
  // Refused (401/403) or any other answer: this device has no settings of its own.
  return DEFAULT_DISPLAY_OPTIONS;
}
