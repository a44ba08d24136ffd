import { describe, expect, it } from 'vitest';
import { aStatisticsView } from './statistics-fixtures.ts';
import { heatmapModel, shadeLevel } from './statistics-heatmap.ts';

function grid(cells: [weekday: number, hour: number, value: number][]): number[][] {
  const heat = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  for (const [weekday, hour, value] of cells) heat[weekday]![hour] = value;
  return heat;
}

describe('heat map', () => {
  it('shades in five equal steps up to the busiest cell, and nothing for zero', () => {
    expect(shadeLevel(0, 10)).toBe(0);
    expect(shadeLevel(0.1, 10)).toBe(1);
    expect(shadeLevel(2, 10)).toBe(1);
    expect(shadeLevel(2.01, 10)).toBe(2);
    expect(shadeLevel(6, 10)).toBe(3);
    expect(shadeLevel(10, 10)).toBe(5);
    expect(shadeLevel(3, 0)).toBe(0);
  });

  it('shows the hours from the first to the last with visitors, weekdays always, the weekend only when open', () => {
    const model = heatmapModel(
      aStatisticsView({
        heatmap: grid([
          [0, 9, 4],
          [2, 11, 2.5],
          [1, 10, 0.5],
        ]),
      }),
    );
    expect(model.hours).toEqual([9, 10, 11]);
    expect(model.rows.map((r) => r.short)).toEqual(['Mo', 'Di', 'Mi', 'Do', 'Fr']);
    expect(model.max).toBe(4);
    expect(model.rows[0]?.cells[0]).toEqual({ hour: 9, value: 4, text: '4', level: 5 });
    expect(model.rows[2]?.cells[2]).toEqual({ hour: 11, value: 2.5, text: '2,5', level: 4 });
    expect(model.rows[1]?.cells[1]).toMatchObject({ text: '0,5', level: 1 });
    expect(model.rows[3]?.cells[0]).toMatchObject({ text: '0', level: 0 });
    expect(model.legend.map((s) => s.text)).toEqual([
      '0',
      'bis 0,8',
      'bis 1,6',
      'bis 2,4',
      'bis 3,2',
      'bis 4',
    ]);

    const saturday = heatmapModel(aStatisticsView({ heatmap: grid([[5, 10, 1]]) }));
    expect(saturday.rows.map((r) => r.short)).toEqual(['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa']);
  });

  it('is empty when nobody came', () => {
    expect(heatmapModel(aStatisticsView())).toEqual({ hours: [], rows: [], max: 0, legend: [] });
  });
});
