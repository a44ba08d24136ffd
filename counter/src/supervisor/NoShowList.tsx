/**
 * Today's no-shows (fetched from the server: the live state holds open tickets only) with
 * "Wieder aufnehmen": the number goes back into its queue with the same number and place.
 */
import type { Language } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import { formatTime } from '#i18n/format.ts';
import { t } from '#i18n/translate.ts';
import { ErrorText } from '#web/components/ErrorText.tsx';
import type { BoardModel } from '../model/board.ts';
import { serviceName } from '../names.ts';

export const NO_SHOWS_HEADING_ID = 'board-no-shows';

export function NoShowList({
  board,
  office,
  language,
}: {
  board: BoardModel;
  office: OfficeView | undefined;
  language: Language;
}) {
  const tickets = board.noShows.value;
  return (
    <section class="card" aria-labelledby={NO_SHOWS_HEADING_ID}>
      <h2 id={NO_SHOWS_HEADING_ID} tabIndex={-1}>
        {t(language, 'counter.board.noShows')} <span class="count-badge">{tickets.length}</span>
      </h2>
      <ErrorText error={board.noShowsError.value} language={language} />
      {tickets.length === 0 ? (
        <p>{t(language, 'counter.board.noShows.none')}</p>
      ) : (
        <table class="board-no-shows">
          <thead>
            <tr>
              <th scope="col">{t(language, 'counter.col.number')}</th>
              <th scope="col">{t(language, 'counter.col.service')}</th>
              <th scope="col">{t(language, 'counter.col.noShowAt')}</th>
              <th scope="col" class="num">
                {t(language, 'counter.col.calls')}
              </th>
              <th scope="col">{t(language, 'counter.col.action')}</th>
            </tr>
          </thead>
          <tbody>
            {tickets.map((ticket) => {
              const busy = board.pending.value[ticket.id] === 'reopen';
              return (
                <tr key={ticket.id} data-ticket={ticket.number}>
                  <th scope="row" class="ticket-no">
                    {ticket.number}
                  </th>
                  <td>{serviceName(office, ticket.serviceId, language)}</td>
                  <td>
                    {ticket.finishedAt === undefined
                      ? '–'
                      : formatTime(ticket.finishedAt, language, { timeZone: office?.timeZone })}
                  </td>
                  <td class="num">{ticket.callCount}</td>
                  <td>
                    <button
                      type="button"
                      class="button button--small"
                      disabled={busy}
                      aria-busy={busy}
                      aria-label={`${t(language, 'counter.board.reopen')}: ${ticket.number}`}
                      onClick={() => void board.reopen(ticket.id)}
                    >
                      {busy ? t(language, 'counter.board.sending') : t(language, 'counter.board.reopen')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
