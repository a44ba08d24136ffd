/**
 * DE/EN buttons. Each button is labelled in its own language (a German speaker must find "Deutsch"
 * on an English screen); the pressed state is announced, not only coloured.
 */
import { Language } from '#protocol/language.ts';
import { t } from '#i18n/translate.ts';

export function LanguagePicker({
  value,
  onChange,
}: {
  value: Language;
  onChange: (language: Language) => void;
}) {
  return (
    <div class="language-picker" role="group" aria-label={t(value, 'app.language')}>
      {Language.options.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          class="button button--small button--secondary"
          aria-pressed={language === value}
          onClick={() => onChange(language)}
        >
          {t(language, `lang.${language}`)}
        </button>
      ))}
    </div>
  );
}
