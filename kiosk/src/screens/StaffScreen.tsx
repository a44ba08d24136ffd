/**
 * The staff PIN pad: leaves kiosk mode for the staff login when the server accepts the PIN (it
 * also limits the attempts). An on-screen pad, because a kiosk has no keyboard; its digits keep
 * the 1-2-3 order on an Arabic screen too.
 */
import { errorText, t } from '#i18n/translate.ts';
import type { KioskScreen } from '../flow.ts';
import type { KioskModel } from '../model.ts';
import { Heading } from './Heading.tsx';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

export function StaffScreen({
  model,
  screen,
}: {
  model: KioskModel;
  screen: Extract<KioskScreen, { name: 'staff' }>;
}) {
  const language = model.language.value;
  return (
    <section class="screen screen--staff">
      <Heading>{t(language, 'kiosk.staff.heading')}</Heading>
      <div class="screen__controls pin">
        <p class="pin__dots" aria-hidden="true">
          {'●'.repeat(screen.entered.length) || '–'}
        </p>
        <p class="visually-hidden" role="status">
          {t(language, 'kiosk.staff.entered', { n: screen.entered.length })}
        </p>
        {screen.rejected && (
          <p class="error-text" role="alert">
            {screen.rejected === 'forbidden'
              ? t(language, 'kiosk.staff.wrong')
              : errorText(language, { code: screen.rejected })}
          </p>
        )}
        {screen.checking && <p role="status">{t(language, 'kiosk.staff.checking')}</p>}
        <div class="pin__pad" dir="ltr">
          {DIGITS.map((digit) => (
            <PinKey key={digit} label={digit} onPress={() => model.enterPinDigit(digit)} />
          ))}
          <PinKey label={t(language, 'kiosk.staff.delete')} onPress={() => model.deletePinDigit()} />
          <PinKey label="0" onPress={() => model.enterPinDigit('0')} />
          <button
            type="button"
            class="button pin__key pin__key--submit"
            aria-disabled={screen.checking}
            onClick={() => void model.submitPin()}
          >
            {t(language, 'kiosk.staff.confirm')}
          </button>
        </div>
        <button type="button" class="button button--secondary kiosk-back" onClick={() => model.back()}>
          {t(language, 'kiosk.staff.cancel')}
        </button>
      </div>
    </section>
  );
}

function PinKey({ label, onPress }: { label: string; onPress: () => void }) {
  return (
    <button type="button" class="button button--secondary pin__key" onClick={onPress}>
      {label}
    </button>
  );
}
