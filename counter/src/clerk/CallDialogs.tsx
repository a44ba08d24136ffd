/**
 * Calling with a choice: the next number of one service (each of the counter's services with how
 * many wait for it), or one specific waiting number found by typing (only with the call-specific
 * right; the server logs it). Each stays open with its error when the server refuses.
 */
import { useState } from 'preact/hooks';
import type { Language } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import { formatMinutes } from '#i18n/format.ts';
import type { DeskModel } from '../model/desk.ts';
import { matchesSearch } from '../model/waiting.ts';
import { serviceName } from '../names.ts';
import { DeskErrorText } from './DeskErrorText.tsx';
import { Dialog } from './Dialog.tsx';
import { Markers } from './Markers.tsx';
import { serviceLabel } from './ServiceChecklist.tsx';
import { dt } from './texts.ts';

export function CallServiceDialog({
  desk,
  office,
  language,
}: {
  desk: DeskModel;
  office: OfficeView | undefined;
  language: Language;
}) {
  const today = desk.counter.value?.activeServiceIds ?? [];
  const busy = desk.pending.value === 'callService';
  return (
    <Dialog
      id="call-service"
      title={dt(language, 'callService.heading')}
      language={language}
      onClose={desk.closeDialog}
    >
      <p class="dialog__hint">{dt(language, 'callService.hint')}</p>
      <ul class="choice-list">
        {desk.allowedCounts.value.map(([serviceId, count]) => (
          <li key={serviceId}>
            <button
              type="button"
              class="button button--secondary choice"
              disabled={count === 0 || desk.pending.value !== undefined}
              aria-busy={busy}
              onClick={() => void desk.callNextOf(serviceId)}
            >
              <span>{serviceLabel(office, serviceId, language)}</span>
              <span class="choice__meta">
                {dt(language, 'waiting.n', { n: count })}
                {!today.includes(serviceId) && <> · {dt(language, 'waiting.notToday')}</>}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {busy && <p role="status">{dt(language, 'busy')}</p>}
      <DeskErrorText action="callService" problem={desk.errors.value.callService} language={language} />
    </Dialog>
  );
}

export function CallTicketDialog({
  desk,
  office,
  language,
}: {
  desk: DeskModel;
  office: OfficeView | undefined;
  language: Language;
}) {
  const [query, setQuery] = useState('');
  const rows = desk.callable.value.filter((row) =>
    matchesSearch(row.ticket, serviceName(office, row.ticket.serviceId, language), query),
  );
  const busy = desk.pending.value === 'callTicket';
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    // Enter calls only when exactly one number is left: never a guess.
    const only = rows.length === 1 ? rows[0] : undefined;
    if (only) void desk.callTicket(only.ticket.id);
  };
  return (
    <Dialog
      id="call-ticket"
      title={dt(language, 'callTicket.heading')}
      language={language}
      onClose={desk.closeDialog}
      wide
    >
      <p class="dialog__hint">{dt(language, 'callTicket.hint')}</p>
      <form onSubmit={onSubmit} role="search">
        <div class="field">
          <label for="call-ticket-search">{dt(language, 'callTicket.search')}</label>
          <input
            id="call-ticket-search"
            type="search"
            value={query}
            autocomplete="off"
            data-autofocus
            aria-controls="call-ticket-results"
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
      </form>
      <p role="status" class="dialog__count">
        {rows.length === 0
          ? dt(language, 'callTicket.none')
          : dt(language, 'callTicket.results', { n: rows.length })}
      </p>
      <ul id="call-ticket-results" class="pick-tickets">
        {rows.map(({ ticket, markers, waitedMs }) => (
          <li key={ticket.id} class="pick-tickets__item">
            <span class="ticket-no">{ticket.number}</span>
            <span>
              {serviceName(office, ticket.serviceId, language)}
              <span class="muted"> · {formatMinutes(Math.floor(waitedMs / 60_000), language)}</span>
              <Markers markers={markers} language={language} />
            </span>
            <button
              type="button"
              class="button button--small"
              disabled={desk.pending.value !== undefined}
              aria-busy={busy}
              onClick={() => void desk.callTicket(ticket.id)}
            >
              <span aria-hidden="true">{dt(language, 'action.call')}</span>
              <span class="visually-hidden">
                {dt(language, 'action.callNumber', { number: ticket.number })}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <DeskErrorText action="callTicket" problem={desk.errors.value.callTicket} language={language} />
    </Dialog>
  );
}
