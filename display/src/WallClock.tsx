/**
 * HH:MM in the office's time zone (the display's own computer may be set to UTC). Not a live
 * region: a ticking announcement would drown the calls.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Language } from '#protocol/language.ts';
import { formatTime } from '#i18n/format.ts';
import { t } from '#i18n/translate.ts';

export function WallClock({ language, timeZone }: { language: Language; timeZone: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <p class="clock">
      <span class="visually-hidden">{t(language, 'clock.label')}: </span>
      <time dateTime={new Date(now).toISOString()}>{formatTime(now, language, { timeZone })}</time>
    </p>
  );
}
