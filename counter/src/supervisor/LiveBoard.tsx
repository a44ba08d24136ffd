/**
 * Supervisor's live board: the office's devices (kiosk agents, printers, readers), every counter
 * (status, clerk, ticket) and every open ticket with Cancel.
 */
import type { Language } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import { ErrorText } from '#web/components/ErrorText.tsx';
import { formatMinutes, minutesBetween } from '#i18n/format.ts';
import { t } from '#i18n/translate.ts';
import type { BoardModel } from '../model/board.ts';
import type { DevicesModel } from '../model/devices.ts';
import { serviceName } from '../names.ts';
import { DevicesPanel } from './DevicesPanel.tsx';

export function LiveBoard({
  board,
  devices,
  office,
  language,
}: {
  board: BoardModel;
  devices: DevicesModel;
  office: OfficeView | undefined;
  language: Language;
}) {
  const nowMs = board.serverNowMs.value;
  return (
    <>
      <DevicesPanel
        devices={devices.devices.value}
        nowMs={nowMs}
        timeZone={office?.timeZone}
        language={language}
      />
      <div class="board-grid">
        <section class="card" aria-labelledby="board-counters">
          <h2 id="board-counters">{t(language, 'counter.board.counters')}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t(language, 'counter.col.counter')}</th>
                <th scope="col">{t(language, 'counter.col.state')}</th>
                <th scope="col">{t(language, 'counter.col.clerk')}</th>
                <th scope="col">{t(language, 'counter.col.current')}</th>
              </tr>
            </thead>
            <tbody>
              {board.counters.value.map((counter) => {
                const ticket = board.ticketById(counter.currentTicketId);
                return (
                  <tr key={counter.id}>
                    <th scope="row">{counter.name}</th>
                    <td>
                      <span class={`status status--${counter.status}`}>
                        {t(language, `counter.status.${counter.status}`)}
                      </span>
                      {counter.pauseReason && <span class="muted"> ({counter.pauseReason})</span>}
                    </td>
                    <td>{counter.clerk ?? '–'}</td>
                    <td>{ticket ? `${ticket.number} (${t(language, `state.${ticket.state}`)})` : '–'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
        <section class="card" aria-labelledby="board-waiting">
          <h2 id="board-waiting">
            {t(language, 'counter.board.waiting')} <span class="count-badge">{board.open.value.length}</span>
          </h2>
          {board.open.value.length === 0 ? (
            <p>{t(language, 'counter.waiting.none')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t(language, 'counter.col.number')}</th>
                  <th scope="col">{t(language, 'counter.col.service')}</th>
                  <th scope="col">{t(language, 'counter.col.state')}</th>
                  <th scope="col">{t(language, 'counter.col.waited')}</th>
                  <th scope="col">{t(language, 'counter.col.action')}</th>
                </tr>
              </thead>
              <tbody>
                {board.open.value.map((ticket) => (
                  <tr key={ticket.id}>
                    <td class="ticket-no">{ticket.number}</td>
                    <td>{serviceName(office, ticket.serviceId, language)}</td>
                    <td>{t(language, `state.${ticket.state}`)}</td>
                    <td>{formatMinutes(minutesBetween(ticket.issuedAt, nowMs), language)}</td>
                    <td>
                      <button
                        type="button"
                        class="button button--small button--danger"
                        disabled={board.pending.value !== undefined}
                        aria-busy={board.pending.value === ticket.id}
                        aria-label={`${t(language, 'counter.action.cancel')}: ${ticket.number}`}
                        onClick={() => void board.cancel(ticket.id)}
                      >
                        {t(language, 'counter.action.cancel')}
                      </button>
                      <ErrorText error={board.errors.value[ticket.id]} language={language} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </>
  );
}
