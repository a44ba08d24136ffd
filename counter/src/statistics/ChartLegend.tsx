/**
 * The legend of a chart in HTML: each series with a small drawing of its shape (solid or dashed
 * line, bar, line with points) in its colour, so the series are told apart without colour.
 */
import type { ChartModel, ChartSeries } from '../model/statistics-series.ts';
import { BAR_FILL, SERIES_COLOURS } from './UPlotChart.tsx';

function Swatch({ series, colour }: { series: ChartSeries; colour: string }) {
  return (
    <svg class="stat-legend__swatch" width="36" height="16" viewBox="0 0 36 16" aria-hidden="true">
      {series.style === 'bars' ? (
        <rect x="10" y="2" width="16" height="13" fill={BAR_FILL} stroke={colour} />
      ) : (
        <>
          <line
            x1="1"
            y1="8"
            x2="35"
            y2="8"
            stroke={colour}
            stroke-width="3"
            stroke-dasharray={series.style === 'dashed' ? '7 4' : undefined}
          />
          {series.style === 'line-points' && <circle cx="18" cy="8" r="4.5" fill={colour} />}
        </>
      )}
    </svg>
  );
}

export function ChartLegend({ chart }: { chart: ChartModel }) {
  return (
    <ul class="stat-legend">
      {chart.series.map((series, i) => (
        <li key={series.label}>
          <Swatch series={series} colour={SERIES_COLOURS[i % SERIES_COLOURS.length] ?? 'currentColor'} />
          {series.label}
        </li>
      ))}
    </ul>
  );
}
