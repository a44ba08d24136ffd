/**
 * Parked numbers this counter could call back (its services), each with where it was parked and
 * "Zurückrufen" with its own progress and error. Z on the desk moves the focus to the first one.
 */
import type { Language } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import { t } from '#i18n/translate.ts';
import type { DeskModel } from '../model/desk.ts';
import { serviceName } from '../names.ts';
import { DeskErrorText } from './DeskErrorText.tsx';
import { CALL_BACK_CLASS } from './perform.ts';
import { dt } from './texts.ts';

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
            const busy = desk.pending.value === key;
            return (
              <li key={ticket.id} class="parked__item">
                <span class="ticket-no">{ticket.number}</span>
                <span>
                  {serviceName(office, ticket.serviceId, language)}
                  {from && <span class="muted"> · {dt(language, 'parked.from', { counter: from })}</span>}
                </span>
                <button
                  type="button"
                  class={`button button--small ${CALL_BACK_CLASS}`}
                  disabled={!desk.can('callBack')}
                  aria-busy={busy}
                  aria-label={`${t(language, 'counter.action.callBack')}: ${ticket.number}`}
                  onClick={() => void desk.callBack(ticket.id)}
                >
                  {t(language, 'counter.action.callBack')}
                  {busy && <span class="action__busy">{dt(language, 'busy')}</span>}
                </button>
                <DeskErrorText action={key} problem={desk.errors.value[key]} language={language} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
