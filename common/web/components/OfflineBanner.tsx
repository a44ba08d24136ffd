/** Shown while the connection is down. `role="alert"` so screen readers announce it once. */
import type { Language } from '#protocol/language.ts';
import { t } from '#i18n/translate.ts';

export function OfflineBanner({ online, language }: { online: boolean; language: Language }) {
  if (online) return null;
  return (
    <div class="offline-banner" role="alert">
      <span aria-hidden="true" class="offline-banner__icon">
        ⚠
      </span>{' '}
      {t(language, 'offline.banner')}
    </div>
  );
}
