/**
 * Every counter: open, paused (with reason and for how long), calling or serving a number (with
 * a live timer), idle (since when, where known) or closed; its clerk and today's services; and,
 * for a counter a clerk left open, closing it (after a confirmation).
 */
import type { Language } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import { t } from '#i18n/translate.ts';
import type { BoardModel } from '../model/board.ts';
import type { CounterRow } from '../model/board-rows.ts';
import { serviceName } from '../names.ts';
import { ConfirmForm } from './BoardForms.tsx';
import { formatDuration, formatTimer } from './board-text.ts';

export const COUNTERS_HEADING_ID = 'board-counters';

export function CounterTable({
  board,
  office,
  language,
}: {
  board: BoardModel;
  office: OfficeView | undefined;
  language: Language;
}) {
  const form = board.form.value;
  return (
    <section class="card" aria-labelledby={COUNTERS_HEADING_ID}>
      <h2 id={COUNTERS_HEADING_ID} tabIndex={-1}>
        {t(language, 'counter.board.counters')}
      </h2>
      <table class="board-counters">
        <thead>
          <tr>
            <th scope="col">{t(language, 'counter.col.counter')}</th>
            <th scope="col">{t(language, 'counter.col.state')}</th>
            <th scope="col">{t(language, 'counter.col.clerk')}</th>
            <th scope="col">{t(language, 'counter.col.current')}</th>
            <th scope="col">{t(language, 'counter.col.servicesToday')}</th>
            <th scope="col">{t(language, 'counter.col.action')}</th>
          </tr>
        </thead>
        <tbody>
          {board.counters.value.map((row) => {
            const { counter } = row;
            const confirming = form?.kind === 'close' && form.targetId === counter.id;
            const busy = board.pending.value[counter.id] === 'close';
            return [
              <tr key={counter.id} data-counter={counter.id}>
                <th scope="row">{counter.name}</th>
                <td>
                  <Activity row={row} language={language} />
                </td>
                <td>{counter.clerk ?? '–'}</td>
                <td>
                  <Current row={row} language={language} />
                </td>
                <td>
                  {counter.status === 'closed' ? (
                    <span class="muted">–</span>
                  ) : (
                    <ServicesToday
                      serviceIds={counter.activeServiceIds}
                      office={office}
                      language={language}
                    />
                  )}
                </td>
                <td>
                  {counter.status !== 'closed' && (
                    <button
                      type="button"
                      id={`board-close-${counter.id}`}
                      class="button button--small button--secondary"
                      aria-expanded={confirming}
                      aria-busy={busy}
                      disabled={busy}
                      aria-label={`${t(language, 'counter.action.close')}: ${counter.name}`}
                      onClick={() =>
                        board.openForm(confirming ? undefined : { kind: 'close', targetId: counter.id })
                      }
                    >
                      {busy ? t(language, 'counter.board.sending') : t(language, 'counter.action.close')}
                    </button>
                  )}
                </td>
              </tr>,
              confirming && (
                <tr key={`${counter.id}-confirm`} class="board-form-row">
                  <td colSpan={6}>
                    <ConfirmForm
                      question={t(language, 'counter.board.confirmClose', { counter: counter.name })}
                      confirm={t(language, 'counter.action.close')}
                      busy={busy}
                      language={language}
                      onConfirm={() => void board.closeCounter(counter.id)}
                      onAbort={() => board.openForm(undefined)}
                      returnFocusTo={`board-close-${counter.id}`}
                    />
                  </td>
                </tr>
              ),
            ];
          })}
        </tbody>
      </table>
    </section>
  );
}

function Activity({ row, language }: { row: CounterRow; language: Language }) {
  const { activity } = row;
  const status = (
    <span class={`status status--${row.counter.status}`}>
      {t(language, `counter.status.${row.counter.status}`)}
    </span>
  );
  switch (activity.kind) {
    case 'closed':
      return status;
    case 'paused':
      return (
        <span class="board-activity board-activity--paused">
          <span aria-hidden="true">‖ </span>
          {status}
          {activity.reason && <span> ({activity.reason})</span>}
          {activity.forMs !== undefined && (
            <span class="board-activity__since">
              {' '}
              {t(language, 'counter.board.since', { duration: formatDuration(activity.forMs, language) })}
            </span>
          )}
        </span>
      );
    case 'idle':
      return (
        <span class="board-activity">
          {status} · {t(language, 'counter.board.idle')}
          {activity.forMs !== undefined && (
            <span class="board-activity__since">
              {' '}
              {t(language, 'counter.board.since', { duration: formatDuration(activity.forMs, language) })}
            </span>
          )}
        </span>
      );
    case 'called':
    case 'serving':
      return status;
  }
}

function Current({ row, language }: { row: CounterRow; language: Language }) {
  const { activity } = row;
  if (activity.kind !== 'called' && activity.kind !== 'serving') return <span class="muted">–</span>;
  return (
    <span class="board-current">
      <span class="ticket-no">{activity.ticket.number}</span>{' '}
      <span class={`state state--${activity.kind}`}>{t(language, `state.${activity.kind}`)}</span>{' '}
      <span class="board-timer">
        {t(language, 'counter.board.since', { duration: formatTimer(activity.forMs) })}
      </span>
    </span>
  );
}

function ServicesToday({
  serviceIds,
  office,
  language,
}: {
  serviceIds: readonly string[];
  office: OfficeView | undefined;
  language: Language;
}) {
  return (
    <ul class="service-chips">
      {serviceIds.map((id) => {
        const prefix = office?.services.find((s) => s.id === id)?.prefix;
        const name = serviceName(office, id, language);
        return (
          <li key={id} class="service-chip" title={name}>
            {prefix ? (
              <>
                <span aria-hidden="true">{prefix}</span>
                <span class="visually-hidden">{name}</span>
              </>
            ) : (
              name
            )}
          </li>
        );
      })}
    </ul>
  );
}
