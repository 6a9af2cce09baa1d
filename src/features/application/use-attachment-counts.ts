import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { caseQueries } from '../../queries/case-queries';

/** The case's attachments, and how many each checklist line has. */
export function useAttachmentCounts(caseId: string) {
  const attachments = useQuery(caseQueries.attachments(caseId));
  const counts = useMemo(() => {
    const byLine: Record<string, number> = {};
    for (const file of attachments.data ?? [])
      byLine[file.lineCode] = (byLine[file.lineCode] ?? 0) + 1;
    return byLine;
  }, [attachments.data]);
  return { attachments, counts };
}
