/** A count shown to the person, in their language's number format, or marked when it is not. */
import { useTranslation } from 'react-i18next';
import type { InterviewLanguage } from '../../domain';
import { nameLanguage } from '../../i18n/languages-list';
import { countFormatIn } from './count-format';
import './interview-text.css';

export function InterviewCount({
  language,
  count,
}: {
  language: InterviewLanguage;
  count: number;
}) {
  const { t, i18n } = useTranslation('interviews');
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  const format = countFormatIn(language);
  return (
    <span className="interview-count">
      <span lang={format.numbersIn}>{format.format(count)}</span>
      {format.numbersIn !== language && (
        <span className="interview-text__mark" lang={uiLanguage} dir={i18n.dir(uiLanguage)}>
          {t('mark.numbersFallback', {
            shown: nameLanguage(format.numbersIn, uiLanguage),
            requested: nameLanguage(language, uiLanguage),
          })}
        </span>
      )}
    </span>
  );
}
