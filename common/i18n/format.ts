/**
 * Owns: how times and durations look to people. Times are epoch ms everywhere else and become
 * wall-clock time (Europe/Berlin unless the office says otherwise) only here, at the edge.
 */
import type { Language } from '#protocol/language.ts';
import { intlLocale } from './locale.ts';
import { t } from './translate.ts';

const DEFAULT_TIME_ZONE = 'Europe/Berlin';

// Intl formatters are expensive to build; the clock formats every second.
const timeFormats = new Map<string, Intl.DateTimeFormat>();

function timeFormat(language: Language, timeZone: string, seconds: boolean): Intl.DateTimeFormat {
  const id = `${language}|${timeZone}|${seconds}`;
  let format = timeFormats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(language), {
      hour: '2-digit',
      minute: '2-digit',
      ...(seconds ? { second: '2-digit' } : {}),
      hourCycle: 'h23',
      timeZone,
    });
    timeFormats.set(id, format);
  }
  return format;
}

/** `14:05` (or `14:05:09` with seconds) in the office's time zone. */
export function formatTime(
  epochMs: number,
  language: Language,
  options: { timeZone?: string; seconds?: boolean } = {},
): string {
  return timeFormat(language, options.timeZone ?? DEFAULT_TIME_ZONE, options.seconds ?? false).format(
    epochMs,
  );
}

/** Whole minutes between two instants, never negative (clocks of client and server drift). */
export function minutesBetween(fromMs: number, toMs: number): number {
  return Math.max(0, Math.floor((toMs - fromMs) / 60_000));
}

/**
 * `1 Minute`, `5 Minuten` / `1 minute`, `5 minutes`. Languages with more plural forms (Russian,
 * Ukrainian, Polish, Arabic) word `minutes.other` so that it fits every count (`{n} мин.`).
 */
export function formatMinutes(minutes: number, language: Language): string {
  const rule = new Intl.PluralRules(intlLocale(language)).select(minutes);
  return t(language, rule === 'one' ? 'minutes.one' : 'minutes.other', { n: minutes });
}

/** Keeps a range such as `10–20` on one line: no line break on either side of its dash. */
const WORD_JOINER = '\u2060';

/**
 * `Geschätzte Wartezeit: 10–20 Minuten` — an estimate is always a range. The numbers are glued to
 * the dash of the catalog text, so a narrow phone never shows "10–" at the end of a line.
 */
export function formatWaitEstimate(
  estimate: { lowMinutes: number; highMinutes: number },
  language: Language,
): string {
  return t(language, 'wait.estimate', {
    low: `${estimate.lowMinutes}${WORD_JOINER}`,
    high: `${WORD_JOINER}${estimate.highMinutes}`,
  });
}

/** Picks the `.zero`/`.one`/`.other` variant of a counted message such as people ahead. */
export function countVariant(count: number): 'zero' | 'one' | 'other' {
  return count === 0 ? 'zero' : count === 1 ? 'one' : 'other';
}
