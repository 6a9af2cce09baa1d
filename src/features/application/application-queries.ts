import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
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

/** The case's attachments, and how many each checklist line has. */
export function useAttachmentCounts(caseId: string) {
  const attachments = useQuery(applicationQueries.attachments(caseId));
  const counts = useMemo(() => {
    const byLine: Record<string, number> = {};
    for (const file of attachments.data ?? [])
      byLine[file.lineCode] = (byLine[file.lineCode] ?? 0) + 1;
    return byLine;
  }, [attachments.data]);
  return { attachments, counts };
}
