/**
 * The one place uPlot is used: draws a ChartModel on a canvas as wide as its box, again when the
 * box or the data changes. Lines solid or dashed, bars, a line with points; a reference series
 * (the target) is a dashed line across the whole plot. The canvas is hidden from assistive
 * technology: the figure around it carries the caption and the same data as a table.
 */
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ChartModel, ChartSeries } from '../model/statistics-series.ts';
import { formatNumber } from '../model/statistics-format.ts';

/**
 * The colour of a chart's n-th series, the same in the legend; at least 3:1 against white
 * (WCAG 1.4.11), and the shape tells the series apart too.
 */
export const SERIES_COLOURS = ['#00508a', '#a34400'] as const;
export const BAR_FILL = '#4d86b8';
const TEXT = '#161a1f';
const GRID = '#d5d9df';
const FONT = '14px system-ui, "Segoe UI", Roboto, Arial, sans-serif';
const HEIGHT = 280;

function seriesOptions(series: ChartSeries, index: number): uPlot.Series {
  const colour = SERIES_COLOURS[index % SERIES_COLOURS.length] ?? TEXT;
  const common = { label: series.label, stroke: colour, width: 2, spanGaps: false };
  switch (series.style) {
    case 'bars':
      return {
        ...common,
        stroke: SERIES_COLOURS[0],
        width: 1,
        fill: BAR_FILL,
        paths: uPlot.paths.bars?.({ size: [0.6, 64] }),
        points: { show: false },
      };
    case 'dashed':
      return { ...common, dash: [8, 5], points: { show: true, size: 6, fill: '#ffffff' } };
    case 'line-points':
      return { ...common, scale: 'right', points: { show: true, size: 9, fill: colour } };
    case 'line':
      return { ...common, points: { show: true, size: 7, fill: colour } };
  }
}

/** The target line: dashed, from the left edge of the plot to the right, at the series' value. */
function referenceLine(reference: ChartSeries, colour: string) {
  return (u: uPlot) => {
    const value = reference.values.find((v) => v !== null);
    if (value == null) return;
    const y = u.valToPos(value, 'y', true);
    const { ctx } = u;
    ctx.save();
    ctx.strokeStyle = colour;
    ctx.lineWidth = 2 * uPlot.pxRatio;
    ctx.setLineDash([8 * uPlot.pxRatio, 5 * uPlot.pxRatio]);
    ctx.beginPath();
    ctx.moveTo(u.bbox.left, y);
    ctx.lineTo(u.bbox.left + u.bbox.width, y);
    ctx.stroke();
    ctx.restore();
  };
}

function options(chart: ChartModel, width: number): uPlot.Options {
  const drawn = chart.series.filter((s) => !s.reference);
  const reference = chart.series.find((s) => s.reference);
  const hasRight = drawn.some((s) => s.style === 'line-points');
  const labelAt = (value: number) => chart.xLabels[chart.x.indexOf(value)] ?? '';
  const axis = { stroke: TEXT, font: FONT, labelFont: `600 ${FONT}`, grid: { stroke: GRID, width: 1 } };
  const last = chart.x.length - 1;
  return {
    width,
    height: HEIGHT,
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: {
        time: false,
        // Half a step of room on each side, so the first and last bar are whole.
        range: () => [(chart.x[0] ?? 0) - 0.5, (chart.x[last] ?? 0) + 0.5],
      },
      y: { range: (_u, _min, max) => [0, chart.yMax ?? Math.max(1, Math.ceil(max * 1.15))] },
      ...(hasRight ? { right: { range: (_u, _min, max) => [0, Math.max(1, Math.ceil(max * 1.15))] } } : {}),
    },
    axes: [
      {
        ...axis,
        label: chart.xTitle,
        splits: () => chart.x,
        values: (_u, splits) => splits.map(labelAt),
        grid: { show: false },
      },
      {
        ...axis,
        label: chart.yTitle,
        values: (_u, splits) => splits.map((v) => formatNumber(v)),
      },
      ...(hasRight
        ? [
            {
              ...axis,
              scale: 'right',
              side: 1 as const,
              label: drawn.find((s) => s.style === 'line-points')?.label ?? '',
              values: (_u: uPlot, splits: number[]) => splits.map((v) => formatNumber(v)),
              grid: { show: false },
            },
          ]
        : []),
    ],
    series: [{}, ...drawn.map((s) => seriesOptions(s, chart.series.indexOf(s)))],
    hooks: reference
      ? { draw: [referenceLine(reference, SERIES_COLOURS[chart.series.indexOf(reference) % 2] ?? TEXT)] }
      : {},
  };
}

export function UPlotChart({ chart }: { chart: ChartModel }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const data: uPlot.AlignedData = [
      chart.x,
      ...chart.series.filter((s) => !s.reference).map((s) => s.values),
    ];
    const plot = new uPlot(options(chart, Math.max(240, element.clientWidth)), data, element);
    const resize = new ResizeObserver(() => {
      const width = Math.max(240, element.clientWidth);
      if (Math.abs(width - plot.width) > 1) plot.setSize({ width, height: HEIGHT });
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [chart]);
  return <div class="stat-chart__canvas" ref={box} aria-hidden="true" />;
}
