/**
 * The conflicts with colleagues' versions (issue 14), read through the running sync: those this
 * device found (they hold back the case's sharing until settled) and those a colleague's device
 * found and shared. Both are shown the same way: each clash with its two values, who made each
 * and when; either can be settled here.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ClashChoice } from '../storage/storage';
import { queryKeys } from './query-keys';
import { runningSyncStore, runningWorker, syncNow } from './sync-runner';

export interface ConflictSide {
  value: unknown;
  changedBy?: string | undefined;
  changedAt?: string | undefined;
  deleted: boolean;
  /** This device's version (its own conflict's local side). */
  here: boolean;
}

export interface ConflictClash {
  path: readonly string[];
  /** The server's version first, then the other one. */
  sides: [ConflictSide, ConflictSide];
}

export type CaseConflict =
  | { origin: 'here'; key: string; caseId: string; clashes: ConflictClash[] }
  | {
      origin: 'colleague';
      key: string;
      caseId: string;
      noticeId: string;
      foundBy: string | undefined;
      clashes: ConflictClash[];
    };

async function readConflicts(): Promise<CaseConflict[]> {
  const store = runningSyncStore();
  if (!store) return [];
  const [own, shared] = await Promise.all([store.conflicts(), store.sharedConflicts()]);
  const worker = runningWorker();
  // A colleague's conflict names this worker's own version by name: shown as "you".
  const isHere = (changedBy: string | undefined) => worker !== undefined && changedBy === worker;
  return [
    ...own.map((conflict): CaseConflict => ({
      origin: 'here',
      key: `here:${conflict.caseId}`,
      caseId: conflict.caseId,
      clashes: conflict.clashes.map((clash) => ({
        path: clash.path,
        sides: [
          {
            value: clash.theirs,
            changedBy: conflict.theirs.changedBy,
            changedAt: conflict.theirs.changedAt,
            deleted: conflict.theirs.deleted,
            here: false,
          },
          {
            value: clash.ours,
            changedBy: undefined,
            changedAt: conflict.ours.changedAt,
            deleted: conflict.ours.deleted,
            here: true,
          },
        ],
      })),
    })),
    ...shared.map(({ noticeId, caseId, notice }): CaseConflict => ({
      origin: 'colleague',
      key: `colleague:${noticeId}`,
      caseId,
      noticeId,
      foundBy: notice.changedBy,
      clashes: notice.clashes.map((clash) => ({
        path: clash.path,
        sides: [
          { value: clash.server, ...notice.server, here: isHere(notice.server.changedBy) },
          { value: clash.device, ...notice.device, here: isHere(notice.device.changedBy) },
        ],
      })),
    })),
  ];
}

export const conflictQueries = {
  all: () =>
    queryOptions({
      queryKey: queryKeys.cases.syncConflicts(),
      queryFn: readConflicts,
      networkMode: 'always',
      staleTime: Infinity,
    }),
};

/** Every conflict waiting, across cases (the list's banner, the header). */
export function useSyncConflicts() {
  return useQuery(conflictQueries.all());
}

/** The conflicts of one case. */
export function useCaseSyncConflicts(caseId: string): CaseConflict[] {
  const all = useQuery(conflictQueries.all()).data;
  return (all ?? []).filter((conflict) => conflict.caseId === caseId);
}

/** Settles a conflict with the person's choice at each clash; shared with the team at once. */
export function useSettleSyncConflict() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      conflict,
      choices,
    }: {
      conflict: CaseConflict;
      choices: ClashChoice[];
    }) => {
      const store = runningSyncStore();
      if (!store) throw new Error('Sync is not running');
      if (conflict.origin === 'here') await store.settleConflict('cases', conflict.caseId, choices);
      else await store.settleShared(conflict.noticeId, choices);
    },
    networkMode: 'always',
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.cases.syncConflicts() });
      void syncNow();
    },
  });
}
