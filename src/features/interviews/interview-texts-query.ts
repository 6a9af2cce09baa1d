/**
 * A script's texts in one language and its fallbacks, as a query: static data, read once, under the
 * content key of the shared factory; and the language the worker reads them in. The interview
 * page and the transcript read the same entries.
 */
import { queryOptions } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isInterviewLanguage, type InterviewLanguage } from '../../domain';
import { queryKeys } from '../../queries/query-keys';
import { loadInterviewTexts } from './load-interview-texts';

export function interviewTextsQuery(scriptId: string, language: InterviewLanguage) {
  return queryOptions({
    queryKey: queryKeys.content.interviewTexts(scriptId, language),
    queryFn: () => loadInterviewTexts(scriptId, language),
    networkMode: 'always',
    staleTime: Infinity,
  });
}

/** The worker reads the UI language (fr, en, nl: each is also a content language). */
export function useWorkerLanguage(): InterviewLanguage {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isInterviewLanguage(language) ? language : 'fr';
}
