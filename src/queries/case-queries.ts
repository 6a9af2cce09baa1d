/**
 * Case files, their timeline and document lines, and their scans: every read as query options,
 * every write as a named mutation hook. A write puts what it wrote into the cache itself (the case's
 * page and its row of the list), so nothing is decrypted again after a save.
 */
import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type {
  CaseEvent,
  CaseFile,
  CaseFileContentInput,
  NewCaseFile,
  TimelineEntry,
} from '../domain';
import {
  exportCaseData,
  getRepositories,
  type AppointmentInput,
  type AttachmentMeta,
  type SaveBase,
} from '../storage/storage';
export { FIRST_SCREEN_SIZE } from '../storage/storage';
import { AttachmentNotOnDeviceError } from '../storage/errors';
import { queryKeys } from './query-keys';
import { fetchColleaguesScan } from './sync-runner';

/**
 * Local reads run offline, and never go stale by time: storage announces every committed write
 * and the storage bridge refreshes exactly what changed.
 */
export const LOCAL_READ = { networkMode: 'always', staleTime: Infinity } as const;

export const caseQueries = {
  list: () =>
    queryOptions({
      queryKey: queryKeys.cases.list(),
      queryFn: () => getRepositories().cases.list(),
      ...LOCAL_READ,
    }),
  /** The list's first screenful as kept at the last full read (issue 13): shown while the rest is read. */
  firstScreen: () =>
    queryOptions({
      queryKey: queryKeys.cases.firstScreen(),
      queryFn: () => getRepositories().cases.firstScreen(),
      ...LOCAL_READ,
    }),
  detail: (caseId: string) =>
    queryOptions({
      queryKey: queryKeys.cases.detail(caseId),
      queryFn: async () => (await getRepositories().cases.get(caseId)) ?? null,
      ...LOCAL_READ,
    }),
  attachments: (caseId: string) =>
    queryOptions({
      queryKey: queryKeys.cases.attachments(caseId),
      queryFn: () => getRepositories().attachments.listForCase(caseId),
      ...LOCAL_READ,
    }),
};

/** Newest first, as the repository lists them: a new case goes to the top. */
function withCase(list: readonly CaseFile[], caseFile: CaseFile): CaseFile[] {
  const index = list.findIndex((item) => item.id === caseFile.id);
  if (index < 0) return [caseFile, ...list];
  const next = [...list];
  next[index] = caseFile;
  return next;
}

/**
 * Puts a case as stored into the cache: its page (when `detail`), and its row of the list when the
 * list is cached. Other rows keep their identity, so their derived data is not computed again.
 */
export function rememberCase(
  queryClient: QueryClient,
  caseFile: CaseFile,
  { detail = true }: { detail?: boolean } = {},
): void {
  if (detail) queryClient.setQueryData(caseQueries.detail(caseFile.id).queryKey, caseFile);
  queryClient.setQueryData(caseQueries.list().queryKey, (list) =>
    list ? withCase(list, caseFile) : list,
  );
}

/**
 * Keeps the ids of the list's first screenful (in its default order) for the next unlock; a
 * failure only costs the next unlock its head start.
 */
async function keepFirstScreen(ids: readonly string[]): Promise<void> {
  try {
    await getRepositories().cases.keepFirstScreen(ids);
  } catch {
    // Locked meanwhile, or the disk is full: the storage banners say what matters.
  }
}

/**
 * What this app last kept as the first screenful, per query client (the app has one): the list's
 * page mounts again at every visit, and must not write the same screenful each time.
 */
const keptFirstScreens = new WeakMap<QueryClient, string>();

/**
 * Keeps `ids` (the list's first screenful in its default order, once every case is read) for the
 * next unlock, when they differ from what was kept.
 */
export function useKeepFirstScreen(ids: readonly string[] | undefined): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!ids) return;
    const key = ids.join(' ');
    const kept =
      keptFirstScreens.get(queryClient) ??
      queryClient
        .getQueryData(caseQueries.firstScreen().queryKey)
        ?.cases.map((caseFile) => caseFile.id)
        .join(' ');
    if (key === kept) return;
    keptFirstScreens.set(queryClient, key);
    void keepFirstScreen(ids);
  }, [ids, queryClient]);
}

