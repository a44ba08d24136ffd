/**
 * The citizen's phone: office, the number big, the service, one sentence for the state (a call
 * stands out), when it was last updated, and what went wrong if nothing can be shown.
 * The sentence, with the estimated wait while waiting, sits in a live region that is always
 * present, so a change (fewer people ahead, "please come to Platz 3") is announced by screen
 * readers without moving focus.
 * Office and service names come from the server in German; `lang="de"` lets a screen reader on
 * the English page pronounce them correctly (WCAG 3.1.2).
 */
import { formatTime, formatWaitEstimate } from '#i18n/format.ts';
import { localized } from '#protocol/language.ts';
import { t } from '#i18n/translate.ts';
import { LanguagePicker } from '#web/components/LanguagePicker.tsx';
import type { StatusModel } from './model.ts';

export function StatusPage({ model }: { model: StatusModel }) {
  const language = model.language.value;
  const view = model.view.value;
  const problem = model.problem.value;
  const message = model.message.value;
  const estimate = model.estimate.value;
  const updatedAtMs = model.updatedAtMs.value;
  return (
    <div class="status-app">
      <header class="status-header">
        {view && (
          <p class="status-header__office" lang="de">
            {view.officeName}
          </p>
        )}
        <LanguagePicker value={language} onChange={model.setLanguage} />
      </header>
      <main class="status-main">
        <h1 class="status-title">{t(language, 'status.title')}</h1>
        {problem === 'unreachable' && (
          <p class="status-problem" role="alert">
            <span aria-hidden="true">⚠ </span>
            {t(language, 'status.unreachable')}
          </p>
        )}
        {view && (
          <section class="status-ticket" aria-labelledby="status-number-label">
            <p id="status-number-label" class="status-ticket__label">
              {t(language, 'status.number')}
            </p>
            <p class="status-ticket__number">{view.number}</p>
            <p class="status-ticket__service" lang={view.serviceNames[language] ? language : 'de'}>
              {localized(view.serviceNames, language)}
            </p>
            <p class="status-ticket__state">
              {t(language, 'status.state')}:{' '}
              <strong class={`status-state status-state--${view.state}`}>
                {t(language, `state.${view.state}`)}
              </strong>
            </p>
          </section>
        )}
        <div
          role="status"
          class={
            message
              ? `status-message status-message--${message.tone}`
              : problem === 'unknown'
                ? 'status-message status-message--unknown'
                : undefined
          }
        >
          {message && (
            <>
              <p class="status-message__text">
                {message.tone === 'call' && <span aria-hidden="true">➜ </span>}
                {t(language, message.key, message.params)}
              </p>
              {estimate && <p class="status-message__estimate">{formatWaitEstimate(estimate, language)}</p>}
              {message.tone === 'waiting' && (
                <p class="status-message__hint">{t(language, 'status.waiting.hint')}</p>
              )}
            </>
          )}
          {!view && problem === 'unknown' && (
            <p class="status-message__text">{t(language, 'status.unknown')}</p>
          )}
          {!view && !problem && <p>{t(language, 'loading')}</p>}
        </div>
        <footer class="status-footer">
          {updatedAtMs !== undefined && (
            <p>
              {t(language, 'status.updated', {
                time: formatTime(updatedAtMs, language, { seconds: true }),
              })}
            </p>
          )}
          {model.canRefresh.value && !model.settled.value && (
            <>
              <p>{t(language, 'status.auto')}</p>
              <button
                type="button"
                class="button button--secondary"
                aria-busy={model.loading.value}
                onClick={() => void model.refresh()}
              >
                {t(language, 'status.refresh')}
              </button>
            </>
          )}
        </footer>
      </main>
    </div>
  );
}
