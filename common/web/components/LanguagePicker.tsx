/**
 * One button per language. Each button names its language in that language ("Deutsch" on an
 * Arabic screen, "العربية" on a German one), so everybody finds their own; the pressed state is
 * announced, not only coloured. Staff apps offer German and English; the kiosk passes all.
 */
import type { Language } from '#protocol/language.ts';
import { textDirection } from '#i18n/locale.ts';
import { t } from '#i18n/translate.ts';
import { STAFF_LANGUAGES } from '../language.ts';

export function LanguagePicker({
  value,
  onChange,
  languages = STAFF_LANGUAGES,
  buttonClass = 'button button--small button--secondary',
}: {
  value: Language;
  onChange: (language: Language) => void;
  languages?: readonly Language[];
  buttonClass?: string;
}) {
  return (
    <div class="language-picker" role="group" aria-label={t(value, 'app.language')}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          dir={textDirection(language)}
          class={buttonClass}
          aria-pressed={language === value}
          onClick={() => onChange(language)}
        >
          {t(language, 'lang.self')}
        </button>
      ))}
    </div>
  );
}