/** Drops a deleted case from the cache: its page, its scans and its row of the list. */
export function forgetCase(queryClient: QueryClient, caseId: string): void {
  queryClient.removeQueries({ queryKey: queryKeys.cases.detail(caseId) });
  queryClient.removeQueries({ queryKey: queryKeys.cases.attachments(caseId) });
  queryClient.setQueryData(caseQueries.list().queryKey, (list) =>
    list ? list.filter((item) => item.id !== caseId) : list,
  );
}

/** A write of one case: the result goes into the cache before the mutation resolves. */
function useCaseWrite<Input>(write: (input: Input) => Promise<CaseFile>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Input) => {
      const saved = await write(input);
      rememberCase(queryClient, saved);
      return saved;
    },
    networkMode: 'always',
  });
}

export function useCreateCase() {
  return useCaseWrite((input: NewCaseFile) => getRepositories().cases.create(input));
}

/**
 * Saves a form's content, merged three ways with what was saved elsewhere since `base` (the
 * version the form was loaded from); the same field changed on both sides is refused with
 * MergeConflictError and nothing is written: nothing is overwritten silently.
 */
export function useUpdateCase(caseId: string) {
  return useCaseWrite(({ content, base }: { content: CaseFileContentInput; base: SaveBase }) =>
    getRepositories().cases.update(caseId, content, base),
  );
}

/** Adds or replaces a timeline entry; an edit is merged with the entry's changes made elsewhere. */
export function useSaveTimelineEntry(caseId: string) {
  return useCaseWrite(
    ({
      base,
      ...entry
    }: {
      id?: string | undefined;
      event: CaseEvent;
      note?: string | undefined;
      base?: TimelineEntry | undefined;
    }) => getRepositories().cases.putTimelineEntry(caseId, entry, base),
  );
}

export function useRemoveTimelineEntry(caseId: string) {
  return useCaseWrite((entryId: string) =>
    getRepositories().cases.removeTimelineEntry(caseId, entryId),
  );
}

/** Adds an appointment, or replaces the one with the same id. */
export function useSaveAppointment(caseId: string) {
  return useCaseWrite((appointment: AppointmentInput) =>
    getRepositories().cases.putAppointment(caseId, appointment),
  );
}

export function useRemoveAppointment(caseId: string) {
  return useCaseWrite((appointmentId: string) =>
    getRepositories().cases.removeAppointment(caseId, appointmentId),
  );
}

/** Deletes the case for good; its decrypted data leaves the cache too. */
export function useDeleteCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (caseId: string) => {
      await getRepositories().cases.remove(caseId);
      forgetCase(queryClient, caseId);
    },
    networkMode: 'always',
  });
}

function setAttachments(
  queryClient: QueryClient,
  caseId: string,
  update: (files: AttachmentMeta[]) => AttachmentMeta[],
): void {
  queryClient.setQueryData(caseQueries.attachments(caseId).queryKey, (files) =>
    files ? update(files) : files,
  );
}

export function useAttachFile(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ lineCode, file }: { lineCode: string; file: File }) => {
      const meta = await getRepositories().attachments.add(caseId, lineCode, {
        fileName: file.name,
        mediaType: file.type || 'application/octet-stream',
        content: file,
      });
      setAttachments(queryClient, caseId, (files) => [...files, meta]);
      return meta;
    },
    networkMode: 'always',
  });
}

export function useRemoveAttachment(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (attachmentId: string) => {
      await getRepositories().attachments.remove(attachmentId);
      setAttachments(queryClient, caseId, (files) =>
        files.filter((file) => file.id !== attachmentId),
      );
    },
    networkMode: 'always',
  });
}

/**
 * A scan's content, decrypted and checked against its hash; a colleague's scan not on this device
 * yet is fetched first (through sync: it needs the network). Not cached: a preview or a ZIP holds
 * it only as long as it needs it.
 */
export async function readAttachment(attachmentId: string): Promise<Blob> {
  try {
    return await getRepositories().attachments.read(attachmentId);
  } catch (error) {
    if (!(error instanceof AttachmentNotOnDeviceError)) throw error;
    await fetchColleaguesScan(attachmentId);
    return getRepositories().attachments.read(attachmentId);
  }
}

/**
 * Everything held about the person of one case, readable (a subject access request): the
 * colleagues' scans of the case not on this device yet are fetched first, so nothing is missing.
 */
export function useExportCaseData() {
  return useMutation({
    mutationFn: async (caseId: string) => {
      for (const scan of await getRepositories().attachments.listForCase(caseId))
        if (!scan.onDevice) await fetchColleaguesScan(scan.id);
      return exportCaseData(caseId);
    },
    networkMode: 'always',
  });
}
