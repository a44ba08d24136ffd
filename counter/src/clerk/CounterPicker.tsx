/**
 * Choose the office (when the user has several), the counter, and then today's services there:
 * every service the counter may serve is ticked; untick what you will not take today. Signing in
 * happens only on the second step, so a wrong counter costs nothing.
 */
import { useState } from 'preact/hooks';
import { ErrorText } from '#web/components/ErrorText.tsx';
import { t } from '#i18n/translate.ts';
import type { Language } from '#protocol/language.ts';
import type { CounterInfo, OfficeView } from '#protocol/office.ts';
import { useFocusOnMount } from '../focus.ts';
import type { WorkspaceModel } from '../model/workspace.ts';
import { ServiceChecklist } from './ServiceChecklist.tsx';
import { dt } from './texts.ts';

export function CounterPicker({ workspace, language }: { workspace: WorkspaceModel; language: Language }) {
  const offices = workspace.myOffices.value;
  const office = workspace.office.value;
  const state = workspace.state.value;
  const choosing = office?.counters.find((c) => c.id === workspace.choosing.value);
  if (office && choosing) {
    return <ServicesStep workspace={workspace} office={office} counter={choosing} language={language} />;
  }
  return (
    <section class="card picker" aria-labelledby="picker-heading">
      <h2 id="picker-heading">{t(language, 'counter.pick.heading')}</h2>
      <ErrorText error={workspace.catalogError.value} language={language} />
      {!workspace.catalogLoaded.value && <p>{t(language, 'loading')}</p>}
      {workspace.catalogLoaded.value && offices.length === 0 && !workspace.catalogError.value && (
        <p>{t(language, 'counter.pick.none')}</p>
      )}
      {offices.length > 1 && (
        <div class="field">
          <label for="pick-office">{t(language, 'counter.pick.office')}</label>
          <select
            id="pick-office"
            value={office?.id}
            onChange={(e) => workspace.chooseOffice((e.currentTarget as HTMLSelectElement).value)}
          >
            {offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {office && (
        <fieldset class="picker__counters">
          <legend>{t(language, 'counter.board.counters')}</legend>
          <ul class="picker__list">
            {office.counters.map((info) => {
              const live = state?.counters[info.id];
              const taken = live && live.status !== 'closed' ? live.clerk : undefined;
              return (
                <li key={info.id}>
                  <button
                    type="button"
                    class="button picker__counter"
                    disabled={workspace.opening.value || taken !== undefined}
                    onClick={() => workspace.chooseCounter(info.id)}
                  >
                    <span>{info.name}</span>
                    {taken !== undefined && (
                      <span class="picker__taken">{t(language, 'counter.pick.taken', { clerk: taken })}</span>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
      <ErrorText
        error={workspace.pickError.value}
        language={language}
        context={t(language, 'counter.pick.open')}
      />
    </section>
  );
}

function ServicesStep({
  workspace,
  office,
  counter,
  language,
}: {
  workspace: WorkspaceModel;
  office: OfficeView;
  counter: CounterInfo;
  language: Language;
}) {
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(counter.serviceIds));
  const [tried, setTried] = useState(false);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const missing = chosen.size === 0;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    setTried(true);
    if (missing) return;
    void workspace.openCounter(
      counter.id,
      counter.serviceIds.filter((id) => chosen.has(id)),
    );
  };
  return (
    <section class="card picker" aria-labelledby="services-step-heading">
      <h2 id="services-step-heading" tabIndex={-1} ref={heading}>
        {dt(language, 'pick.services.heading', { counter: counter.name })}
      </h2>
      <form onSubmit={onSubmit} noValidate>
        <ServiceChecklist
          idPrefix="open-service"
          legend={dt(language, 'pick.services.legend')}
          hint={dt(language, 'pick.services.hint')}
          serviceIds={counter.serviceIds}
          chosen={chosen}
          onChange={setChosen}
          office={office}
          language={language}
          invalid={tried && missing}
          errorId="open-missing"
        />
        {tried && missing && (
          <p id="open-missing" class="error-text" role="alert">
            {dt(language, 'services.none')}
          </p>
        )}
        <ErrorText
          error={workspace.pickError.value}
          language={language}
          context={t(language, 'counter.pick.open')}
        />
        <div class="dialog__buttons">
          <button
            type="submit"
            class="button"
            disabled={workspace.opening.value}
            aria-busy={workspace.opening.value}
          >
            {dt(language, 'pick.services.open', { counter: counter.name })}
          </button>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => workspace.chooseCounter(undefined)}
          >
            {dt(language, 'pick.services.back')}
          </button>
        </div>
      </form>
    </section>
  );
}
