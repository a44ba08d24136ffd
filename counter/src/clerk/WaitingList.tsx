/**
 * Who waits for this counter today: the services served today, how many wait per service, and each
 * number with its service, the wait so far and its markers — in the order the clerk can expect
 * (to the front first, then longest waiting; the server's strategy decides for real).
 */
import type { Language } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import { formatMinutes } from '#i18n/format.ts';
import { t } from '#i18n/translate.ts';
import type { DeskModel } from '../model/desk.ts';
import { serviceName } from '../names.ts';
import { Markers } from './Markers.tsx';
import { serviceLabel } from './ServiceChecklist.tsx';
import { dt } from './texts.ts';

export function WaitingList({
  desk,
  office,
  language,
}: {
  desk: DeskModel;
  office: OfficeView | undefined;
  language: Language;
}) {
  const waiting = desk.waiting.value;
  return (
    <section class="card waiting" aria-labelledby="waiting-heading">
      <h2 id="waiting-heading">
        {t(language, 'counter.waiting.heading')} <span class="count-badge">{waiting.length}</span>
      </h2>
      <table class="counts">
        <caption>{dt(language, 'waiting.countsHeading')}</caption>
        <tbody>
          {desk.counts.value.map(([serviceId, count]) => (
            <tr key={serviceId}>
              <th scope="row">{serviceLabel(office, serviceId, language)}</th>
              <td class="num">{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {waiting.length === 0 ? (
        <p>{t(language, 'counter.waiting.none')}</p>
      ) : (
        <table class="waiting__list">
          <caption class="visually-hidden">{t(language, 'counter.waiting.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(language, 'counter.col.number')}</th>
              <th scope="col">{t(language, 'counter.col.service')}</th>
              <th scope="col" class="num">
                {t(language, 'counter.col.waited')}
              </th>
            </tr>
          </thead>
          <tbody>
            {waiting.map(({ ticket, waitedMs, markers }) => (
              <tr key={ticket.id}>
                <td>
                  <span class="ticket-no">{ticket.number}</span>
                  <Markers markers={markers} language={language} />
                </td>
                <td>{serviceName(office, ticket.serviceId, language)}</td>
                <td class="num">{formatMinutes(Math.floor(waitedMs / 60_000), language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
