/**
 * A "read aloud" button for interview content in the person's language: shown only when the device
 * has a voice of that language (use-read-aloud.ts) and the texts are in it. A text that fell back
 * to another language is not read: the voice would be the wrong language's, or the words would be.
 */
import { useTranslation } from 'react-i18next';
import type { InterviewLanguage, InterviewText } from '../../domain';
import { nameLanguage } from '../../i18n/languages-list';
import { useReadAloud } from './use-read-aloud';
import './read-aloud-button.css';

/** The button's words when they are not the worker's (the person mode's own, in its language). */
export interface ReadAloudLabels {
  read: string;
  stop: string;
}

/** What to say: the texts, each in `language` itself, or nothing at all. */
export function textToRead(
  texts: readonly InterviewText[],
  language: InterviewLanguage,
): string | undefined {
  const own = texts.every((text) => text.outcome === 'own' && text.language === language);
  return own && texts.length > 0 ? texts.map((text) => text.text).join('\n') : undefined;
}

export function ReadAloudButton({
  language,
  texts,
  labels,
  className = 'button button-small interview-read-aloud',
}: {
  /** The person's language: only a voice of it is used. */
  language: InterviewLanguage;
  texts: readonly InterviewText[];
  labels?: ReadAloudLabels;
  className?: string;
}) {
  const { t, i18n } = useTranslation('interviews');
  const { available, speaking, speak, stop } = useReadAloud(language);
  const text = textToRead(texts, language);
  if (!available || text === undefined) return null;
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  const words = labels ?? {
    read: t('personMode.readAloud', { language: nameLanguage(language, uiLanguage) }),
    stop: t('personMode.stopReading'),
  };
  return (
    <button type="button" className={className} onClick={() => (speaking ? stop() : speak(text))}>
      {speaking ? words.stop : words.read}
    </button>
  );
}
