/**
 * Per service: how many wait, the longest current wait against the service's target (a bar and
 * the same in words, so nothing depends on colour), the estimate for someone drawing now, and how
 * many open counters serve it today. Grouped by department.
 */
import type { Language } from '#protocol/language.ts';
import { localized } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import { formatMinutes } from '#i18n/format.ts';
import { t } from '#i18n/translate.ts';
import type { ServiceRow } from '../model/board-rows.ts';
import { formatDuration } from './board-text.ts';

export function ServiceQueues({
  rows,
  office,
  language,
}: {
  rows: readonly ServiceRow[];
  office: OfficeView | undefined;
  language: Language;
}) {
  const departments = office?.departments ?? [];
  return (
    <section class="card" aria-labelledby="board-services">
      <h2 id="board-services">{t(language, 'counter.board.services')}</h2>
      <table class="board-services">
        <thead>
          <tr>
            <th scope="col">{t(language, 'counter.col.service')}</th>
            <th scope="col" class="num">
              {t(language, 'counter.col.waiting')}
            </th>
            <th scope="col">{t(language, 'counter.col.longest')}</th>
            <th scope="col">{t(language, 'counter.col.estimate')}</th>
            <th scope="col" class="num">
              {t(language, 'counter.col.openCounters')}
            </th>
          </tr>
        </thead>
        {departments.map((department) => {
          const mine = rows.filter((r) => r.departmentId === department.id);
          if (mine.length === 0) return null;
          return (
            <tbody key={department.id}>
              <tr class="board-services__department">
                <th scope="colgroup" colSpan={5}>
                  {localized(department.names, language)}
                </th>
              </tr>
              {mine.map((row) => (
                <ServiceQueueRow key={row.serviceId} row={row} office={office} language={language} />
              ))}
            </tbody>
          );
        })}
      </table>
    </section>
  );
}

function ServiceQueueRow({
  row,
  office,
  language,
}: {
  row: ServiceRow;
  office: OfficeView | undefined;
  language: Language;
}) {
  const service = office?.services.find((s) => s.id === row.serviceId);
  const name = service ? localized(service.names, language) : row.serviceId;
  return (
    <tr data-service={row.serviceId} class={`board-services__row board-services__row--${row.level}`}>
      <th scope="row">
        {name}
        {service && <span class="muted"> ({service.prefix})</span>}
      </th>
      <td class="num board-services__waiting">{row.waiting}</td>
      <td>
        {row.longest === undefined ? (
          <span class="muted">–</span>
        ) : (
          <div class="wait-meter">
            <span class={`wait-meter__bar wait-meter__bar--${row.level}`} aria-hidden="true">
              <span style={{ width: `${Math.min(100, row.targetPercent ?? 0)}%` }} />
            </span>
            <span class="wait-meter__text">
              {row.longest.number}:{' '}
              {t(language, 'counter.board.longest', {
                waited: formatDuration(row.longest.waitedMs, language),
                target: formatMinutes(row.targetWaitMinutes, language),
                percent: row.targetPercent ?? 0,
              })}
              {(row.level === 'near' || row.level === 'over') && (
                <strong class={`wait-meter__level wait-meter__level--${row.level}`}>
                  <span aria-hidden="true">{row.level === 'over' ? ' ⚠ ' : ' ◔ '}</span>
                  {t(language, `counter.board.level.${row.level}`)}
                </strong>
              )}
            </span>
          </div>
        )}
      </td>
      <td>
        {/* No counter open is what a supervisor must see, even where the estimates count on a
            paused one coming back. */}
        {row.openCounters === 0
          ? t(language, 'counter.board.noEstimate')
          : row.estimate
            ? t(language, 'counter.board.estimate', {
                low: row.estimate.lowMinutes,
                high: row.estimate.highMinutes,
              })
            : '–'}
      </td>
      <td class="num">{row.openCounters}</td>
    </tr>
  );
}
