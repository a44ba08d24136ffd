/**
 * The wall board: the newest call very big ("A-042 → Platz 3"), marked when repeated, highlighted
 * while fresh; the six calls before it; clock; offline banner; and the sound button until the
 * browser lets the display speak. Text, not colour, says "repeated" and "new".
 */
import type { CallView } from '#protocol/tickets.ts';
import { Clock } from '#web/components/Clock.tsx';
import { OfflineBanner } from '#web/components/OfflineBanner.tsx';
import { t } from '#i18n/translate.ts';
import type { DisplayModel } from './model.ts';

export function Board({ model }: { model: DisplayModel }) {
  const language = model.language.value;
  const latest = model.latest.value;
  return (
    <div class="board">
      <OfflineBanner online={model.online.value} language={language} />
      <header class="board__header">
        <h1 class="board__title">{t(language, 'display.title')}</h1>
        {!model.soundUnlocked.value && (
          <button type="button" class="button sound-button" onClick={model.unlockSound}>
            {t(language, 'display.sound.enable')}
          </button>
        )}
        <Clock language={language} />
      </header>
      {model.refused.value && (
        <p class="board__problem" role="alert">
          {t(language, 'display.noToken')}
        </p>
      )}
      <main class="board__main">
        <section class="latest" aria-labelledby="latest-heading">
          <h2 id="latest-heading" class="board__label">
            {t(language, 'display.latest')}
          </h2>
          <div aria-live="polite" aria-atomic="true">
            {latest ? (
              <LatestCall key={latest.calledAt} call={latest} fresh={model.fresh.value} model={model} />
            ) : (
              <p class="latest__empty">{t(language, 'display.none')}</p>
            )}
          </div>
        </section>
        <section class="history" aria-labelledby="history-heading">
          <h2 id="history-heading" class="board__label">
            {t(language, 'display.history')}
          </h2>
          <ol class="history__list">
            {model.history.value.map((call) => (
              <li key={`${call.calledAt}-${call.number}`} class="history__item">
                <CallLine call={call} model={model} />
                {call.recall && (
                  <span class="history__recall" title={t(language, 'display.recall')}>
                    <span aria-hidden="true">↻</span>
                    <span class="visually-hidden">{t(language, 'display.recall')}</span>
                  </span>
                )}
              </li>
            ))}
          </ol>
        </section>
      </main>
    </div>
  );
}

function LatestCall({ call, fresh, model }: { call: CallView; fresh: boolean; model: DisplayModel }) {
  const language = model.language.value;
  return (
    <div class={fresh ? 'latest__call latest__call--fresh' : 'latest__call'}>
      {call.recall && (
        <p class="latest__recall">
          <span aria-hidden="true">↻ </span>
          {t(language, 'display.recall')}
        </p>
      )}
      <CallLine call={call} model={model} />
    </div>
  );
}

/** "A-042 → Platz 3"; the arrow is read as "to" by screen readers. */
function CallLine({ call, model }: { call: CallView; model: DisplayModel }) {
  const language = model.language.value;
  return (
    <p
      class="call"
      aria-label={t(language, 'display.call', { number: call.number, counter: call.counterName })}
    >
      <span class="call__number">{call.number}</span>
      <span class="call__target">
        <span class="call__arrow" aria-hidden="true">
          →
        </span>
        <span class="call__counter">{call.counterName}</span>
      </span>
    </p>
  );
}
