import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { OfficeView } from '#protocol/office.ts';
import type { StatisticsView } from '#protocol/statistics.ts';
import type { ClientResult } from '#web/client-result.ts';
import type { StatisticsApi } from './statistics-api.ts';
import { aStatisticsView, statisticsOffice } from './statistics-fixtures.ts';
import { StatisticsModel } from './statistics-model.ts';
import type { Period } from './statistics-period.ts';

/** Wed 18 Nov 2026, 23:30 in Berlin (22:30 UTC). */
const WEDNESDAY_LATE = Date.UTC(2026, 10, 18, 22, 30);

function setup(now = WEDNESDAY_LATE) {
  const asked: Period[] = [];
  const answers: ((result: ClientResult<StatisticsView>) => void)[] = [];
  const api: StatisticsApi = {
    statistics: (_officeId, period) => {
      asked.push(period);
      return new Promise((resolve) => answers.push(resolve));
    },
  };
  const office = signal<OfficeView | undefined>(statisticsOffice);
  const clock = { now };
  const model = new StatisticsModel({ api, office, clock: () => clock.now });
  const answer = (i: number, result: ClientResult<StatisticsView>) => answers[i]!(result);
  return { model, asked, answer, office, clock };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('statistics tab', () => {
  it('asks for this week in Berlin when it opens and shows the answer', async () => {
    const { model, asked, answer } = setup();
    expect(asked).toEqual([{ from: '2026-11-16', to: '2026-11-18' }]);
    expect(model.status.value).toBe('loading');
    answer(0, { ok: true, data: aStatisticsView({ days: 3 }) });
    await flush();
    expect(model.status.value).toBe('loaded');
    expect(model.view.value?.days).toBe(3);
  });

  it('asks again for another preset, and never for the same days twice', () => {
    const { model, asked } = setup();
    model.choosePreset('month');
    model.choosePreset('today');
    model.choosePreset('last30');
    expect(asked.map((p) => `${p.from}..${p.to}`)).toEqual([
      '2026-11-16..2026-11-18',
      '2026-11-01..2026-11-18',
      '2026-11-18..2026-11-18',
      '2026-10-20..2026-11-18',
    ]);
    // Custom starts with the period shown: nothing new to ask.
    model.choosePreset('custom');
    expect(model.customFrom.value).toBe('2026-10-20');
    expect(model.customTo.value).toBe('2026-11-18');
    expect(asked).toHaveLength(4);
  });

  it('reads the clock again when a preset is chosen: after midnight "today" is the new day', () => {
    const { model, asked, clock } = setup();
    clock.now += 60 * 60_000; // 00:30 on Thursday in Berlin
    model.choosePreset('today');
    expect(asked.at(-1)).toEqual({ from: '2026-11-19', to: '2026-11-19' });
  });

  it('checks a custom range before asking, and says what is wrong', () => {
    const { model, asked } = setup();
    model.choosePreset('custom');
    model.setCustomFrom('2026-11-20');
    model.setCustomTo('2026-11-10');
    model.applyCustom();
    expect(model.customProblem.value).toBe('order');
    expect(asked).toHaveLength(1);
    model.setCustomFrom('2026-11-02');
    model.applyCustom();
    expect(model.customProblem.value).toBeUndefined();
    expect(asked.at(-1)).toEqual({ from: '2026-11-02', to: '2026-11-10' });
  });

  it('keeps only the answer to the latest request', async () => {
    const { model, answer } = setup();
    model.choosePreset('month');
    answer(1, { ok: true, data: aStatisticsView({ from: '2026-11-01' }) });
    answer(0, { ok: true, data: aStatisticsView({ from: '2026-11-16' }) });
    await flush();
    expect(model.view.value?.from).toBe('2026-11-01');
  });

  it('says why it failed and tries again on request', async () => {
    const { model, asked, answer } = setup();
    answer(0, { ok: false, error: { code: 'offline', message: 'GET …' } });
    await flush();
    expect(model.status.value).toBe('error');
    expect(model.error.value?.code).toBe('offline');
    model.retry();
    expect(asked).toHaveLength(2);
    expect(model.status.value).toBe('loading');
    answer(1, { ok: true, data: aStatisticsView() });
    await flush();
    expect(model.status.value).toBe('loaded');
    expect(model.error.value).toBeUndefined();
  });

  it('waits for the office before asking', () => {
    const { model, asked, office } = setup();
    expect(asked).toHaveLength(1);
    office.value = undefined;
    model.choosePreset('today');
    expect(asked).toHaveLength(1);
    office.value = statisticsOffice;
    expect(asked).toHaveLength(2);
  });
});
