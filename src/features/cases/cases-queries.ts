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
