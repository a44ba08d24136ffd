import { t } from '#i18n/translate.ts';
import type { KioskModel } from '../model.ts';

export function BackButton({ model }: { model: KioskModel }) {
  return (
    <button type="button" class="button button--secondary kiosk-back" onClick={() => model.back()}>
      <span aria-hidden="true">←</span> {t(model.language.value, 'kiosk.back')}
    </button>
  );
}
