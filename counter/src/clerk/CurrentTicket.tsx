/**
 * The ticket at this counter: number, service, state in words with a live timer (called or
 * serving since mm:ss, by the server's clock), how often called, and its markers. The timer is a
 * `timer` role, which screen readers do not announce every second; the number itself is announced.
 */
import type { Language } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import type { TicketView } from '#protocol/tickets.ts';
import { formatTime } from '#i18n/format.ts';
import { t } from '#i18n/translate.ts';
import { currentSince, formatElapsed, markersOf } from '../model/waiting.ts';
import { serviceName } from '../names.ts';
import { Markers } from './Markers.tsx';
import { dt } from './texts.ts';

export function CurrentTicket({
  ticket,
  serverNowMs,
  counterId,
  office,
  language,
}: {
  ticket: TicketView | undefined;
  serverNowMs: number;
  counterId: string;
  office: OfficeView | undefined;
  language: Language;
}) {
  if (!ticket) {
    return (
      <div class="current current--empty" aria-live="polite">
        <p>{t(language, 'counter.current.none')}</p>
      </div>
    );
  }
  const since = currentSince(ticket);
  const state = dt(language, ticket.state === 'serving' ? 'current.serving' : 'current.called');
  const elapsed = since === undefined ? undefined : formatElapsed(serverNowMs - since);
  return (
    <div class="current">
      <p class="current__number" aria-live="polite">
        {ticket.number}
      </p>
      <dl class="current__facts">
        <dt>{t(language, 'counter.col.service')}</dt>
        <dd>{serviceName(office, ticket.serviceId, language)}</dd>
        <dt>{t(language, 'counter.col.state')}</dt>
        <dd>
          <span class={`state state--${ticket.state}`}>{t(language, `state.${ticket.state}`)}</span>
          {ticket.state === 'called' && (
            <> · {t(language, 'counter.current.calls', { n: ticket.callCount })}</>
          )}
          <Markers markers={markersOf(ticket, counterId)} language={language} />
        </dd>
      </dl>
      {elapsed !== undefined && since !== undefined && (
        <p class="current__timer">
          <span>{state}</span>{' '}
          <span
            role="timer"
            class="current__elapsed"
            aria-label={dt(language, 'current.timerLabel', { state, time: elapsed })}
          >
            {elapsed}
          </span>{' '}
          <span class="muted">({formatTime(since, language, { timeZone: office?.timeZone })})</span>
        </p>
      )}
    </div>
  );
}
