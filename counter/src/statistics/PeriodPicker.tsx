/**
 * The period: five buttons (the chosen one pressed), and for "Benutzerdefiniert" two date
 * inputs with "Anzeigen"; a wrong range is said next to the inputs and nothing is asked.
 */
import type { StatisticsModel } from '../model/statistics-model.ts';
import type { PeriodPreset } from '../model/statistics-period.ts';
import { st, type StatisticsTextKey } from '../model/statistics-texts.ts';

const PRESETS: { id: PeriodPreset; key: StatisticsTextKey }[] = [
  { id: 'today', key: 'period.today' },
  { id: 'week', key: 'period.week' },
  { id: 'month', key: 'period.month' },
  { id: 'last30', key: 'period.last30' },
  { id: 'custom', key: 'period.custom' },
];

const PROBLEMS: Record<string, StatisticsTextKey> = {
  missing: 'period.missing',
  invalid: 'period.invalid',
  order: 'period.order',
  'too-long': 'period.tooLong',
};

export function PeriodPicker({ model }: { model: StatisticsModel }) {
  const preset = model.preset.value;
  const problem = model.customProblem.value;
  const problemKey = problem ? PROBLEMS[problem] : undefined;
  return (
    <div class="period">
      <div class="period__presets" role="group" aria-labelledby="stat-period-legend">
        <span id="stat-period-legend" class="period__legend">
          {st('period.legend')}
        </span>
        {PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            class="button button--secondary button--small"
            aria-pressed={preset === p.id}
            onClick={() => model.choosePreset(p.id)}
          >
            {st(p.key)}
          </button>
        ))}
      </div>
      {preset === 'custom' && (
        <form
          class="period__custom"
          onSubmit={(event) => {
            event.preventDefault();
            model.applyCustom();
          }}
        >
          <div class="field">
            <label for="stat-from">{st('period.from')}</label>
            <input
              id="stat-from"
              type="date"
              value={model.customFrom.value}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? 'stat-period-problem' : undefined}
              onInput={(e) => model.setCustomFrom(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="stat-to">{st('period.to')}</label>
            <input
              id="stat-to"
              type="date"
              value={model.customTo.value}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? 'stat-period-problem' : undefined}
              onInput={(e) => model.setCustomTo(e.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button">
            {st('period.show')}
          </button>
          {problemKey && (
            <p id="stat-period-problem" class="error-text" role="alert">
              {st(problemKey)}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
