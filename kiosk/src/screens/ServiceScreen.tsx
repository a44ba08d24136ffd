/** The services of the chosen department; closed ones stay visible but disabled, with a note. */
import { localized } from '#protocol/language.ts';
import { t } from '#i18n/translate.ts';
import type { KioskModel } from '../model.ts';
import { BackButton } from './BackButton.tsx';
import { Heading } from './Heading.tsx';

export function ServiceScreen({ model }: { model: KioskModel }) {
  const language = model.language.value;
  const department = model.department.value;
  const services = model.services.value;
  return (
    <section class="screen">
      <p class="screen__context">{department ? localized(department.names, language) : ''}</p>
      <Heading>{t(language, 'kiosk.services.heading')}</Heading>
      {services.length === 0 && <p class="notice">{t(language, 'kiosk.service.none')}</p>}
      <div class="choice-grid choice-grid--services">
        {services.map((service) => {
          const noteId = `service-note-${service.id}`;
          const description = service.description ? localized(service.description, language) : undefined;
          return (
            <button
              key={service.id}
              type="button"
              class="choice"
              disabled={!service.open}
              aria-describedby={description || !service.open ? noteId : undefined}
              onClick={() => void model.chooseService(service.id)}
            >
              <span class="choice__title">{localized(service.names, language)}</span>
              <span id={noteId} class="choice__subtitle">
                {!service.open && (
                  <strong class="choice__closed">✕ {t(language, 'kiosk.service.closed')}</strong>
                )}
                {service.open && description}
              </span>
            </button>
          );
        })}
      </div>
      <BackButton model={model} />
    </section>
  );
}
