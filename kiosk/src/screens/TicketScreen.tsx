/**
 * The drawn number, very big, with the service, people ahead, the estimated wait (a range, and
 * only when a counter for the service is open), what became of printing and what to have ready at
 * the counter. After an appointment check-in it says so, with the appointment's time. On a
 * printer fault the number on screen is the citizen's ticket, so the message says so plainly.
 * "Nummer vorlesen" speaks the number in the citizen's language.
 */
import type { DrawResult } from '#protocol/events.ts';
import { countVariant, formatTime, formatWaitEstimate } from '#i18n/format.ts';
import { t } from '#i18n/translate.ts';
import { QrCode } from '#web/components/QrCode.tsx';
import type { TicketOrigin } from '../flow.ts';
import type { KioskModel } from '../model.ts';
import { Heading } from './Heading.tsx';
import { LocalName } from './LocalName.tsx';

export function TicketScreen({
  model,
  result,
  from,
}: {
  model: KioskModel;
  result: DrawResult;
  from: TicketOrigin;
}) {
  const language = model.language.value;
  const service = model.service.value;
  const failed = result.print.status === 'failed';
  const slot = result.ticket.appointmentSlot;
  const estimate = result.waitEstimate;
  return (
    <section class="screen screen--ticket">
      <Heading>{t(language, 'kiosk.ticket.heading')}</Heading>
      {from === 'check-in' && (
        <p class="ticket-checked-in">
          <span aria-hidden="true">✓ </span>
          {slot === undefined
            ? t(language, 'kiosk.checkIn.doneShort')
            : t(language, 'kiosk.checkIn.done', {
                time: formatTime(slot, language, { timeZone: model.office.value?.timeZone }),
              })}
        </p>
      )}
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
      {estimate && <p class="ticket-estimate">{formatWaitEstimate(estimate, language)}</p>}
      <p
        class={failed ? 'print-status print-status--failed' : 'print-status'}
        role={failed ? 'alert' : 'status'}
      >
        <span aria-hidden="true">{failed ? '⚠ ' : '✓ '}</span>
        {t(language, `kiosk.print.${result.print.status}`)}
      </p>
      {result.statusUrl && result.print.status !== 'printed' && (
        <figure class="ticket-qr">
          <QrCode text={result.statusUrl} label={t(language, 'kiosk.ticket.qr')} />
          <figcaption>{t(language, 'kiosk.ticket.qr')}</figcaption>
        </figure>
      )}
      {service?.documents && service.documents.length > 0 ? (
        <div class="ticket-bring">
          <p class="ticket-bring__label">{t(language, 'kiosk.ticket.bring')}</p>
          <ul class="ticket-bring__text">
            {service.documents.map((document, i) => (
              <li key={i}>
                <LocalName text={document} language={language} />
              </li>
            ))}
          </ul>
        </div>
      ) : (
        service?.description && (
          <div class="ticket-bring">
            <p class="ticket-bring__label">{t(language, 'kiosk.ticket.bring')}</p>
            <p class="ticket-bring__text">
              <LocalName text={service.description} language={language} />
            </p>
          </div>
        )
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
