/**
 * Everyone waiting or parked, with the supervisor's actions on each number: priority on or off,
 * transfer (inline form) and cancel (after a confirmation). A button says "wird gesendet …" and is
 * busy until the server has answered.
 */
import type { Language } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import type { TicketView } from '#protocol/tickets.ts';
import { t } from '#i18n/translate.ts';
import type { BoardModel } from '../model/board.ts';
import { waitedMs } from '../model/board-rows.ts';
import { serviceName } from '../names.ts';
import { ConfirmForm, TransferForm } from './BoardForms.tsx';
import { formatDuration } from './board-text.ts';

export const WAITING_HEADING_ID = 'board-waiting';
const COLUMNS = 6;

export function WaitingTable({
  board,
  office,
  language,
}: {
  board: BoardModel;
  office: OfficeView | undefined;
  language: Language;
}) {
  const tickets = board.open.value;
  return (
    <section class="card" aria-labelledby={WAITING_HEADING_ID}>
      <h2 id={WAITING_HEADING_ID} tabIndex={-1}>
        {t(language, 'counter.board.waiting')} <span class="count-badge">{tickets.length}</span>
      </h2>
      {tickets.length === 0 ? (
        <p>{t(language, 'counter.waiting.none')}</p>
      ) : (
        <table class="board-waiting">
          <thead>
            <tr>
              <th scope="col">{t(language, 'counter.col.number')}</th>
              <th scope="col">{t(language, 'counter.col.service')}</th>
              <th scope="col">{t(language, 'counter.col.state')}</th>
              <th scope="col">{t(language, 'counter.col.waited')}</th>
              <th scope="col">{t(language, 'counter.priority')}</th>
              <th scope="col">{t(language, 'counter.col.action')}</th>
            </tr>
          </thead>
          <tbody>
            {tickets.map((ticket) => (
              <TicketRows key={ticket.id} ticket={ticket} board={board} office={office} language={language} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function TicketRows({
  ticket,
  board,
  office,
  language,
}: {
  ticket: TicketView;
  board: BoardModel;
  office: OfficeView | undefined;
  language: Language;
}) {
  const form = board.form.value?.targetId === ticket.id ? board.form.value.kind : undefined;
  const pending = board.pending.value[ticket.id];
  const waiting = ticket.state === 'waiting';
  const label = (key: 'counter.action.transfer' | 'counter.action.cancel') =>
    `${t(language, key)}: ${ticket.number}`;
  const buttonText = (action: typeof pending, text: string) =>
    pending === action ? t(language, 'counter.board.sending') : text;
  const prioritized = ticket.priority === 'priority';
  return (
    <>
      <tr data-ticket={ticket.number} class={form ? 'board-waiting__row--open' : undefined}>
        <th scope="row" class="ticket-no">
          {ticket.number}
        </th>
        <td>
          {serviceName(office, ticket.serviceId, language)}
          {ticket.toFront && (
            <span class="tag board-tag">
              {' '}
              <span aria-hidden="true">⇧</span> {t(language, 'counter.board.frontTag')}
            </span>
          )}
        </td>
        <td>{t(language, `state.${ticket.state}`)}</td>
        <td>{formatDuration(waitedMs(ticket, board.serverNow.value), language)}</td>
        <td>
          {prioritized ? (
            <strong class="board-priority">
              <span aria-hidden="true">★ </span>
              {t(language, 'counter.priority')}
            </strong>
          ) : (
            <span class="muted">{t(language, 'counter.board.priority.normal')}</span>
          )}
        </td>
        <td>
          <div class="board-actions">
            {waiting && (
              <button
                type="button"
                class="button button--small button--secondary"
                disabled={pending !== undefined}
                aria-busy={pending === 'priority'}
                aria-label={`${t(
                  language,
                  prioritized ? 'counter.board.priority.take' : 'counter.board.priority.give',
                )}: ${ticket.number}`}
                onClick={() => void board.setPriority(ticket.id, prioritized ? 'normal' : 'priority')}
              >
                {buttonText(
                  'priority',
                  t(language, prioritized ? 'counter.board.priority.take' : 'counter.board.priority.give'),
                )}
              </button>
            )}
            {waiting && (
              <button
                type="button"
                id={`board-transfer-${ticket.id}`}
                class="button button--small button--secondary"
                disabled={pending !== undefined}
                aria-expanded={form === 'transfer'}
                aria-label={label('counter.action.transfer')}
                onClick={() =>
                  board.openForm(form === 'transfer' ? undefined : { kind: 'transfer', targetId: ticket.id })
                }
              >
                {buttonText('transfer', t(language, 'counter.action.transfer'))}
              </button>
            )}
            <button
              type="button"
              id={`board-cancel-${ticket.id}`}
              class="button button--small button--danger"
              disabled={pending !== undefined}
              aria-expanded={form === 'cancel'}
              aria-label={label('counter.action.cancel')}
              onClick={() =>
                board.openForm(form === 'cancel' ? undefined : { kind: 'cancel', targetId: ticket.id })
              }
            >
              {buttonText('cancel', t(language, 'counter.action.cancel'))}
            </button>
          </div>
        </td>
      </tr>
      {form === 'cancel' && (
        <tr class="board-form-row">
          <td colSpan={COLUMNS}>
            <ConfirmForm
              question={t(language, 'counter.board.confirmCancel', { number: ticket.number })}
              confirm={t(language, 'counter.board.cancelConfirm')}
              busy={pending === 'cancel'}
              language={language}
              onConfirm={() => void board.cancel(ticket.id)}
              onAbort={() => board.openForm(undefined)}
              returnFocusTo={`board-cancel-${ticket.id}`}
            />
          </td>
        </tr>
      )}
      {form === 'transfer' && (
        <tr class="board-form-row">
          <td colSpan={COLUMNS}>
            <TransferForm
              ticket={ticket}
              office={office}
              busy={pending === 'transfer'}
              language={language}
              onSubmit={(choice) => void board.transfer(ticket.id, choice)}
              onAbort={() => board.openForm(undefined)}
              returnFocusTo={`board-transfer-${ticket.id}`}
            />
          </td>
        </tr>
      )}
    </>
  );
}
