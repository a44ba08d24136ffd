/**
 * The drawn number, very big, with the service, people ahead and what became of printing. On a
 * printer fault the number on screen is the citizen's ticket, so the message says so plainly.
 */
import { localized } from '#protocol/language.ts';
import type { DrawResult } from '#protocol/events.ts';
import { countVariant } from '#i18n/format.ts';
import { t } from '#i18n/translate.ts';
import type { KioskModel } from '../model.ts';
import { Heading } from './Heading.tsx';

export function TicketScreen({ model, result }: { model: KioskModel; result: DrawResult }) {
  const language = model.language.value;
  const service = model.service.value;
  const failed = result.print.status === 'failed';
  return (
    <section class="screen screen--ticket">
      <Heading>{t(language, 'kiosk.ticket.heading')}</Heading>
      <p class="ticket-number" aria-live="polite">
        {result.ticket.number}
      </p>
      {service && <p class="ticket-service">{localized(service.names, language)}</p>}
      <p class="ticket-ahead">
        {t(language, `kiosk.ticket.peopleAhead.${countVariant(result.peopleAhead)}`, {
          n: result.peopleAhead,
        })}
      </p>
      <p
        class={failed ? 'print-status print-status--failed' : 'print-status'}
        role={failed ? 'alert' : 'status'}
      >
        <span aria-hidden="true">{failed ? '⚠ ' : '✓ '}</span>
        {t(language, `kiosk.print.${result.print.status}`)}
      </p>
      <p class="ticket-hint">{t(language, 'kiosk.ticket.hint')}</p>
      <button type="button" class="button kiosk-done" onClick={() => model.finish()}>
        {t(language, 'kiosk.done')}
      </button>
      {model.secondsLeft.value !== undefined && (
        <p class="countdown">{t(language, 'kiosk.returnsIn', { n: model.secondsLeft.value })}</p>
      )}
    </section>
  );
}
