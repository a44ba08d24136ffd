/**
 * The answer to the supervisor's last action, in a bar that stays in view at the bottom of the
 * window: what was done, or why it was not — with the ticket's state now, so a conflict (a clerk
 * called the number meanwhile) explains itself. Both regions are always in the page, so a new
 * message is announced: a success politely, a refusal at once.
 */
import type { Language } from '#protocol/language.ts';
import { errorText, t } from '#i18n/translate.ts';
import type { BoardModel, BoardOutcome } from '../model/board.ts';

const ACTION_NAMES = {
  cancel: 'counter.action.cancel',
  transfer: 'counter.action.transfer',
  priority: 'counter.board.action.priority',
  reopen: 'counter.board.reopen',
  close: 'counter.action.close',
} as const;

export function ActionOutcome({ board, language }: { board: BoardModel; language: Language }) {
  const outcome = board.outcome.value;
  const failed = outcome?.error !== undefined;
  return (
    <div class={`board-outcome ${outcome ? `board-outcome--${failed ? 'error' : 'ok'}` : ''}`}>
      <div role="status" class="board-outcome__text">
        {outcome && !failed && (
          <p>
            <span aria-hidden="true">✔ </span>
            {t(language, `counter.board.done.${outcome.action}`, { label: outcome.label })}
          </p>
        )}
      </div>
      <div role="alert" class="board-outcome__text">
        {outcome && failed && (
          <p>
            <span aria-hidden="true">✖ </span>
            {failureText(outcome, board, language)}
          </p>
        )}
      </div>
      {outcome && (
        <button type="button" class="button button--small button--secondary" onClick={board.dismissOutcome}>
          {t(language, 'counter.board.dismiss')}
        </button>
      )}
    </div>
  );
}

function failureText(outcome: BoardOutcome, board: BoardModel, language: Language): string {
  const head = t(language, 'counter.board.failed', {
    label: outcome.label,
    action: t(language, ACTION_NAMES[outcome.action]),
  });
  const reason = outcome.error ? errorText(language, outcome.error) : '';
  return `${head} ${reason} ${t(language, 'counter.board.now', { state: stateNow(outcome, board, language) })}`;
}

function stateNow(outcome: BoardOutcome, board: BoardModel, language: Language): string {
  if (outcome.action === 'close') {
    const counter = board.counters.value.find((r) => r.counter.id === outcome.targetId)?.counter;
    return counter ? t(language, `counter.status.${counter.status}`) : '–';
  }
  const state = board.stateNow(outcome.targetId);
  if (state === 'gone') return t(language, 'counter.board.gone');
  const ticket = board.ticketById(outcome.targetId);
  const counter = ticket?.counterId && board.counters.value.find((r) => r.counter.id === ticket.counterId);
  const where = counter && (state === 'called' || state === 'serving') ? ` (${counter.counter.name})` : '';
  return `${t(language, `state.${state}`)}${where}`;
}
