/**
 * Whether the display can be heard. Off: a large button anyone passing can tap (browsers start
 * sound only after a gesture unless the display browser allows autoplay). On: a small note, so
 * staff can tell at a glance that the silence is not a fault.
 */
import type { Language } from '#protocol/language.ts';
import { t } from '#i18n/translate.ts';

export function SoundStatus({
  on,
  language,
  onUnlock,
}: {
  on: boolean;
  language: Language;
  onUnlock: () => void;
}) {
  if (on) {
    return <p class="sound-on">{t(language, 'display.sound.on')}</p>;
  }
  return (
    <button type="button" class="button sound-button" onClick={onUnlock}>
      {t(language, 'display.sound.off')}
    </button>
  );
}
