/**
 * The board's words for durations and alarms. A timer reads `4:05` (minutes:seconds) or `1:02:05`;
 * longer spans read in minutes ("12 Minuten"), as people say them.
 */
import type { Language } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import { formatMinutes } from '#i18n/format.ts';
import { t } from '#i18n/translate.ts';
import type { BoardAlarm } from '../model/board-alarms.ts';
import { serviceName } from '../names.ts';

/** `0:07`, `4:05`, `1:02:05` — never negative. */
export function formatTimer(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** Whole minutes in words ("12 Minuten"). */
export function formatDuration(ms: number, language: Language): string {
  return formatMinutes(Math.max(0, Math.floor(ms / 60_000)), language);
}

export function alarmText(
  alarm: BoardAlarm,
  office: OfficeView | undefined,
  counterName: (id: string) => string,
  language: Language,
): string {
  switch (alarm.kind) {
    case 'uncovered':
      return t(language, 'counter.alarm.uncovered', {
        service: serviceName(office, alarm.serviceId, language),
        n: alarm.waiting,
      });
    case 'over-target':
      return t(language, 'counter.alarm.overTarget', {
        service: serviceName(office, alarm.serviceId, language),
        number: alarm.number,
        waited: formatMinutes(alarm.waitedMinutes, language),
        target: formatMinutes(alarm.targetWaitMinutes, language),
        percent: alarm.percent,
      });
    case 'too-many':
      return t(language, 'counter.alarm.tooMany', {
        service: serviceName(office, alarm.serviceId, language),
        n: alarm.waiting,
        max: alarm.maxWaiting,
      });
    case 'paused-long':
      return t(language, 'counter.alarm.pausedLong', {
        counter: counterName(alarm.counterId),
        minutes: formatMinutes(alarm.pausedMinutes, language),
        reason: alarm.reason ? ` (${alarm.reason})` : '',
        limit: formatMinutes(alarm.limitMinutes, language),
      });
  }
}
