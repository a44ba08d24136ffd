import { describe, expect, it } from 'vitest';
import { aStatisticsView, someFigures, statisticsOffice } from './statistics-fixtures.ts';
import {
  clerkTable,
  counterTable,
  hourTable,
  isEmpty,
  keyFigures,
  serviceTable,
  weekdayTable,
} from './statistics-rows.ts';

const waits = (median: number | null, p90: number | null, mean: number | null = median) => ({
  mean,
  median,
  p90,
});

describe('statistics key figures', () => {
  it('words the totals and the estimate accuracy when there is one', () => {
    const view = aStatisticsView({
      total: someFigures({
        tickets: 1234,
        done: 1100,
        noShow: 40,
        cancelled: 12,
        wait: waits(12 * 60, 65 * 60),
        serviceLevel: 0.834,
        noShowRate: 0.035,
      }),
      estimates: { count: 900, maeSeconds: 4 * 60 + 10, coverage: 0.72 },
    });
    const figures = Object.fromEntries(keyFigures(view).map((f) => [f.id, f]));
    expect(figures.tickets).toMatchObject({
      label: 'Wartenummern',
      value: '1.234',
      detail: '1.100 bedient, 40 nicht erschienen, 12 storniert',
    });
    expect(figures.waitMedian?.value).toBe('12 Min.');
    expect(figures.waitP90?.value).toBe('1 Std. 5 Min.');
    expect(figures.serviceLevel?.value).toBe('83\u00a0%');
    expect(figures.noShowRate?.value).toBe('4\u00a0%');
    expect(figures.estimate).toMatchObject({
      value: '± 4 Min.',
      detail: 'mittlere Abweichung; 72\u00a0% innerhalb der angezeigten Spanne (900 Prognosen)',
    });
  });

  it('leaves out the estimate accuracy without estimates, and dashes what was not measured', () => {
    const figures = keyFigures(aStatisticsView({ total: someFigures({ tickets: 2 }) }));
    expect(figures.map((f) => f.id)).not.toContain('estimate');
    expect(figures.find((f) => f.id === 'waitMedian')?.value).toBe('–');
  });

  it('calls a period without a single number empty', () => {
    expect(isEmpty(aStatisticsView())).toBe(true);
    expect(isEmpty(aStatisticsView({ total: someFigures({ tickets: 1 }) }))).toBe(false);
  });
});

describe('statistics tables', () => {
  it('lists each service by its name with waits, service time, target and service level', () => {
    const view = aStatisticsView({
      services: [
        {
          ...someFigures({
            tickets: 4,
            wait: waits(22 * 60, 34 * 60, 22 * 60),
            service: waits(12 * 60, 14 * 60),
            serviceLevel: 2 / 3,
            noShowRate: 0,
          }),
          serviceId: 'ausweis',
          targetWaitMinutes: 30,
        },
        { ...someFigures({ tickets: 1 }), serviceId: 'gone', targetWaitMinutes: 20 },
      ],
    });
    const table = serviceTable(view, statisticsOffice);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Anliegen',
      'Nummern',
      'Wartezeit Mittel',
      'Wartezeit Median',
      'Wartezeit 90 %',
      'Bearbeitung Median',
      'Ziel',
      'Servicegrad',
      'Nicht erschienen',
    ]);
    expect(table.rows[0]).toEqual({
      key: 'ausweis',
      header: 'Personalausweis / Reisepass beantragen',
      cells: ['4', '22 Min.', '22 Min.', '34 Min.', '12 Min.', '30 Min.', '67\u00a0%', '0\u00a0%'],
    });
    // A service the office no longer has keeps its id as its name.
    expect(table.rows[1]?.header).toBe('gone');
    expect(table.rows[1]?.cells[1]).toBe('–');
  });

  it('sets arrivals per hour against the counters open: the staffing view', () => {
    const view = aStatisticsView({
      hours: [
        {
          ...someFigures({ tickets: 30, wait: waits(9 * 60, 20 * 60) }),
          hour: 9,
          arrivalsPerDay: 10,
          countersOpen: 2.5,
        },
        { ...someFigures(), hour: 17, arrivalsPerDay: 0, countersOpen: 0 },
      ],
    });
    const table = hourTable(view);
    expect(table.rows[0]).toEqual({
      key: '9',
      header: '09–10 Uhr',
      cells: ['10', '2,5', '4', '9 Min.', '20 Min.', '–'],
    });
    expect(table.rows[1]?.cells[2]).toBe('–'); // no counter open: no ratio
  });

  it('names weekdays from Monday and counters by their name', () => {
    const view = aStatisticsView({
      weekdays: [
        { ...someFigures({ tickets: 5, done: 4 }), weekday: 0 },
        { ...someFigures({ tickets: 3 }), weekday: 6 },
      ],
      counters: [
        { ...someFigures({ tickets: 7, done: 7 }), counterId: 'platz-1' },
        { ...someFigures({ tickets: 1 }), counterId: 'platz-9' },
      ],
    });
    expect(weekdayTable(view).rows.map((r) => r.header)).toEqual(['Montag', 'Sonntag']);
    expect(weekdayTable(view).rows[0]?.cells.slice(0, 2)).toEqual(['5', '4']);
    expect(counterTable(view, statisticsOffice).rows.map((r) => r.header)).toEqual(['Platz 1', 'platz-9']);
  });

  it('has a clerk table only when the office enabled per-clerk figures', () => {
    expect(clerkTable(aStatisticsView())).toBeUndefined();
    const table = clerkTable(
      aStatisticsView({ clerks: [{ ...someFigures({ tickets: 2 }), clerk: 'clerk1' }] }),
    );
    expect(table?.rows).toEqual([expect.objectContaining({ header: 'clerk1' })]);
  });
});
