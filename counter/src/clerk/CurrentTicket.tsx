/** The ticket at this counter: number, service, state in words, since when, how often called. */
import type { Language } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import type { TicketView } from '#protocol/tickets.ts';
import { formatTime } from '#i18n/format.ts';
import { t } from '#i18n/translate.ts';
import { serviceName } from '../names.ts';

export function CurrentTicket({
  ticket,
  office,
  language,
}: {
  ticket: TicketView | undefined;
  office: OfficeView | undefined;
  language: Language;
}) {
  if (!ticket) return <p class="current current--empty">{t(language, 'counter.current.none')}</p>;
  const since = ticket.state === 'serving' ? ticket.startedAt : ticket.calledAt;
  return (
    <div class="current" aria-live="polite">
      <p class="current__number">{ticket.number}</p>
      <dl class="current__facts">
        <dt>{t(language, 'counter.col.service')}</dt>
        <dd>{serviceName(office, ticket.serviceId, language)}</dd>
        <dt>{t(language, 'counter.col.state')}</dt>
        <dd>
          <span class={`state state--${ticket.state}`}>{t(language, `state.${ticket.state}`)}</span>
          {since !== undefined && (
            <>
              {' '}
              {t(language, 'counter.current.since', {
                time: formatTime(since, language, { timeZone: office?.timeZone }),
              })}
            </>
          )}
          {ticket.state === 'called' && (
            <> · {t(language, 'counter.current.calls', { n: ticket.callCount })}</>
          )}
          {ticket.priority === 'priority' && (
            <>
              {' '}
              · <strong>{t(language, 'counter.priority')}</strong>
            </>
          )}
        </dd>
      </dl>
    </div>
  );
}
