import { queryOptions } from '@tanstack/react-query';
import { getRepositories } from '../../storage/storage';

/** The same keys as the case page's, so every view of a case stays in step. */
export const applicationQueries = {
  caseFile: (caseId: string) =>
    queryOptions({
      queryKey: ['cases', 'detail', caseId],
      queryFn: async () => (await getRepositories().cases.get(caseId)) ?? null,
      networkMode: 'always',
    }),
  attachments: (caseId: string) =>
    queryOptions({
      queryKey: ['cases', 'attachments', caseId],
      queryFn: () => getRepositories().attachments.listForCase(caseId),
      networkMode: 'always',
    }),
};
