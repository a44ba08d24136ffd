/** Parked tickets of the office, each with "Call back" to this counter and its own error. */
import type { Language } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import { ErrorText } from '#web/components/ErrorText.tsx';
import { t } from '#i18n/translate.ts';
import type { DeskModel } from '../model/desk.ts';
import { serviceName } from '../names.ts';

export function ParkedList({
  desk,
  office,
  language,
}: {
  desk: DeskModel;
  office: OfficeView | undefined;
  language: Language;
}) {
  const tickets = desk.parkedTickets.value;
  const counters = office?.counters ?? [];
  return (
    <section class="card" aria-labelledby="parked-heading">
      <h2 id="parked-heading">
        {t(language, 'counter.parked.heading')} <span class="count-badge">{tickets.length}</span>
      </h2>
      {tickets.length === 0 ? (
        <p>{t(language, 'counter.parked.none')}</p>
      ) : (
        <ul class="parked">
          {tickets.map((ticket) => {
            const from = counters.find((c) => c.id === ticket.counterId)?.name;
            const key = `callBack:${ticket.id}`;
            return (
              <li key={ticket.id} class="parked__item">
                <span class="ticket-no">{ticket.number}</span>
                <span>
                  {serviceName(office, ticket.serviceId, language)}
                  {from && <span class="muted"> · {from}</span>}
                </span>
                <button
                  type="button"
                  class="button button--small"
                  disabled={!desk.canCallBack.value}
                  aria-busy={desk.pending.value === key}
                  aria-label={`${t(language, 'counter.action.callBack')}: ${ticket.number}`}
                  onClick={() => void desk.callBack(ticket.id)}
                >
                  {t(language, 'counter.action.callBack')}
                </button>
                <ErrorText error={desk.errors.value[key]} language={language} context={ticket.number} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
