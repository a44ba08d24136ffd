/**
 * The board's alarms, at its top: a visible list (with a count in the heading) and, apart from
 * it, a polite live region that says only the alarms that have just appeared — the minutes in
 * the list tick on without the screen reader repeating them.
 */
import type { Language } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import { t } from '#i18n/translate.ts';
import type { BoardAlarm } from '../model/board-alarms.ts';
import { alarmText } from './board-text.ts';

export const ALARMS_HEADING_ID = 'board-alarms';

// Symbols every system font has (headless and kiosk machines have no emoji font).
const ICONS: Readonly<Record<BoardAlarm['kind'], string>> = {
  uncovered: '✖',
  'over-target': '⚠',
  'too-many': '⚠',
  'paused-long': '‖',
};

export function BoardAlarms({
  alarms,
  announced,
  office,
  counterName,
  language,
}: {
  alarms: readonly BoardAlarm[];
  announced: readonly BoardAlarm[];
  office: OfficeView | undefined;
  counterName: (id: string) => string;
  language: Language;
}) {
  const text = (alarm: BoardAlarm) => alarmText(alarm, office, counterName, language);
  return (
    <section
      class={`card board-alarms ${alarms.length > 0 ? 'board-alarms--on' : ''}`}
      aria-labelledby={ALARMS_HEADING_ID}
    >
      <h2 id={ALARMS_HEADING_ID}>
        {t(language, 'counter.board.alarms')} <span class="count-badge">{alarms.length}</span>
      </h2>
      {alarms.length === 0 ? (
        <p class="board-alarms__none">
          <span aria-hidden="true">✔ </span>
          {t(language, 'counter.board.alarms.none')}
        </p>
      ) : (
        <ul class="board-alarms__list">
          {alarms.map((alarm) => (
            <li key={alarm.key} class={`board-alarm board-alarm--${alarm.kind}`} data-alarm={alarm.key}>
              <span class="board-alarm__icon" aria-hidden="true">
                {ICONS[alarm.kind]}
              </span>
              {text(alarm)}
            </li>
          ))}
        </ul>
      )}
      <div class="visually-hidden" role="status">
        {announced.map((alarm) => (
          <p key={alarm.key}>{t(language, 'counter.board.alarms.new', { text: text(alarm) })}</p>
        ))}
      </div>
    </section>
  );
}
