/**
 * A draw that did not work: the reason in the citizen's language (by error code). A closed
 * service or a reached daily cap will not change on a retry, so those send the citizen to the
 * information desk instead of offering "try again". "Back" is in the bottom bar.
 */
import type { ClientError } from '#web/client-result.ts';
import { ErrorText } from '#web/components/ErrorText.tsx';
import { t } from '#i18n/translate.ts';
import { canRetry } from '../flow.ts';
import type { KioskModel } from '../model.ts';
import { Heading } from './Heading.tsx';
import { LocalName } from './LocalName.tsx';

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
  const service = model.service.value;
  const retry = canRetry(error);
  return (
    <section class="screen">
      <p class="screen__context">{service && <LocalName text={service.names} language={language} />}</p>
      <Heading>{t(language, 'kiosk.error.heading')}</Heading>
      <ErrorText error={error} language={language} />
      {!retry && <p class="notice notice--strong">{t(language, 'kiosk.askStaff')}</p>}
      {retry && (
        <div class="screen__controls screen__actions">
          <button
            type="button"
            class="button kiosk-retry"
            onClick={() => void model.chooseService(serviceId)}
          >
            {t(language, 'kiosk.error.retry')}
          </button>
        </div>
      )}
    </section>
  );
}
