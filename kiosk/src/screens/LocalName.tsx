/**
 * A text from the office configuration (service or department name, description) in the
 * citizen's language, or in German where the office has no translation — then marked `lang="de"`
 * so a screen reader and the speech voice read it as German. Inline and `dir="auto"`: on an
 * Arabic screen a German name keeps its own order ("(Umtausch / Ersterteilung)" stays intact)
 * while the block around it still aligns right to left.
 */
import type { Language, LocalizedText } from '#protocol/language.ts';
import { localizedWithLanguage } from '#i18n/locale.ts';

export function LocalName({ text, language }: { text: LocalizedText; language: Language }) {
  const shown = localizedWithLanguage(text, language);
  return (
    <span lang={shown.lang === language ? undefined : shown.lang} dir="auto">
      {shown.text}
    </span>
  );
}
