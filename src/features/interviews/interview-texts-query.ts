/**
 * A script's texts in one language and its fallbacks, as a query: static data, read once, under the
 * content key of the shared factory (the interview page reads the same entry).
 */
import { queryOptions } from '@tanstack/react-query';
import type { InterviewLanguage } from '../../domain';
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
