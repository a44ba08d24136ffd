/**
 * The transfer and pause forms. Uncontrolled fields read on submit; the first field takes focus
 * when a form opens so the keyboard flow continues there.
 */
import { localized, type Language } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import { t } from '#i18n/translate.ts';
import { useFocusOnMount } from '../focus.ts';
import type { DeskModel } from '../model/desk.ts';

const formData = (event: SubmitEvent) => {
  event.preventDefault();
  return new FormData(event.currentTarget as HTMLFormElement);
};

export function TransferForm({
  desk,
  office,
  language,
}: {
  desk: DeskModel;
  office: OfficeView | undefined;
  language: Language;
}) {
  const current = desk.ticket.value?.serviceId;
  const services = office?.services.filter((s) => s.id !== current) ?? [];
  const first = useFocusOnMount<HTMLSelectElement>();
  return (
    <form
      class="desk-form"
      aria-label={t(language, 'counter.action.transfer')}
      onSubmit={(e) => {
        const data = formData(e);
        void desk.transfer(String(data.get('serviceId')), data.get('toFront') === 'on');
      }}
    >
      <div class="field">
        <label for="transfer-service">{t(language, 'counter.transfer.service')}</label>
        <select id="transfer-service" name="serviceId" required ref={first}>
          {services.map((s) => (
            <option key={s.id} value={s.id}>
              {localized(s.names, language)} ({s.prefix})
            </option>
          ))}
        </select>
      </div>
      <div class="field field--inline">
        <input id="transfer-front" name="toFront" type="checkbox" />
        <label for="transfer-front">{t(language, 'counter.transfer.toFront')}</label>
      </div>
      <FormButtons desk={desk} language={language} busy={desk.pending.value === 'transfer'} />
    </form>
  );
}

export function PauseForm({ desk, language }: { desk: DeskModel; language: Language }) {
  const first = useFocusOnMount<HTMLInputElement>();
  return (
    <form
      class="desk-form"
      aria-label={t(language, 'counter.action.pause')}
      onSubmit={(e) => void desk.pause(String(formData(e).get('reason') ?? ''))}
    >
      <div class="field">
        <label for="pause-reason">{t(language, 'counter.pause.reason')}</label>
        <input id="pause-reason" name="reason" maxLength={80} ref={first} />
      </div>
      <FormButtons desk={desk} language={language} busy={desk.pending.value === 'pause'} />
    </form>
  );
}

function FormButtons({ desk, language, busy }: { desk: DeskModel; language: Language; busy: boolean }) {
  return (
    <div class="desk-form__buttons">
      <button type="submit" class="button" disabled={busy}>
        {t(language, 'counter.action.confirm')}
      </button>
      <button type="button" class="button button--secondary" onClick={() => desk.openForm(undefined)}>
        {t(language, 'counter.action.abort')}
      </button>
    </div>
  );
}
