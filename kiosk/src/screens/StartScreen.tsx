/** The two departments as big buttons, each named in the current language and the other one. */
import { localized } from '#protocol/language.ts';
import { t } from '#i18n/translate.ts';
import type { KioskModel } from '../model.ts';
import { Heading } from './Heading.tsx';

export function StartScreen({ model }: { model: KioskModel }) {
  const language = model.language.value;
  const other = language === 'de' ? 'en' : 'de';
  return (
    <section class="screen">
      <Heading>{t(language, 'kiosk.start.heading')}</Heading>
      <div class="choice-grid">
        {model.departments.value.map((department) => {
          const primary = localized(department.names, language);
          const secondary = localized(department.names, other);
          return (
            <button
              key={department.id}
              type="button"
              class="choice choice--department"
              onClick={() => model.chooseDepartment(department.id)}
            >
              <span class="choice__title">{primary}</span>
              {secondary !== primary && (
                <span class="choice__subtitle" lang={other}>
                  {secondary}
                </span>
              )}
            </button>
          );
        })}
      </div>
    </section>
  );
}
