/**
 * One service as a big button: its name and the documents to bring (the service description), or,
 * when it takes no numbers, why (closed, outside its hours, all numbers of the day issued) in the
 * citizen's language — it stays visible but disabled, so nobody searches for it.
 * The fast-path variant on the start screen adds "take a number straight away".
 */
import type { Language } from '#protocol/language.ts';
import type { ServiceView } from '#protocol/office.ts';
import { t } from '#i18n/translate.ts';
import { closedReasonKey } from '../messages.ts';
import { LocalName } from './LocalName.tsx';

export function ServiceButton({
  service,
  language,
  onChoose,
  fast = false,
}: {
  service: ServiceView;
  language: Language;
  onChoose: () => void;
  fast?: boolean;
}) {
  const noteId = `service-note-${fast ? 'fast-' : ''}${service.id}`;
  return (
    <button
      type="button"
      class={fast ? 'choice choice--fast' : 'choice'}
      disabled={!service.open}
      aria-describedby={noteId}
      onClick={onChoose}
    >
      <span class="choice__title">
        <LocalName text={service.names} language={language} />
      </span>
      <span id={noteId} class="choice__subtitle">
        {!service.open && (
          <>
            <strong class="choice__closed">
              <span aria-hidden="true">✕ </span>
              {t(language, closedReasonKey(service))}
            </strong>{' '}
            {t(language, 'kiosk.askStaff')}
          </>
        )}
        {service.open && fast && <strong class="choice__fast-hint">{t(language, 'kiosk.fast.hint')}</strong>}
        {service.open && fast && service.description && ' · '}
        {service.open && service.description && <LocalName text={service.description} language={language} />}
      </span>
    </button>
  );
}
