/**
 * The hour × weekday heat map as a table, not a canvas: every cell says its number (average
 * tickets drawn), the shade only helps the eye; a legend explains the shades.
 */
import type { StatisticsView } from '#protocol/statistics.ts';
import { heatmapModel } from '../model/statistics-heatmap.ts';
import { st } from '../model/statistics-texts.ts';

const pad = (hour: number) => String(hour).padStart(2, '0');

export function HeatmapTable({ view }: { view: StatisticsView }) {
  const heat = heatmapModel(view);
  const titleId = 'stat-chart-heatmap';
  return (
    <figure class="stat-chart card" aria-labelledby={titleId} data-chart="heatmap">
      <figcaption>
        <h3 id={titleId}>{st('chart.heatmap')}</h3>
        <p class="stat-chart__caption">{st('chart.heatmapCaption')}</p>
      </figcaption>
      {heat.rows.length === 0 ? (
        <p class="muted">{st('chart.noData')}</p>
      ) : (
        <>
          <div class="stat-table" tabIndex={0} role="group" aria-label={st('chart.heatmap')}>
            <table class="heatmap">
              <caption class="visually-hidden">{st('chart.heatmap')}</caption>
              <thead>
                <tr>
                  <th scope="col">{st('col.weekday')}</th>
                  {heat.hours.map((hour) => (
                    <th key={hour} scope="col" class="num">
                      {pad(hour)}
                      <span class="visually-hidden"> bis {pad(hour + 1)} Uhr</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {heat.rows.map((row) => (
                  <tr key={row.weekday}>
                    <th scope="row">
                      <abbr title={row.name}>{row.short}</abbr>
                    </th>
                    {row.cells.map((cell) => (
                      <td key={cell.hour} class={`num heat heat--${cell.level}`}>
                        {cell.text}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ul class="heat-legend" aria-label="Legende">
            {heat.legend.map((step) => (
              <li key={step.level}>
                <span class={`heat-legend__swatch heat heat--${step.level}`} aria-hidden="true" />
                {step.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </figure>
  );
}
