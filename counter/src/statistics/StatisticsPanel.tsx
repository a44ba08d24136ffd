/**
 * Statistik (supervisors and admins): the period, the key figures, charts of waits over the day,
 * arrivals against open counters, service level per service and the hour × weekday heat map,
 * the tables per service, hour, weekday, counter (and clerk, where the office enabled it), and
 * the CSV exports. Owns its model for as long as the tab is open.
 */
import { useModel, type ReadonlySignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import type { OfficeView } from '#protocol/office.ts';
import type { StatisticsView } from '#protocol/statistics.ts';
import { ErrorText } from '#web/components/ErrorText.tsx';
import { httpStatisticsApi, type StatisticsApi } from '../model/statistics-api.ts';
import { formatDay, formatNumber } from '../model/statistics-format.ts';
import { StatisticsModel } from '../model/statistics-model.ts';
import {
  clerkTable,
  counterTable,
  hourTable,
  isEmpty,
  keyFigures,
  serviceTable,
  weekdayTable,
  type TableModel,
} from '../model/statistics-rows.ts';
import { serviceLevelChart, staffingChart, waitsChart } from '../model/statistics-series.ts';
import { st } from '../model/statistics-texts.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { DataTable } from './DataTable.tsx';
import { Downloads } from './Downloads.tsx';
import { HeatmapTable } from './HeatmapTable.tsx';
import { KeyFigures } from './KeyFigures.tsx';
import { PeriodPicker } from './PeriodPicker.tsx';
import './statistics.css';

/** The tab's label (German, like the screen; see model/statistics-texts.ts). */
export const STATISTICS_TAB_LABEL = st('tab');

function periodLabel(view: StatisticsView): string {
  return view.from === view.to
    ? st('period.shownOne', { day: formatDay(view.from) })
    : st('period.shown', { from: formatDay(view.from), to: formatDay(view.to) });
}

export function StatisticsPanel({
  office,
  api = httpStatisticsApi,
}: {
  office: ReadonlySignal<OfficeView | undefined>;
  api?: StatisticsApi;
}) {
  const model = useModel(() => new StatisticsModel({ api, office }));
  const view = model.view.value;
  const status = model.status.value;
  return (
    <div class="statistics" lang="de">
      <section class="card statistics__head" aria-labelledby="stat-heading">
        <div class="statistics__title">
          <h2 id="stat-heading">{st('heading')}</h2>
          {view && (
            <p class="statistics__shown" data-testid="statistics-period">
              <strong>{periodLabel(view)}</strong>
              <span class="muted"> · {st('period.days', { n: formatNumber(view.days, 0) })}</span>
            </p>
          )}
        </div>
        <PeriodPicker model={model} />
        {view && <Downloads officeId={view.officeId} period={view} label={periodLabel(view)} />}
      </section>
      <p role="status" class={status === 'loading' ? 'statistics__status' : 'visually-hidden'}>
        {status === 'loading' ? st('loading') : ''}
      </p>
      {status === 'error' && (
        <div class="statistics__error">
          <ErrorText error={model.error.value} language="de" context={st('heading')} />
          <button type="button" class="button button--secondary" onClick={model.retry}>
            {st('retry')}
          </button>
        </div>
      )}
      {view &&
        (isEmpty(view) ? (
          <p class="card statistics__empty">{st('empty')}</p>
        ) : (
          <div aria-busy={status === 'loading'}>
            <Figures view={view} office={office.value} />
          </div>
        ))}
    </div>
  );
}

function Figures({ view, office }: { view: StatisticsView; office: OfficeView | undefined }) {
  // Built once per answer: a new chart model redraws the canvas.
  const charts = useMemo(
    () => [waitsChart(view), staffingChart(view), serviceLevelChart(view, office)],
    [view, office],
  );
  const clerks = clerkTable(view);
  return (
    <>
      <KeyFigures figures={keyFigures(view)} />
      <div class="stat-charts">
        {charts.map((chart) => (
          <ChartFigure key={chart.id} chart={chart} />
        ))}
        <HeatmapTable view={view} />
      </div>
      <TableSection id="services" title={st('table.services')} table={serviceTable(view, office)} />
      <TableSection
        id="hours"
        title={st('table.hours')}
        hint={st('table.hoursHint')}
        table={hourTable(view)}
      />
      <TableSection id="weekdays" title={st('table.weekdays')} table={weekdayTable(view)} />
      <TableSection id="counters" title={st('table.counters')} table={counterTable(view, office)} />
      {clerks && <TableSection id="clerks" title={st('table.clerks')} table={clerks} />}
    </>
  );
}

function TableSection({
  id,
  title,
  hint,
  table,
}: {
  id: string;
  title: string;
  hint?: string;
  table: TableModel;
}) {
  const headingId = `stat-table-${id}`;
  return (
    <section class="card stat-section" aria-labelledby={headingId} data-table={id}>
      <h2 id={headingId}>{title}</h2>
      {hint && <p class="muted stat-section__hint">{hint}</p>}
      <DataTable table={table} caption={title} captionHidden />
    </section>
  );
}
