/** A draw that did not work: the reason (by error code), try again, or back to the services. */
import type { ClientError } from '#web/client-result.ts';
import { ErrorText } from '#web/components/ErrorText.tsx';
import { t } from '#i18n/translate.ts';
import type { KioskModel } from '../model.ts';
import { BackButton } from './BackButton.tsx';
import { Heading } from './Heading.tsx';

export function FailedScreen({
  model,
  serviceId,
  error,
}: {
  model: KioskModel;
  serviceId: string;
  error: ClientError;
}) {
  const language = model.language.value;
  return (
    <section class="screen">
      <Heading>{t(language, 'kiosk.error.heading')}</Heading>
      <ErrorText error={error} language={language} />
      <div class="screen__actions">
        <button type="button" class="button kiosk-retry" onClick={() => void model.chooseService(serviceId)}>
          {t(language, 'kiosk.error.retry')}
        </button>
        <BackButton model={model} />
      </div>
    </section>
  );
}
