/**
 * Owns: the statistics tab of one office — the chosen period (a preset, or a custom range that
 * is checked before anything is asked), loading the figures for it, and the answer: loading,
 * loaded, or failed with the reason. Only the answer to the latest request is kept, so a slow
 * answer for a period chosen before never replaces the one on screen.
 * Created when the tab opens and disposed when it closes: nothing is fetched in the background.
 */
import { action, computed, createModel, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { OfficeView } from '#protocol/office.ts';
import type { StatisticsView } from '#protocol/statistics.ts';
import type { ClientError } from '#web/client-result.ts';
import type { StatisticsApi } from './statistics-api.ts';
import {
  checkCustomPeriod,
  officeToday,
  presetPeriod,
  type Period,
  type PeriodCheck,
  type PeriodPreset,
} from './statistics-period.ts';
import { OFFICE_TIME_ZONE } from './zoned-time.ts';

export type StatisticsStatus = 'idle' | 'loading' | 'loaded' | 'error';
export type CustomProblem = Extract<PeriodCheck, { ok: false }>['problem'];

export interface StatisticsDeps {
  api: StatisticsApi;
  office: ReadonlySignal<OfficeView | undefined>;
  /** the local clock, for "today"; tests pass their own */
  clock?: () => number;
  preset?: PeriodPreset;
}

export const StatisticsModel = createModel(
  ({ api, office, clock = Date.now, preset: initial = 'week' }: StatisticsDeps) => {
    const preset = signal<PeriodPreset>(initial);
    /** read when a period is chosen, so "Heute" after midnight means the new day */
    const nowMs = signal(clock());
    const custom = signal<Period | undefined>(undefined);
    const customFrom = signal('');
    const customTo = signal('');
    const customProblem = signal<CustomProblem | undefined>(undefined);
    const status = signal<StatisticsStatus>('idle');
    const view = signal<StatisticsView | undefined>(undefined);
    const error = signal<ClientError | undefined>(undefined);
    const attempt = signal(0);
    let latest = 0;

    const timeZone = computed(() => office.value?.timeZone ?? OFFICE_TIME_ZONE);
    const today = computed(() => officeToday(nowMs.value, timeZone.value));
    const period = computed((): Period | undefined =>
      preset.value === 'custom' ? custom.value : presetPeriod(preset.value, today.value),
    );
    // A string, so choosing the same days again (another preset, the same range) asks nothing.
    const periodKey = computed(() => (period.value ? `${period.value.from}|${period.value.to}` : ''));

    const load = async (officeId: string, chosen: Period) => {
      const request = ++latest;
      status.value = 'loading';
      error.value = undefined;
      const result = await api.statistics(officeId, chosen);
      if (request !== latest) return;
      if (result.ok) {
        view.value = result.data;
        status.value = 'loaded';
      } else {
        error.value = result.error;
        status.value = 'error';
      }
    };

    effect(() => {
      const officeId = office.value?.id;
      const key = periodKey.value;
      void attempt.value;
      const chosen = period.peek();
      if (officeId === undefined || key === '' || !chosen) return;
      void load(officeId, chosen);
    });

    return {
      preset,
      period,
      today,
      customFrom,
      customTo,
      customProblem,
      status,
      view,
      error,
      /** a preset, or `custom`: the date inputs start with the period shown so far */
      choosePreset: action((next: PeriodPreset) => {
        nowMs.value = clock();
        if (next === 'custom') {
          const shown = period.value;
          if (customFrom.value === '' && shown) customFrom.value = shown.from;
          if (customTo.value === '' && shown) customTo.value = shown.to;
          custom.value ??= shown;
        }
        customProblem.value = undefined;
        preset.value = next;
      }),
      setCustomFrom: action((value: string) => void (customFrom.value = value)),
      setCustomTo: action((value: string) => void (customTo.value = value)),
      /** shows the custom range, or says what is wrong with it and keeps the figures shown */
      applyCustom: action(() => {
        const checked = checkCustomPeriod(customFrom.value, customTo.value);
        if (!checked.ok) {
          customProblem.value = checked.problem;
          return;
        }
        customProblem.value = undefined;
        custom.value = checked.period;
        preset.value = 'custom';
      }),
      retry: action(() => void attempt.value++),
    };
  },
);
export type StatisticsModel = InstanceType<typeof StatisticsModel>;
