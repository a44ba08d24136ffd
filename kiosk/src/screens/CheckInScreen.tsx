/**
 * Checking in an appointment: the booking code from the confirmation (`LEV-4711`) typed on an
 * on-screen keypad — a kiosk has no keyboard — with where to find the code, that a scanner or an
 * ID card on the reader does the same, and the way to a normal number for those without one.
 * The keypad is Latin capitals, digits and the dash in every language, left to right also on an
 * Arabic screen (codes are printed that way). The code field is a live region, so a screen reader
 * says the code as it grows.
 */
import { t } from '#i18n/translate.ts';
import { CODE_KEY_ROWS, DASH } from '../code-input.ts';
import type { KioskModel } from '../model.ts';
import { Heading } from './Heading.tsx';

export function CheckInScreen({ model, code }: { model: KioskModel; code: string }) {
  const language = model.language.value;
  return (
    <section class="screen screen--check-in">
      <Heading>{t(language, 'kiosk.checkIn.heading')}</Heading>
      <p class="check-in__where">{t(language, 'kiosk.checkIn.where')}</p>
      <div class="screen__controls check-in">
        <div class="check-in__field">
          <span id="check-in-code-label" class="check-in__label">
            {t(language, 'kiosk.checkIn.code')}
          </span>
          <output class="check-in__code" aria-labelledby="check-in-code-label" dir="ltr">
            {code}
            <span class="check-in__caret" aria-hidden="true" />
          </output>
        </div>
        <div class="code-pad" dir="ltr" role="group" aria-label={t(language, 'kiosk.checkIn.keypad')}>
          {CODE_KEY_ROWS.flat().map((key) => (
            <button
              key={key}
              type="button"
              class="button button--secondary code-pad__key"
              onClick={() => model.pressCodeKey(key)}
            >
              {key}
            </button>
          ))}
          <button
            type="button"
            class="button button--secondary code-pad__key"
            onClick={() => model.pressCodeKey(DASH)}
          >
            <span aria-hidden="true">{DASH}</span>
            <span class="visually-hidden">{t(language, 'kiosk.checkIn.dash')}</span>
          </button>
          <button
            type="button"
            class="button button--secondary code-pad__key code-pad__key--delete"
            onClick={() => model.deleteCodeKey()}
          >
            <span aria-hidden="true">⌫ </span>
            {t(language, 'kiosk.checkIn.delete')}
          </button>
        </div>
        <button type="button" class="button kiosk-check-in-submit" onClick={() => void model.submitCode()}>
          {t(language, 'kiosk.checkIn.submit')}
        </button>
        <p class="check-in__readers">{t(language, 'kiosk.checkIn.readers')}</p>
        <button
          type="button"
          class="button button--secondary kiosk-instead"
          onClick={() => model.takeNumberInstead()}
        >
          {t(language, 'kiosk.checkIn.instead')}
        </button>
      </div>
    </section>
  );
}
