/**
 * Shown in the last seconds before the kiosk starts over (WCAG 2.2.1): says so once to screen
 * readers (the countdown itself is not live, or it would talk every second) and offers more time.
 */
import { t } from '#i18n/translate.ts';
import type { KioskModel } from '../model.ts';

export function IdlePrompt({ model }: { model: KioskModel }) {
  const language = model.language.value;
  const seconds = model.secondsLeft.value;
  if (!model.moreTimePrompt.value || seconds === undefined) return null;
  return (
    <div class="idle-prompt">
      <div class="idle-prompt__text">
        <p role="alert">{t(language, 'kiosk.idle.warning')}</p>
        <p class="idle-prompt__countdown">{t(language, 'kiosk.returnsIn', { n: seconds })}</p>
      </div>
      <button type="button" class="button kiosk-more-time" onClick={() => model.moreTime()}>
        {t(language, 'kiosk.idle.more')}
      </button>
    </div>
  );
}
