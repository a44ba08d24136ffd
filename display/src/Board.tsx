/**
 * The wall board: header (title, sound, clock), the newest call, the history, the queues and the
 * ticker, arranged for a landscape or a portrait screen. Banners say when the connection is down
 * or the device token is refused; the board keeps showing the last state under them.
 */
import { t } from '#i18n/translate.ts';
import { callLabel, HistoryList, LatestCall } from './Calls.tsx';
import type { DisplayModel } from './model.ts';
import { QueueList } from './Queues.tsx';
import { SoundStatus } from './SoundStatus.tsx';
import { Ticker } from './Ticker.tsx';
import { WallClock } from './WallClock.tsx';

export function Board({ model }: { model: DisplayModel }) {
  const language = model.language.value;
  const latest = model.latest.value;
  const options = model.options.value;
  const ticker = model.ticker.value;
  return (
    <div class={`board board--${model.arrangement.value}`}>
      <header class="board__header">
        <div class="board__bar">
          <h1 class="board__title">{t(language, 'display.title')}</h1>
          {model.soundWanted.value && (
            <SoundStatus on={model.soundOn.value} language={language} onUnlock={model.unlockSound} />
          )}
          <WallClock language={language} timeZone={model.timeZone.value} />
        </div>
        {!model.online.value && (
          <p class="board__banner board__banner--offline" role="alert">
            <span aria-hidden="true">⚠ </span>
            {t(language, 'display.offline')}
          </p>
        )}
        {model.refused.value && (
          <p class="board__banner board__banner--refused" role="alert">
            {t(language, 'display.refused')}
          </p>
        )}
      </header>
      <main class="board__main">
        <section class="latest" aria-labelledby="latest-heading">
          <h2 id="latest-heading" class="board__label">
            {t(language, 'display.latest')}
          </h2>
          {latest ? (
            <LatestCall key={latest.calledAt} call={latest} fresh={model.fresh.value} language={language} />
          ) : (
            <p class="latest__empty">{t(language, 'display.none')}</p>
          )}
          {/* Screen readers hear each new call once, in the main language — not again at every
              language change of the visible text. */}
          <p class="visually-hidden" aria-live="polite" aria-atomic="true" lang={model.mainLanguage.value}>
            {latest ? callLabel(latest, model.mainLanguage.value) : ''}
          </p>
        </section>
        {options.historyRows > 0 && (
          <section class="history" aria-labelledby="history-heading">
            <h2 id="history-heading" class="board__label">
              {t(language, 'display.history')}
            </h2>
            <HistoryList calls={model.history.value} language={language} />
          </section>
        )}
        {options.showQueues && (
          <section class="queues" aria-labelledby="queues-heading">
            <h2 id="queues-heading" class="board__label">
              {t(language, 'display.queues')}
            </h2>
            <QueueList rows={model.queues.value} />
          </section>
        )}
      </main>
      {ticker && <Ticker text={ticker} languages={model.languages.value} language={language} />}
    </div>
  );
}
