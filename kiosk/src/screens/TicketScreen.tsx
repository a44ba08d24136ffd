/**
 * The drawn number, very big, with the service, people ahead, what became of printing and what to
 * have ready at the counter. On a printer fault the number on screen is the citizen's ticket, so
 * the message says so plainly. "Nummer vorlesen" speaks the number in the citizen's language.
 */
import type { DrawResult } from '#protocol/events.ts';
import { countVariant } from '#i18n/format.ts';
import { t } from '#i18n/translate.ts';
import type { KioskModel } from '../model.ts';
import { Heading } from './Heading.tsx';
import { LocalName } from './LocalName.tsx';

export function TicketScreen({ model, result }: { model: KioskModel; result: DrawResult }) {
  const language = model.language.value;
  const service = model.service.value;
  const failed = result.print.status === 'failed';
  return (
    <section class="screen screen--ticket">
      <Heading>{t(language, 'kiosk.ticket.heading')}</Heading>
      <p class="ticket-number" dir="ltr">
        {result.ticket.number}
      </p>
      {service && (
        <p class="ticket-service">
          <LocalName text={service.names} language={language} />
        </p>
      )}
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
      {service?.description && (
        <div class="ticket-bring">
          <p class="ticket-bring__label">{t(language, 'kiosk.ticket.bring')}</p>
          <p class="ticket-bring__text">
            <LocalName text={service.description} language={language} />
          </p>
        </div>
      )}
      <p class="ticket-hint">{t(language, 'kiosk.ticket.hint')}</p>
      <div class="screen__controls screen__actions">
        {model.canSpeak.value && (
          <button
            type="button"
            class="button button--secondary kiosk-read-aloud"
            onClick={() => model.readNumberAloud()}
          >
            <span aria-hidden="true">▶ </span>
            {t(language, 'kiosk.ticket.readAloud')}
          </button>
        )}
        <button type="button" class="button kiosk-done" onClick={() => model.finish()}>
          {t(language, 'kiosk.done')}
        </button>
      </div>
      {model.secondsLeft.value !== undefined && !model.moreTimePrompt.value && (
        <p class="countdown">{t(language, 'kiosk.returnsIn', { n: model.secondsLeft.value })}</p>
      )}
    </section>
  );
}
