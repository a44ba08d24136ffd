/**
 * The start: "choose your language below" in every language, the fast-path services (e.g.
 * "Dokumente abholen") as one wide button each, then the departments, then "Ich habe einen
 * Termin" for citizens with an appointment. The buttons sit in the lower part of the screen; the
 * greeting stays on top.
 * A department shows its name in the current language and, below, in German (the signs in the
 * building are German) — or in English on the German screen.
 */
import { LANGUAGES } from '#protocol/language-codes.ts';
import { localizedWithLanguage, textDirection } from '#i18n/locale.ts';
import { t } from '#i18n/translate.ts';
import type { KioskModel } from '../model.ts';
import { Heading } from './Heading.tsx';
import { LocalName } from './LocalName.tsx';
import { ServiceButton } from './ServiceButton.tsx';

export function StartScreen({ model }: { model: KioskModel }) {
  const language = model.language.value;
  const other = language === 'de' ? 'en' : 'de';
  return (
    <section class="screen">
      <Heading>{t(language, 'kiosk.start.heading')}</Heading>
      <ul class="language-hints">
        {LANGUAGES.map((hint) => (
          <li key={hint} lang={hint} dir={textDirection(hint)}>
            {t(hint, 'kiosk.start.chooseLanguage')}
          </li>
        ))}
        <li class="language-hints__arrow" aria-hidden="true">
          ↓
        </li>
      </ul>
      <div class="screen__controls">
        {model.fastPath.value.map((service) => (
          <ServiceButton
            key={service.id}
            service={service}
            language={language}
            fast
            onChoose={() => void model.chooseFastPath(service.id)}
          />
        ))}
        <div class="choice-grid">
          {model.departments.value.map((department) => {
            const primary = localizedWithLanguage(department.names, language).text;
            const secondary = localizedWithLanguage(department.names, other);
            return (
              <button
                key={department.id}
                type="button"
                class="choice choice--department"
                onClick={() => model.chooseDepartment(department.id)}
              >
                <span class="choice__title">
                  <LocalName text={department.names} language={language} />
                </span>
                {secondary.text !== primary && (
                  <span class="choice__subtitle">
                    <span lang={secondary.lang} dir="auto">
                      {secondary.text}
                    </span>
                  </span>
                )}
              </button>
            );
          })}
        </div>
        <button type="button" class="choice choice--appointment" onClick={() => model.openCheckIn()}>
          <span class="choice__title">{t(language, 'kiosk.checkIn.open')}</span>
          <span class="choice__subtitle">{t(language, 'kiosk.checkIn.openHint')}</span>
        </button>
      </div>
    </section>
  );
}
