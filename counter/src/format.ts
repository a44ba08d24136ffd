/**
 * Dates with times, for what is not today: appointments on later days, a device last heard of
 * yesterday. Wall-clock time in the office's time zone (Europe/Berlin), Latin digits.
 */
import type { Language } from '#protocol/language.ts';
import { formatTime } from '#i18n/format.ts';
import { intlLocale } from '#i18n/locale.ts';
import { OFFICE_TIME_ZONE, zonedDate } from './model/zoned-time.ts';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(language: Language, timeZone: string): Intl.DateTimeFormat {
  const id = `${language}|${timeZone}`;
  let format = dateFormats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(language), {
      weekday: 'short',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone,
    });
    dateFormats.set(id, format);
  }
  return format;
}

/** `Mi., 25.11.2026` in the office's time zone. */
export function formatDate(epochMs: number, language: Language, timeZone = OFFICE_TIME_ZONE): string {
  return dateFormat(language, timeZone).format(epochMs);
}

/** `14:05:09` when on the same office day as `nowMs`, else `Di., 24.11.2026, 14:05:09`. */
export function formatSince(
  epochMs: number,
  nowMs: number,
  language: Language,
  timeZone = OFFICE_TIME_ZONE,
): string {
  const time = formatTime(epochMs, language, { timeZone, seconds: true });
  return zonedDate(epochMs, timeZone) === zonedDate(nowMs, timeZone)
    ? time
    : `${formatDate(epochMs, language, timeZone)}, ${time}`;
}
