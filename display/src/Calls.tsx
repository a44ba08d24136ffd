/**
 * The calls: the newest very big ("A-042 → Platz 3"), marked when repeated, highlighted while
 * fresh; the ones before it as a list. Numbers and counter names are left-to-right text even on
 * an Arabic screen, so "A-042" never turns into "042-A". Text, not colour, says "repeated".
 */
import type { Language } from '#protocol/language.ts';
import type { CallView } from '#protocol/tickets.ts';
import { t } from '#i18n/translate.ts';

/** "Nummer A-042 bitte zu Platz 3" — what a screen reader says for one call. */
export function callLabel(call: CallView, language: Language): string {
  const text = t(language, 'display.call', { number: call.number, counter: call.counterName });
  return call.recall ? `${t(language, 'display.recall')}: ${text}` : text;
}

export function LatestCall({
  call,
  fresh,
  language,
}: {
  call: CallView;
  fresh: boolean;
  language: Language;
}) {
  return (
    <div class={fresh ? 'latest__call latest__call--fresh' : 'latest__call'} data-testid="latest-call">
      {call.recall && (
        <p class="latest__recall">
          <span aria-hidden="true">↻ </span>
          {t(language, 'display.recall')}
        </p>
      )}
      <CallLine call={call} language={language} />
    </div>
  );
}

/** "A-042 → Platz 3"; the arrow is left out for screen readers, the label says "to". */
export function CallLine({ call, language }: { call: CallView; language: Language }) {
  return (
    <p
      class="call"
      aria-label={t(language, 'display.call', { number: call.number, counter: call.counterName })}
    >
      <span class="call__number" dir="ltr">
        {call.number}
      </span>
      <span class="call__target">
        <span class="call__arrow" aria-hidden="true">
          →
        </span>
        {/* Counter names are configured in German ("Platz 3", as on the sign above the desk). */}
        <span class="call__counter" lang="de" dir="ltr">
          {call.counterName}
        </span>
      </span>
    </p>
  );
}

export function HistoryList({ calls, language }: { calls: readonly CallView[]; language: Language }) {
  return (
    <ol class="history__list">
      {calls.map((call) => (
        <li key={`${call.calledAt}-${call.number}`} class="history__item">
          <CallLine call={call} language={language} />
          {call.recall && (
            <span class="history__recall">
              <span aria-hidden="true">↻</span>
              <span class="visually-hidden">{t(language, 'display.recall')}</span>
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
