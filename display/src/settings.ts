/**
 * Owns: turning the server's answer to `GET /api/display/config` into the options the display
 * runs with. Checked here, so a proxy's error page or an older server never passes as settings.
 * Why by hand and not with the protocol's schema: the display's first download stays free of zod.
 * The server builds the answer from the `DisplaySettings` schema; this check mirrors its types,
 * ranges and defaults (settings.test.ts holds it against the schema).
 * Why a failed refresh keeps the last settings: a display that loses the network for a moment
 * should not jump back to the default layout; only a refused token or a wrong answer resets it.
 */
import type { DisplayOptions, DisplaySettings } from '#protocol/display.ts';
import { DEFAULT_DISPLAY_OPTIONS } from '#protocol/display-defaults.ts';
import { isLanguage } from '#protocol/language-codes.ts';
import type { ClientResult } from '#web/client-result.ts';

/** The schema is strict: a key it does not know makes the answer something else. */
const SETTINGS_KEYS: ReadonlySet<string> = new Set([
  ...Object.keys(DEFAULT_DISPLAY_OPTIONS),
  ...([
    'departments',
    'services',
    'counters',
    'ticker',
    'deviceId',
    'officeIds',
  ] satisfies (keyof DisplaySettings)[]),
]);

/** The settings in a server answer, or undefined when the answer is not display settings. */
export function parseDisplaySettings(body: unknown): DisplaySettings | undefined {
  const givenAnnounce = isRecord(body) && body.announce !== undefined ? body.announce : {};
  if (!isRecord(body) || !isRecord(givenAnnounce)) return undefined;
  // Like the schema's defaults: a key left out takes the default, inside `announce` too.
  const announce: Record<string, unknown> = {
    ...DEFAULT_DISPLAY_OPTIONS.announce,
    ...defined(givenAnnounce),
  };
  const s: Record<string, unknown> = { ...DEFAULT_DISPLAY_OPTIONS, ...defined(body), announce };
  const valid =
    Object.keys(s).every((key) => SETTINGS_KEYS.has(key)) &&
    Object.keys(announce).every((key) => key in DEFAULT_DISPLAY_OPTIONS.announce) &&
    typeof s.deviceId === 'string' &&
    isStringArray(s.officeIds) &&
    (s.layout === 'auto' || s.layout === 'landscape' || s.layout === 'portrait') &&
    [s.departments, s.services, s.counters].every((ids) => ids === undefined || isStringArray(ids)) &&
    isIntegerIn(s.historyRows, 0, 20) &&
    isLanguageList(s.languages, 7) &&
    isIntegerIn(s.rotateSeconds, 5, 120) &&
    typeof announce.gong === 'boolean' &&
    typeof announce.speech === 'boolean' &&
    isLanguageList(announce.languages, 2) &&
    typeof s.showQueues === 'boolean' &&
    (s.ticker === undefined || isLocalizedText(s.ticker)) &&
    typeof s.autoplay === 'boolean';
  return valid ? (s as DisplaySettings) : undefined;
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The keys whose value is not `undefined` (JSON has none, but a default must not be overwritten by one). */
function defined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isIntegerIn(value: unknown, min: number, max: number): boolean {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}

function isLanguageList(value: unknown, max: number): boolean {
  return Array.isArray(value) && value.length >= 1 && value.length <= max && value.every(isLanguage);
}

/** `de` required, every text 1–200 characters (the schema's `LocalizedText`). */
function isLocalizedText(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.de === 'string' &&
    Object.values(value).every((text) => typeof text === 'string' && text.length >= 1 && text.length <= 200)
  );
}
