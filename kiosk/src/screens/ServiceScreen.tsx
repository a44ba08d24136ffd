/** The services of the chosen department, in the lower part of the screen; "back" is in the bar. */
import { t } from '#i18n/translate.ts';
import type { KioskModel } from '../model.ts';
import { Heading } from './Heading.tsx';
import { LocalName } from './LocalName.tsx';
import { ServiceButton } from './ServiceButton.tsx';

export function ServiceScreen({ model }: { model: KioskModel }) {
  const language = model.language.value;
  const department = model.department.value;
  const services = model.services.value;
  return (
    <section class="screen">
      <p class="screen__context">{department && <LocalName text={department.names} language={language} />}</p>
      <Heading>{t(language, 'kiosk.services.heading')}</Heading>
      {services.length === 0 && <p class="notice">{t(language, 'kiosk.service.none')}</p>}
      <div class="screen__controls choice-grid choice-grid--services">
        {services.map((service) => (
          <ServiceButton
            key={service.id}
            service={service}
            language={language}
            onChoose={() => void model.chooseService(service.id)}
          />
        ))}
      </div>
    </section>
  );
}
