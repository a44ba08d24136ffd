/**
 * Owns: the queue rows a display lists — per shown service its prefix, its name in the screen's
 * language and the waiting count with the estimated wait ("3 wartend · ca. 10–20 Min.").
 * Why every active service is listed, even with nobody waiting: a list that stays put is easier
 * to find one's line in than one whose rows come and go.
 */
import type { Language } from '#protocol/language.ts';
import type { OfficeView, ServiceQueue } from '#protocol/office.ts';
import { localizedWithLanguage } from '#i18n/locale.ts';
import { t } from '#i18n/translate.ts';
import { isServiceShown, type CallFilter } from './filter.ts';

export interface QueueRow {
  serviceId: string;
  prefix: string;
  name: string;
  /** the language the name is really in (German when it has no translation) */
  nameLang: string;
  waiting: number;
  figures: string;
}

/** Keeps a range such as `10–20` on one line (no break on either side of the dash). */
const WORD_JOINER = '\u2060';

/** "3 wartend · ca. 10–20 Min.", "niemand wartet · keine Schätzung". */
export function queueFigures(
  queue: Pick<ServiceQueue, 'waiting' | 'waitEstimate'>,
  language: Language,
): string {
  const waiting =
    queue.waiting === 0
      ? t(language, 'display.queue.none')
      : t(language, 'display.queue.waiting', { n: queue.waiting });
  const estimate = queue.waitEstimate
    ? t(language, 'display.queue.estimate', {
        low: `${queue.waitEstimate.lowMinutes}${WORD_JOINER}`,
        high: `${WORD_JOINER}${queue.waitEstimate.highMinutes}`,
      })
    : t(language, 'display.queue.noEstimate');
  return `${waiting} · ${estimate}`;
}

/** The rows for the offices' services that pass the filter, in the catalog's order. */
export function queueRows(
  offices: readonly OfficeView[],
  queuesByOffice: Readonly<Record<string, readonly ServiceQueue[]>>,
  filter: CallFilter,
  language: Language,
): QueueRow[] {
  return offices.flatMap((office) => {
    const queues = queuesByOffice[office.id] ?? [];
    return office.services
      .filter((s) => s.closedReason !== 'inactive' && isServiceShown(s, office, filter))
      .map((service) => {
        const queue = queues.find((q) => q.serviceId === service.id) ?? { waiting: 0 };
        const name = localizedWithLanguage(service.names, language);
        return {
          serviceId: service.id,
          prefix: service.prefix,
          name: name.text,
          nameLang: name.lang,
          waiting: queue.waiting,
          figures: queueFigures(queue, language),
        };
      });
  });
}
