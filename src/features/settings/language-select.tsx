import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, UI_LANGUAGES, isUiLanguage } from '../../i18n/languages';

/** Switches the UI language; each language is named in itself. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation('common');
  const id = useId();
  return (
    <div className="language-select">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(event) => {
          if (isUiLanguage(event.target.value)) void i18n.changeLanguage(event.target.value);
        }}
      >
        {UI_LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGES[code].nativeName}
          </option>
        ))}
      </select>
    </div>
  );
}
