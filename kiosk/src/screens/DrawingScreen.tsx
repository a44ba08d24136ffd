import { t } from '#i18n/translate.ts';
import type { KioskModel } from '../model.ts';
import { Heading } from './Heading.tsx';

export function DrawingScreen({ model }: { model: KioskModel }) {
  return (
    <section class="screen screen--center" aria-busy="true">
      <Heading>{t(model.language.value, 'kiosk.drawing')}</Heading>
      <div class="spinner" aria-hidden="true" />
    </section>
  );
}
