import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { DocumentLine } from '../../storage/case-file';
import { getRepositories } from '../../storage/storage';

/** The same keys as the case page's: a change here refreshes the case and its attachments there. */
export const documentQueries = {
  caseDetail: (caseId: string) => ['cases', 'detail', caseId] as const,
  attachments: (caseId: string) =>
    queryOptions({
      queryKey: ['cases', 'attachments', caseId],
      queryFn: () => getRepositories().attachments.listForCase(caseId),
      networkMode: 'always',
    }),
};

export function useSaveDocumentLine(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, line }: { code: string; line: DocumentLine }) =>
      getRepositories().cases.putDocumentLine(caseId, code, line),
    networkMode: 'always',
    onSuccess: (saved) => queryClient.setQueryData(documentQueries.caseDetail(caseId), saved),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases', 'list'] }),
  });
}

export function useAttachFile(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ lineCode, file }: { lineCode: string; file: File }) =>
      getRepositories().attachments.add(caseId, lineCode, {
        fileName: file.name,
        mediaType: file.type || 'application/octet-stream',
        content: file,
      }),
    networkMode: 'always',
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: documentQueries.attachments(caseId).queryKey }),
  });
}

export function useRemoveFile(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) => getRepositories().attachments.remove(attachmentId),
    networkMode: 'always',
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: documentQueries.attachments(caseId).queryKey }),
  });
}
