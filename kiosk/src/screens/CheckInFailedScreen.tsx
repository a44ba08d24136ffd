/**
 * Why a check-in did not work — by the keypad or by the agent's ID-card reader or scanner — in
 * the citizen's language, and what to do: correct the code, try again after a lost connection,
 * ask at the information desk, and always the way to a normal waiting number.
 */
import type { ClientError } from '#web/client-result.ts';
import { t } from '#i18n/translate.ts';
import type { CheckInSource } from '../flow.ts';
import { checkInErrorMessage, checkInRecovery } from '../messages.ts';
import type { KioskModel } from '../model.ts';
import { Heading } from './Heading.tsx';

export function CheckInFailedScreen({
  model,
  code,
  source,
  error,
}: {
  model: KioskModel;
  code: string;
  source: CheckInSource;
  error: ClientError;
}) {
  const language = model.language.value;
  const message = checkInErrorMessage(error);
  const recovery = checkInRecovery(error, source);
  return (
    <section class="screen screen--check-in-failed">
      <p class="screen__context">
        {code !== '' && (
          <>
            {t(language, 'kiosk.checkIn.code')}:{' '}
            <span dir="ltr" class="check-in__echo">
              {code}
            </span>
          </>
        )}
      </p>
      <Heading>{t(language, 'kiosk.checkIn.failed')}</Heading>
      <p class="error-text" role="alert">
        <span aria-hidden="true">✖ </span>
        {t(language, message.key, message.params)}
      </p>
      {recovery.askStaff && <p class="notice notice--strong">{t(language, 'kiosk.askStaff')}</p>}
      <div class="screen__controls screen__actions">
        {recovery.retry && (
          <button type="button" class="button kiosk-retry" onClick={() => void model.submitCode()}>
            {t(language, 'kiosk.error.retry')}
          </button>
        )}
        {recovery.editCode && (
          <button type="button" class="button kiosk-edit-code" onClick={() => model.editCode()}>
            {t(language, code === '' ? 'kiosk.checkIn.enter' : 'kiosk.checkIn.edit')}
          </button>
        )}
        <button
          type="button"
          class={
            recovery.editCode || recovery.retry
              ? 'button button--secondary kiosk-instead'
              : 'button kiosk-instead'
          }
          onClick={() => model.takeNumberInstead()}
        >
          {t(language, 'kiosk.checkIn.instead')}
        </button>
      </div>
    </section>
  );
}
