/**
 * The office's appointments from today on: when (office time), booking code, service, state,
 * the waiting number of a check-in, and whether an ID card can be used. Names and birth dates
 * never reach this screen — the server keeps only a check value.
 */
import type { Language } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import { ErrorText } from '#web/components/ErrorText.tsx';
import { formatTime } from '#i18n/format.ts';
import { t } from '#i18n/translate.ts';
import { formatDate } from '../format.ts';
import type { AppointmentsModel } from '../model/appointments.ts';
import { serviceName } from '../names.ts';

export const LIST_HEADING_ID = 'appointments-heading';

export function AppointmentList({
  appointments,
  office,
  language,
}: {
  appointments: AppointmentsModel;
  office: OfficeView | undefined;
  language: Language;
}) {
  const list = appointments.list.value;
  const timeZone = office?.timeZone;
  return (
    <section class="card" aria-labelledby={LIST_HEADING_ID} aria-busy={appointments.loading.value}>
      <div class="card__title-row">
        <h2 id={LIST_HEADING_ID} tabIndex={-1}>
          {t(language, 'counter.appointments.heading')} <span class="count-badge">{list.length}</span>
        </h2>
        <button type="button" class="button button--secondary" onClick={() => void appointments.load()}>
          {t(language, 'counter.appointments.refresh')}
        </button>
      </div>
      <ErrorText error={appointments.listError.value} language={language} />
      {!appointments.loaded.value ? (
        <p>{t(language, 'loading')}</p>
      ) : list.length === 0 ? (
        <p>{t(language, 'counter.appointments.none')}</p>
      ) : (
        <table class="appointments">
          <thead>
            <tr>
              <th scope="col">{t(language, 'counter.appointments.col.slot')}</th>
              <th scope="col">{t(language, 'counter.appointments.col.code')}</th>
              <th scope="col">{t(language, 'counter.col.service')}</th>
              <th scope="col">{t(language, 'counter.col.state')}</th>
              <th scope="col">{t(language, 'counter.appointments.col.ticket')}</th>
              <th scope="col">{t(language, 'counter.appointments.col.idCheckIn')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((a) => (
              <tr key={a.bookingCode}>
                <td class="appointments__slot">
                  <time dateTime={new Date(a.slot).toISOString()}>
                    {formatDate(a.slot, language, timeZone)},{' '}
                    <strong>{formatTime(a.slot, language, { timeZone })}</strong>
                  </time>
                </td>
                <th scope="row" class="ticket-no">
                  {a.bookingCode}
                </th>
                <td>{serviceName(office, a.serviceId, language)}</td>
                <td>
                  <span class={`state state--${a.state}`}>
                    {a.state === 'checked_in' && <span aria-hidden="true">✔ </span>}
                    {t(language, `counter.appointments.state.${a.state}`)}
                  </span>
                </td>
                <td class="ticket-no">{a.ticketNumber ?? '–'}</td>
                <td>{t(language, a.idCheckIn ? 'counter.appointments.yes' : 'counter.appointments.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
