/**
 * Finishing and transferring the current ticket. Finish: the services performed (the ticket's own
 * preselected, any service of the office) and an optional note that must carry no personal data.
 * Transfer: another service, optionally one counter that serves it, optionally to the front; the
 * number stays. The focus starts where the usual answer is, so F then Enter finishes.
 */
import { useState } from 'preact/hooks';
import { localized, type Language } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import { t } from '#i18n/translate.ts';
import type { DeskModel } from '../model/desk.ts';
import { servicesByDepartment } from '../model/service-groups.ts';
import { DeskErrorText } from './DeskErrorText.tsx';
import { Dialog } from './Dialog.tsx';
import { ServiceChecklist } from './ServiceChecklist.tsx';
import { dt } from './texts.ts';

const NOTE_MAX = 500;

export function FinishDialog({
  desk,
  office,
  language,
}: {
  desk: DeskModel;
  office: OfficeView | undefined;
  language: Language;
}) {
  const ticket = desk.ticket.value;
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(ticket ? [ticket.serviceId] : []));
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  if (!ticket) return null;
  const busy = desk.pending.value === 'finish';
  const missing = chosen.size === 0;
  // Office order, grouped by department, so the list reads like the kiosk's.
  const serviceIds = office
    ? servicesByDepartment(office).flatMap((group) => group.services.map((s) => s.id))
    : [ticket.serviceId];
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    setTried(true);
    if (missing || busy) return;
    void desk.finish({ performedServiceIds: serviceIds.filter((id) => chosen.has(id)), note });
  };
  return (
    <Dialog
      id="finish"
      title={dt(language, 'finish.heading', { number: ticket.number })}
      language={language}
      onClose={desk.closeDialog}
      wide
    >
      <form onSubmit={onSubmit} noValidate>
        <ServiceChecklist
          idPrefix="finish-service"
          legend={dt(language, 'finish.services')}
          hint={dt(language, 'finish.servicesHint')}
          serviceIds={serviceIds}
          chosen={chosen}
          onChange={setChosen}
          office={office}
          language={language}
          invalid={tried && missing}
          errorId="finish-missing"
        />
        {tried && missing && (
          <p id="finish-missing" class="error-text" role="alert">
            {dt(language, 'services.none')}
          </p>
        )}
        <div class="field">
          <label for="finish-note">{dt(language, 'finish.note')}</label>
          <textarea
            id="finish-note"
            rows={2}
            maxLength={NOTE_MAX}
            value={note}
            aria-describedby="finish-note-hint"
            onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <p id="finish-note-hint" class="field__hint">
            {dt(language, 'finish.noteHint')}
          </p>
        </div>
        <DeskErrorText action="finish" problem={desk.errors.value.finish} language={language} />
        <DialogButtons
          submit={t(language, 'counter.action.finish')}
          busy={busy}
          language={language}
          onAbort={desk.closeDialog}
          autoFocus
        />
      </form>
    </Dialog>
  );
}

export function TransferDialog({
  desk,
  office,
  language,
}: {
  desk: DeskModel;
  office: OfficeView | undefined;
  language: Language;
}) {
  const ticket = desk.ticket.value;
  const services = office?.services ?? [];
  const [serviceId, setServiceId] = useState(
    () => services.find((s) => s.id !== ticket?.serviceId)?.id ?? services[0]?.id ?? '',
  );
  const [counterId, setCounterId] = useState('');
  const [toFront, setToFront] = useState(false);
  if (!ticket) return null;
  const busy = desk.pending.value === 'transfer';
  const own = desk.counter.value?.id;
  const counters = (office?.counters ?? []).filter((c) => c.id !== own && c.serviceIds.includes(serviceId));
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    if (busy || !serviceId) return;
    const target = counters.some((c) => c.id === counterId) ? counterId : undefined;
    void desk.transfer({ serviceId, counterId: target, toFront });
  };
  return (
    <Dialog
      id="transfer"
      title={dt(language, 'transfer.heading', { number: ticket.number })}
      language={language}
      onClose={desk.closeDialog}
    >
      <form onSubmit={onSubmit}>
        <p class="dialog__hint">{dt(language, 'transfer.keepsNumber')}</p>
        <div class="field">
          <label for="transfer-service">{t(language, 'counter.transfer.service')}</label>
          <select
            id="transfer-service"
            value={serviceId}
            data-autofocus
            onChange={(e) => {
              setServiceId((e.currentTarget as HTMLSelectElement).value);
              setCounterId('');
            }}
          >
            {services.map((s) => (
              <option key={s.id} value={s.id}>
                {localized(s.names, language)} ({s.prefix})
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="transfer-counter">{dt(language, 'transfer.counter')}</label>
          <select
            id="transfer-counter"
            value={counterId}
            onChange={(e) => setCounterId((e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">{dt(language, 'transfer.anyCounter')}</option>
            {counters.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field field--inline">
          <input
            id="transfer-front"
            type="checkbox"
            checked={toFront}
            onChange={(e) => setToFront((e.currentTarget as HTMLInputElement).checked)}
          />
          <label for="transfer-front">{t(language, 'counter.transfer.toFront')}</label>
        </div>
        <DeskErrorText action="transfer" problem={desk.errors.value.transfer} language={language} />
        <DialogButtons
          submit={t(language, 'counter.action.confirm')}
          busy={busy}
          language={language}
          onAbort={desk.closeDialog}
        />
      </form>
    </Dialog>
  );
}

/** Submit and abort; the submit button says it is waiting for the server. */
export function DialogButtons({
  submit,
  busy,
  language,
  onAbort,
  autoFocus,
  danger,
}: {
  submit: string;
  busy: boolean;
  language: Language;
  onAbort: () => void;
  autoFocus?: boolean;
  danger?: boolean;
}) {
  return (
    <div class="dialog__buttons">
      <button
        type="submit"
        class={danger ? 'button button--danger' : 'button'}
        aria-busy={busy}
        disabled={busy}
        data-autofocus={autoFocus ? true : undefined}
      >
        {submit}
        {busy && <span class="action__busy">{dt(language, 'busy')}</span>}
      </button>
      <button type="button" class="button button--secondary" onClick={onAbort}>
        {t(language, 'counter.action.abort')}
      </button>
    </div>
  );
}
