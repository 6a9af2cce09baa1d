/**
 * One piece of interview content, in its own language: `lang`, `dir` and font from the language
 * table (never guessed from the text), and marks, in the worker's language, when it fell back to
 * another language or is a draft translation. The side-by-side row is the interview page's.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERVIEW_LANGUAGE_INFO, type InterviewText } from '../../domain';
import { nameLanguage } from '../../i18n/languages-list';
import { loadScriptFont } from './script-fonts';
import './interview-text.css';

type ContentElement = 'p' | 'span' | 'div' | 'h2' | 'h3' | 'h4' | 'legend';

export function InterviewTextView({
  text,
  as: Content = 'p',
}: {
  text: InterviewText;
  /** The element the content is, e.g. `h3` for a section title. */
  as?: ContentElement;
}) {
  const { t, i18n } = useTranslation('interviews');
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  const language = text.outcome === 'missing' ? undefined : text.language;

  useEffect(() => {
    if (language !== undefined) void loadScriptFont(language);
  }, [language]);

  const marks: string[] = [];
  if (text.outcome === 'missing') {
    marks.push(t('mark.missing', { requested: nameLanguage(text.requested, uiLanguage) }));
  } else {
    if (text.outcome === 'fallback') {
      marks.push(
        t('mark.fallback', {
          shown: nameLanguage(text.language, uiLanguage),
          requested: nameLanguage(text.requested, uiLanguage),
        }),
      );
    }
    if (text.status === 'draft') marks.push(t('mark.draft'));
  }

  return (
    <div className="interview-text">
      {language === undefined ? (
        // A text id, shown so the gap is seen and reported: no language at all (`zxx`).
        <Content className="interview-text__content" lang="zxx" dir="ltr" translate="no">
          {text.text}
        </Content>
      ) : (
        <Content
          className="interview-text__content"
          lang={language}
          dir={text.dir}
          data-script={INTERVIEW_LANGUAGE_INFO[language].script}
        >
          {text.text}
        </Content>
      )}
      {marks.map((mark) => (
        // The worker's words, in the worker's language and direction, whatever the column's.
        <span
          key={mark}
          className="interview-text__mark"
          lang={uiLanguage}
          dir={i18n.dir(uiLanguage)}
        >
          {mark}
        </span>
      ))}
    </div>
  );
}
