/**
 * The information line along the bottom. It runs (right to left, or left to right in Arabic) and
 * carries the text in every screen language the ticker has, so one pass never gets cut off by
 * the language rotation. Under prefers-reduced-motion it stands still and shows the text of the
 * current language only (CSS picks which of the two is displayed).
 */
import type { Language, LocalizedText } from '#protocol/language.ts';
import { localizedWithLanguage } from '#i18n/locale.ts';
import { t } from '#i18n/translate.ts';

/** Roughly 8 characters per second: readable from a few metres while walking past. */
const SECONDS_PER_CHARACTER = 0.125;

export function Ticker({
  text,
  languages,
  language,
}: {
  text: LocalizedText;
  languages: readonly Language[];
  language: Language;
}) {
  const seen = new Set<string>();
  const parts = languages
    .map((l) => localizedWithLanguage(text, l))
    .filter((part) => (seen.has(part.text) ? false : (seen.add(part.text), true)));
  const current = localizedWithLanguage(text, language);
  const characters = parts.reduce((sum, part) => sum + part.text.length + 4, 0);
  const seconds = Math.max(15, Math.round(characters * SECONDS_PER_CHARACTER));
  const run = parts.map((part) => (
    <span key={part.lang} class="ticker__item" lang={part.lang}>
      {part.text}
    </span>
  ));
  return (
    <footer class="ticker" aria-label={t(language, 'display.ticker')}>
      <p class="ticker__static" lang={current.lang}>
        {current.text}
      </p>
      <div class="ticker__window">
        <div class="ticker__track" style={{ '--ticker-seconds': `${seconds}s` }}>
          <span class="ticker__run">{run}</span>
          {/* The copy makes the loop seamless; screen readers get the text once. */}
          <span class="ticker__run" aria-hidden="true">
            {run}
          </span>
        </div>
      </div>
    </footer>
  );
}
