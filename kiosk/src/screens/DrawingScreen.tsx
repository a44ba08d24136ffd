/** Waiting for the server: the number is being drawn, or the appointment looked up. */
import type { MessageKey } from '#i18n/translate.ts';
import { t } from '#i18n/translate.ts';
import type { KioskModel } from '../model.ts';
import { Heading } from './Heading.tsx';

export function DrawingScreen({ model, text = 'kiosk.drawing' }: { model: KioskModel; text?: MessageKey }) {
  return (
    <section class="screen screen--center" aria-busy="true">
      <Heading>{t(model.language.value, text)}</Heading>
      <div class="spinner" aria-hidden="true" />
    </section>
  );
}
