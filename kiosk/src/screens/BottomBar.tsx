/**
 * The bar at the foot of the screen (EN 301 549: controls within reach of a wheelchair user):
 * the "more time" prompt when the kiosk is about to start over, back, the display modes, the
 * staff exit when this kiosk has a PIN, and the languages, each named in itself.
 */
import { LANGUAGES } from '#protocol/language-codes.ts';
import { LanguagePicker } from '#web/components/LanguagePicker.tsx';
import { t } from '#i18n/translate.ts';
import type { KioskModel } from '../model.ts';
import { IdlePrompt } from './IdlePrompt.tsx';

export function BottomBar({ model }: { model: KioskModel }) {
  const language = model.language.value;
  return (
    <footer class="kiosk__bar">
      <IdlePrompt model={model} />
      <div class="kiosk__bar-row">
        {model.canGoBack.value && (
          <button type="button" class="button button--secondary kiosk-back" onClick={() => model.back()}>
            <span aria-hidden="true" class="kiosk-back__arrow">
              ←
            </span>{' '}
            {t(language, 'kiosk.back')}
          </button>
        )}
        <div class="kiosk__aids" role="group" aria-label={t(language, 'kiosk.bar.label')}>
          <button
            type="button"
            class="button button--secondary kiosk-aid"
            aria-pressed={model.largeText.value}
            onClick={() => model.toggleLargeText()}
          >
            <span aria-hidden="true" class="kiosk-aid__icon" dir="ltr">
              A+
            </span>
            {t(language, 'kiosk.a11y.largeText')}
          </button>
          <button
            type="button"
            class="button button--secondary kiosk-aid"
            aria-pressed={model.highContrast.value}
            onClick={() => model.toggleHighContrast()}
          >
            <span aria-hidden="true" class="kiosk-aid__icon">
              ◐
            </span>
            {t(language, 'kiosk.a11y.highContrast')}
          </button>
          {model.staffExit.value && (
            <button
              type="button"
              class="button button--secondary kiosk-staff"
              onClick={() => model.openStaff()}
            >
              <span aria-hidden="true">⚙</span>
              <span class="visually-hidden">{t(language, 'kiosk.staff.open')}</span>
            </button>
          )}
        </div>
      </div>
      <LanguagePicker
        value={language}
        onChange={model.setLanguage}
        languages={LANGUAGES}
        buttonClass="button button--secondary kiosk-language"
      />
    </footer>
  );
}
