/**
 * Interviews (issue 15): reads as query options, writes as named mutation hooks. An answer is put
 * into the cache before it is saved (the page answers at once), and every answer the cache holds
 * is merged by question id with what storage returns, the later given winning (the domain's
 * `mergeAnswers`): two answers saved quickly one after the other never hide each other.
 */
import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  decide,
  mergeAnswers,
  mergeInterviews,
  type InterviewAnswer,
  type ProposalDecisionKind,
  type ProposedChange,
} from '../domain';
import {
  getRepositories,
  type InterviewChanges,
  type NewInterview,
  type StoredInterview,
} from '../storage/storage';
import { LOCAL_READ, rememberCase } from './case-queries';
import { queryKeys } from './query-keys';

export const interviewQueries = {
  /** A case's interviews, oldest first. */
  listForCase: (caseId: string) =>
    queryOptions({
      queryKey: queryKeys.cases.interviewsOfCase(caseId),
      queryFn: () => getRepositories().interviews.listForCase(caseId),
      ...LOCAL_READ,
    }),
  detail: (interviewId: string) =>
    queryOptions({
      queryKey: queryKeys.cases.interview(interviewId),
      queryFn: async () => (await getRepositories().interviews.get(interviewId)) ?? null,
      ...LOCAL_READ,
    }),
};

/** The interview as cached, with `answers` merged in (nothing cached: nothing to update). */
function withAnswers(
  cached: StoredInterview,
  answers: readonly InterviewAnswer[],
): StoredInterview {
  return { ...cached, answers: mergeAnswers(cached.answers, answers) };
}

/**
 * Puts an interview as stored into the cache, its page and its row of the case's list, keeping the
 * answers (and breaks, decisions) cached and not yet saved: merged item by item, the later winning.
 */
export function rememberInterview(queryClient: QueryClient, saved: StoredInterview): void {
  const merge = (cached: StoredInterview | null | undefined): StoredInterview =>
    cached
      ? { ...(cached.rev > saved.rev ? cached : saved), ...mergeInterviews(cached, saved) }
      : saved;
  queryClient.setQueryData(interviewQueries.detail(saved.id).queryKey, merge);
  queryClient.setQueryData(interviewQueries.listForCase(saved.caseId).queryKey, (list) => {
    if (!list) return list;
    const index = list.findIndex((item) => item.id === saved.id);
    if (index < 0) return [...list, saved];
    const next = [...list];
    next[index] = merge(list[index]);
    return next;
  });
}

/** Drops a deleted interview from the cache. */
export function forgetInterview(
  queryClient: QueryClient,
  interviewId: string,
  caseId: string | undefined,
): void {
  queryClient.removeQueries({ queryKey: interviewQueries.detail(interviewId).queryKey });
  if (caseId === undefined) return;
  queryClient.setQueryData(interviewQueries.listForCase(caseId).queryKey, (list) =>
    list ? list.filter((item) => item.id !== interviewId) : list,
  );
}

/** Starts an interview of the case: its script, day and language are set once, here. */
export function useStartInterview(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (interview: NewInterview) => {
      const started = await getRepositories().interviews.start(caseId, interview);
      rememberInterview(queryClient, started);
      return started;
    },
    networkMode: 'always',
  });
}

/**
 * Saves answers of the interview, merged by question id. Shown at once (optimistically); a save
 * that fails has the interview read again from storage, so the page shows what is kept.
 */
export function useSaveAnswer(interviewId: string) {
  const queryClient = useQueryClient();
  const key = interviewQueries.detail(interviewId).queryKey;
  return useMutation({
    mutationFn: (answers: readonly InterviewAnswer[]) =>
      getRepositories().interviews.saveAnswers(interviewId, answers),
    onMutate: async (answers) => {
      await queryClient.cancelQueries({ queryKey: key });
      queryClient.setQueryData(key, (cached) => (cached ? withAnswers(cached, answers) : cached));
    },
    onSuccess: (saved) => rememberInterview(queryClient, saved),
    onError: () => queryClient.invalidateQueries({ queryKey: key }),
    networkMode: 'always',
  });
}

/** Notes the interpreter, or logs a break, a pause, a resumption: merged into the interview. */
export function useSaveInterviewChanges(interviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (changes: InterviewChanges) => {
      const saved = await getRepositories().interviews.saveChanges(interviewId, changes);
      rememberInterview(queryClient, saved);
      return saved;
    },
    networkMode: 'always',
  });
}

/**
 * The worker's decision on a change the interview proposes. Accepted: the case is written first
 * (the field or event, its source the interview), then the decision; should the second write fail,
 * the proposal is not asked again anyway, as the case now says the same.
 */
export function useDecideProposal(caseId: string, interviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      proposal,
      decision,
    }: {
      proposal: ProposedChange;
      decision: ProposalDecisionKind;
    }) => {
      const { cases, interviews } = getRepositories();
      if (decision === 'accepted')
        rememberCase(queryClient, await cases.acceptProposal(caseId, proposal));
      const saved = await interviews.saveChanges(interviewId, {
        decisions: [decide(proposal, decision, new Date().toISOString())],
      });
      rememberInterview(queryClient, saved);
      return saved;
    },
    networkMode: 'always',
  });
}
