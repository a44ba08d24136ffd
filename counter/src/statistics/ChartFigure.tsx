/**
 * A chart with its text alternative: a heading and caption that say what it shows, the legend,
 * the canvas (hidden from screen readers), and the same data as a table that opens on request.
 */
import { chartTable, hasData, type ChartModel } from '../model/statistics-series.ts';
import { st } from '../model/statistics-texts.ts';
import { ChartLegend } from './ChartLegend.tsx';
import { DataTable } from './DataTable.tsx';
import { UPlotChart } from './UPlotChart.tsx';

export function ChartFigure({ chart }: { chart: ChartModel }) {
  const titleId = `stat-chart-${chart.id}`;
  const drawable = hasData(chart);
  return (
    <figure class="stat-chart card" aria-labelledby={titleId} data-chart={chart.id}>
      <figcaption>
        <h3 id={titleId}>{chart.title}</h3>
        <p class="stat-chart__caption">{chart.caption}</p>
      </figcaption>
      {drawable ? (
        <>
          <ChartLegend chart={chart} />
          <UPlotChart chart={chart} />
          {chart.axisKey && (
            <ul class="stat-chart__key" aria-label={st('col.service')}>
              {chart.axisKey.map((k) => (
                <li key={k.label}>
                  <strong>{k.label}</strong> {k.name}
                </li>
              ))}
            </ul>
          )}
          <details class="stat-chart__data">
            <summary>{st('chart.table')}</summary>
            <DataTable table={chartTable(chart)} caption={chart.title} captionHidden />
          </details>
        </>
      ) : (
        <p class="muted">{st('chart.noData')}</p>
      )}
    </figure>
  );
}
