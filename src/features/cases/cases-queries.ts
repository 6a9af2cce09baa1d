import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { NewCaseFile } from '../../storage/case-file';
import { getRepositories } from '../../storage/storage';

/** Every read of case files goes through these options: one key factory, local reads never wait for the network. */
export const caseQueries = {
  all: ['cases'] as const,
  list: () =>
    queryOptions({
      queryKey: [...caseQueries.all, 'list'],
      queryFn: () => getRepositories().cases.list(),
      networkMode: 'always',
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...caseQueries.all, 'detail', id],
      queryFn: async () => (await getRepositories().cases.get(id)) ?? null,
      networkMode: 'always',
    }),
};

export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewCaseFile) => getRepositories().cases.create(input),
    networkMode: 'always',
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseQueries.all }),
  });
}

/** Deletes the case for good; its decrypted data leaves the cache too. */
export function useDeleteCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (caseId: string) => getRepositories().cases.remove(caseId),
    networkMode: 'always',
    onSuccess: (_result, caseId) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey.includes(caseId) });
      return queryClient.invalidateQueries({ queryKey: caseQueries.list().queryKey });
    },
  });
}
