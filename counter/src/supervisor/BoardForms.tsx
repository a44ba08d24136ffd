/**
 * The board's inline forms: a confirmation (cancel a number, close a counter) and the transfer
 * (service, optionally one counter, "to the front"). The first control takes focus when a form
 * opens; Escape or "Abbrechen" closes it and gives focus back to the button that opened it.
 */
import { useState } from 'preact/hooks';
import type { Language } from '#protocol/language.ts';
import { localized } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import type { TicketView } from '#protocol/tickets.ts';
import { t } from '#i18n/translate.ts';
import { useFocusOnMount } from '../focus.ts';
import type { TransferChoice } from '../model/board.ts';

/** Gives focus back to the opener after the form is gone (it is re-rendered by then). */
function refocus(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

function onEscape(abort: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    abort();
  };
}

export function ConfirmForm({
  question,
  confirm,
  busy,
  language,
  onConfirm,
  onAbort,
  returnFocusTo,
}: {
  question: string;
  confirm: string;
  busy: boolean;
  language: Language;
  onConfirm: () => void;
  onAbort: () => void;
  returnFocusTo: string;
}) {
  const first = useFocusOnMount<HTMLButtonElement>();
  const abort = () => {
    onAbort();
    refocus(returnFocusTo);
  };
  return (
    <form
      class="board-form board-form--confirm"
      aria-label={question}
      onKeyDown={onEscape(abort)}
      onSubmit={(event) => {
        event.preventDefault();
        onConfirm();
      }}
    >
      <p class="board-form__question">{question}</p>
      <div class="board-form__buttons">
        <button type="submit" class="button button--danger" disabled={busy} aria-busy={busy} ref={first}>
          {busy ? t(language, 'counter.board.sending') : confirm}
        </button>
        <button type="button" class="button button--secondary" onClick={abort}>
          {t(language, 'counter.action.abort')}
        </button>
      </div>
    </form>
  );
}

export function TransferForm({
  ticket,
  office,
  busy,
  language,
  onSubmit,
  onAbort,
  returnFocusTo,
}: {
  ticket: TicketView;
  office: OfficeView | undefined;
  busy: boolean;
  language: Language;
  onSubmit: (choice: TransferChoice) => void;
  onAbort: () => void;
  returnFocusTo: string;
}) {
  const services = office?.services.filter((s) => s.id !== ticket.serviceId) ?? [];
  const [serviceId, setServiceId] = useState(services[0]?.id ?? '');
  const counters = office?.counters.filter((c) => c.serviceIds.includes(serviceId)) ?? [];
  const first = useFocusOnMount<HTMLSelectElement>();
  const id = (name: string) => `transfer-${ticket.id}-${name}`;
  const abort = () => {
    onAbort();
    refocus(returnFocusTo);
  };
  return (
    <form
      class="board-form"
      aria-label={t(language, 'counter.board.transfer.heading', { number: ticket.number })}
      onKeyDown={onEscape(abort)}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const counterId = String(data.get('counterId') ?? '');
        onSubmit({
          serviceId: String(data.get('serviceId')),
          counterId: counterId === '' ? undefined : counterId,
          toFront: data.get('toFront') === 'on',
        });
      }}
    >
      <p class="board-form__question">
        {t(language, 'counter.board.transfer.heading', { number: ticket.number })}
      </p>
      <div class="board-form__fields">
        <div class="field">
          <label for={id('service')}>{t(language, 'counter.transfer.service')}</label>
          <select
            id={id('service')}
            name="serviceId"
            required
            ref={first}
            value={serviceId}
            onChange={(event) => setServiceId(event.currentTarget.value)}
          >
            {services.map((s) => (
              <option key={s.id} value={s.id}>
                {localized(s.names, language)} ({s.prefix})
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={id('counter')}>{t(language, 'counter.board.transfer.counter')}</label>
          <select id={id('counter')} name="counterId" key={serviceId}>
            <option value="">{t(language, 'counter.board.transfer.anyCounter')}</option>
            {counters.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field field--inline">
          <input id={id('front')} name="toFront" type="checkbox" />
          <label for={id('front')}>{t(language, 'counter.board.transfer.toFront')}</label>
        </div>
      </div>
      <div class="board-form__buttons">
        <button type="submit" class="button" disabled={busy} aria-busy={busy}>
          {busy ? t(language, 'counter.board.sending') : t(language, 'counter.action.transfer')}
        </button>
        <button type="button" class="button button--secondary" onClick={abort}>
          {t(language, 'counter.action.abort')}
        </button>
      </div>
    </form>
  );
}
