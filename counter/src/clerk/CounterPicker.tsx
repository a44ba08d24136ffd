/** Choose the office (when the user has several) and the counter to sign in at. */
import { ErrorText } from '#web/components/ErrorText.tsx';
import { t } from '#i18n/translate.ts';
import type { Language } from '#protocol/language.ts';
import type { WorkspaceModel } from '../model/workspace.ts';

export function CounterPicker({ workspace, language }: { workspace: WorkspaceModel; language: Language }) {
  const offices = workspace.myOffices.value;
  const office = workspace.office.value;
  const state = workspace.state.value;
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
                    onClick={() => void workspace.openCounter(info.id)}
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
