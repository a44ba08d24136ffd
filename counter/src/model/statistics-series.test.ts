import { describe, expect, it } from 'vitest';
import { aStatisticsView, someFigures, statisticsOffice } from './statistics-fixtures.ts';
import { chartTable, hasData, serviceLevelChart, staffingChart, waitsChart } from './statistics-series.ts';

const hour = (h: number, tickets: number, median: number | null, p90: number | null) => ({
  ...someFigures({ tickets, wait: { mean: median, median, p90 } }),
  hour: h,
  arrivalsPerDay: tickets / 2,
  countersOpen: 1.25,
});

describe('statistics charts', () => {
  it('draws waits by hour in minutes, only for hours in which numbers were drawn', () => {
    const view = aStatisticsView({
      hours: [hour(8, 0, null, null), hour(9, 4, 600, 1500), hour(10, 2, 90, null)],
    });
    const chart = waitsChart(view);
    expect(chart.x).toEqual([9, 10]);
    expect(chart.series.map((s) => [s.label, s.style, s.values])).toEqual([
      ['Median', 'line', [10, 1.5]],
      ['90 %', 'dashed', [25, null]],
    ]);
    expect(chartTable(chart)).toEqual({
      columns: [
        { label: 'Stunde', numeric: false },
        { label: 'Median', numeric: true },
        { label: '90 %', numeric: true },
      ],
      rows: [
        { key: '9', header: '09–10 Uhr', cells: ['10 Min.', '25 Min.'] },
        { key: '10', header: '10–11 Uhr', cells: ['2 Min.', '–'] },
      ],
    });
  });

  it('draws arrivals per day as bars against counters open as a line', () => {
    const chart = staffingChart(aStatisticsView({ hours: [hour(8, 0, null, null), hour(9, 7, 60, 60)] }));
    expect(chart.x).toEqual([8, 9]);
    expect(chart.series.map((s) => [s.style, s.values])).toEqual([
      ['bars', [0, 3.5]],
      ['line-points', [1.3, 1.3]],
    ]);
    expect(chartTable(chart).rows[1]?.cells).toEqual(['3,5', '1,3']);
  });

  it('draws the service level per service in percent with the 80 % target line', () => {
    const view = aStatisticsView({
      services: [
        { ...someFigures({ tickets: 3, serviceLevel: 2 / 3 }), serviceId: 'ausweis', targetWaitMinutes: 30 },
        { ...someFigures({ tickets: 1, serviceLevel: null }), serviceId: 'zulassung', targetWaitMinutes: 30 },
      ],
    });
    const chart = serviceLevelChart(view, statisticsOffice);
    expect(chart.xLabels).toEqual(['A']);
    expect(chart.axisKey).toEqual([{ label: 'A', name: 'Personalausweis / Reisepass beantragen' }]);
    expect(chart.yMax).toBe(100);
    expect(chart.series[0]?.values).toEqual([66.7]);
    expect(chart.series[1]).toMatchObject({ style: 'dashed', reference: true, values: [80] });
    expect(chart.caption).toContain('80\u00a0%');
    expect(chartTable(chart).rows).toEqual([
      { key: '0', header: 'Personalausweis / Reisepass beantragen (A)', cells: ['67\u00a0%', '80\u00a0%'] },
    ]);
  });

  it('knows when there is nothing to draw — a target line alone is no data', () => {
    expect(hasData(waitsChart(aStatisticsView()))).toBe(false);
    const onlyUnmeasured = aStatisticsView({
      services: [
        { ...someFigures({ tickets: 1, serviceLevel: 0 }), serviceId: 'ausweis', targetWaitMinutes: 30 },
      ],
    });
    expect(hasData(serviceLevelChart(onlyUnmeasured, statisticsOffice))).toBe(true);
    const chart = serviceLevelChart(onlyUnmeasured, statisticsOffice);
    chart.series[0]!.values = [null];
    expect(hasData(chart)).toBe(false);
  });
});
