/**
 * The virtual printer's tickets as images. The SVG comes from our own server and is shown through
 * <img>, where scripts inside an SVG never run; the alt text is the printed lines.
 */
import type { Language } from '#protocol/language.ts';
import { ErrorText } from '#web/components/ErrorText.tsx';
import { formatTime } from '#i18n/format.ts';
import { t } from '#i18n/translate.ts';
import type { PrinterJobsModel } from '../model/printer-jobs.ts';

export function PrinterPreview({ printer, language }: { printer: PrinterJobsModel; language: Language }) {
  const jobs = printer.jobs.value;
  return (
    <section class="card" aria-labelledby="printer-heading" aria-busy={printer.loading.value}>
      <div class="card__title-row">
        <h2 id="printer-heading">{t(language, 'counter.printer.heading')}</h2>
        <button type="button" class="button button--secondary" onClick={() => void printer.load()}>
          {t(language, 'counter.printer.refresh')}
        </button>
      </div>
      <ErrorText error={printer.error.value} language={language} />
      {jobs.length === 0 && !printer.loading.value && <p>{t(language, 'counter.printer.none')}</p>}
      <ul class="print-jobs">
        {jobs.map((job) => (
          <li key={job.id} class="print-jobs__item">
            <img
              src={`data:image/svg+xml,${encodeURIComponent(job.svg)}`}
              alt={t(language, 'counter.printer.alt', {
                time: formatTime(job.receivedAt, language, { seconds: true }),
                text: job.lines
                  .map((l) => l.text.trim())
                  .filter(Boolean)
                  .join(' / '),
              })}
            />
            <p class="muted">{formatTime(job.receivedAt, language, { seconds: true })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
