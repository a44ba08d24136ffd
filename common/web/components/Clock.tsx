/**
 * The wall-clock time in Europe/Berlin. Its one-second tick is local UI state, not app state,
 * so it lives here rather than in a model. Not a live region: a ticking announcement would drown
 * everything else a screen reader says.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Language } from '#protocol/language.ts';
import { formatTime } from '#i18n/format.ts';
import { t } from '#i18n/translate.ts';

export function Clock({ language, seconds = false }: { language: Language; seconds?: boolean }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <p class="clock">
      <span class="visually-hidden">{t(language, 'clock.label')}: </span>
      <time dateTime={new Date(now).toISOString()}>{formatTime(now, language, { seconds })}</time>
    </p>
  );
}
