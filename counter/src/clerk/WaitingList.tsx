/** Who waits for this counter (number, service, minutes waited) and how many per service. */
import type { Language } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import { formatMinutes, minutesBetween } from '#i18n/format.ts';
import { t } from '#i18n/translate.ts';
import type { DeskModel } from '../model/desk.ts';
import { serviceName } from '../names.ts';

export function WaitingList({
  desk,
  office,
  language,
}: {
  desk: DeskModel;
  office: OfficeView | undefined;
  language: Language;
}) {
  const now = desk.serverNowMs.value;
  const waiting = desk.waiting.value;
  return (
    <section class="card" aria-labelledby="waiting-heading">
      <h2 id="waiting-heading">
        {t(language, 'counter.waiting.heading')} <span class="count-badge">{waiting.length}</span>
      </h2>
      <table class="counts">
        <caption class="visually-hidden">{t(language, 'counter.waiting.counts')}</caption>
        <tbody>
          {desk.counts.value.map(([serviceId, count]) => (
            <tr key={serviceId}>
              <th scope="row">{serviceName(office, serviceId, language)}</th>
              <td class="num">{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {waiting.length === 0 ? (
        <p>{t(language, 'counter.waiting.none')}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{t(language, 'counter.waiting.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(language, 'counter.col.number')}</th>
              <th scope="col">{t(language, 'counter.col.service')}</th>
              <th scope="col">{t(language, 'counter.col.waited')}</th>
            </tr>
          </thead>
          <tbody>
            {waiting.map((ticket) => (
              <tr key={ticket.id}>
                <td class="ticket-no">
                  {ticket.number}
                  {ticket.priority === 'priority' && (
                    <span class="tag"> {t(language, 'counter.priority')}</span>
                  )}
                </td>
                <td>{serviceName(office, ticket.serviceId, language)}</td>
                <td>{formatMinutes(minutesBetween(ticket.issuedAt, now), language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
