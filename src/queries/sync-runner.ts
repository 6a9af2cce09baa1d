/**
 * Sync in the app (issue 14): while the vault is unlocked and this device is in its association's
 * team, the engine (src/sync/engine.ts) pushes what waits and pulls what changed: at unlock, a
 * moment after each local write, when the network comes back, and when a retry is due. One tab
 * syncs at a time (Web Locks). Pulled records are announced by storage like any write, so the
 * views refresh through the storage bridge. The header and Settings read one shared state.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { createTeam, hasTeam, openSyncStore, subscribeToStorage } from '../storage/storage';
import type { SyncStore } from '../storage/storage';
import type { SyncAdapter, SyncEngine, SyncStatus } from '../sync/engine';
import { queryKeys } from './query-keys';

export interface SyncState {
  /** Undefined while this device is not in a team, or locked. */
  status: SyncStatus | undefined;
  /** Records changed here and not yet on the server. */
  pending: number;
  /** Cases with a change the server refused, kept aside here until a person sends it again. */
  setAside: number;
  /** This device's token while sync runs (lists and admits colleagues' devices). */
  token?: string;
  /** The worker's name as colleagues see it (to say "you" beside this worker's versions). */
  worker?: string;
  /** Counts the times this device (re)joined: sync starts again with the new token. */
  generation: number;
}

let state: SyncState = { status: undefined, pending: 0, setAside: 0, generation: 0 };
const listeners = new Set<() => void>();
let engine: SyncEngine | undefined;
/** The device's side of sync while it runs: the conflicts are read and settled through it. */
let activeStore: SyncStore | undefined;
/** The adapter of the running sync: a colleague's scan is fetched through it when opened. */
let activeAdapter: SyncAdapter | undefined;

export function runningSyncStore(): SyncStore | undefined {
  return activeStore;
}

/**
 * Sync does not run here (locked, or not in a team): a colleague's scan cannot be fetched. The
 * network being down is the engine's SyncUnavailableError.
 */
export class SyncNotRunningError extends Error {
  constructor() {
    super('Sync is not running on this device');
    this.name = 'SyncNotRunningError';
  }
}

/** Brings a colleague's scan onto this device, through the running sync (needs the network). */
export async function fetchColleaguesScan(attachmentId: string): Promise<void> {
  const store = activeStore;
  const adapter = activeAdapter;
  if (!store || !adapter) throw new SyncNotRunningError();
  await store.fetchAttachment(attachmentId, (id, index) => adapter.getBlob(id, index));
}

/** The worker's name on this device's team record, while sync runs. */
export function runningWorker(): string | undefined {
  return state.worker;
}

function publish(next: Partial<SyncState>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

export function useSyncState(): SyncState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}

/** This device joined the team again (after being removed): sync restarts with its new token. */
export function restartSync(): void {
  publish({ generation: state.generation + 1 });
}

/** A round now (Settings' "share now"): no-op outside a team. */
export function syncNow(): Promise<void> {
  return engine?.syncNow() ?? Promise.resolve();
}

export const syncQueries = {
  team: () => queryOptions({ queryKey: queryKeys.sync.team(), queryFn: () => hasTeam() }),
  /** The records kept aside, by case (none while sync does not run). */
  setAside: () =>
    queryOptions({
      queryKey: queryKeys.sync.setAside(),
      queryFn: async () => (await activeStore?.setAside()) ?? [],
      networkMode: 'always',
    }),
};

/**
 * Where one case stands with the team (none outside a team): read again whenever the count of
 * changes waiting, or the state of sharing, moves.
 */
export function useCaseSharing(caseId: string) {
  const { status, pending, setAside } = useSyncState();
  const running = status !== undefined;
  return useQuery({
    queryKey: [...queryKeys.sync.caseSharing(caseId), pending, setAside, status?.kind] as const,
    queryFn: async () => (await activeStore?.caseSharing(caseId)) ?? null,
    enabled: running,
    networkMode: 'always',
  }).data;
}

/** The records kept aside are sent again now (after what stopped them was put right). */
export function useRetrySetAside() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await activeStore?.retrySetAside();
      publish({ setAside: 0 });
      await syncNow();
    },
    networkMode: 'always',
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.sync.setAside() }),
  });
}

/** How often a device in view asks for its colleagues' changes. */
const REFRESH_MS = 30_000;

/** After a local write, sync waits this long for the next one (typing saves in bursts). */
const AFTER_WRITE_MS = 1_500;

/** One tab at a time: another tab's round is skipped (false), and it tries again soon. */
async function withSyncLock(task: () => Promise<void>): Promise<boolean> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  if (!locks) {
    await task();
    return true;
  }
  return locks.request('passerelle-sync', { ifAvailable: true }, async (lock) => {
    if (!lock) return false;
    await task();
    return true;
  });
}

/** Mounted by the layout: runs sync while `unlocked` and in a team. */
export function useSyncRunner(unlocked: boolean): void {
  const queryClient = useQueryClient();
  const inTeam = useQuery({ ...syncQueries.team(), enabled: unlocked }).data === true;
  const { generation } = useSyncState();
  useEffect(() => {
    if (!unlocked || !inTeam) return;
    let stopped = false;
    let running: SyncEngine | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const countPending = async (store: SyncStore) => {
      const [pending, setAside] = await Promise.all([
        store.pendingCount().catch(() => state.pending),
        store
          .setAside()
          .then(
            (records) => new Set(records.map((record) => record.caseId ?? record.entityId)).size,
          )
          .catch(() => state.setAside),
      ]);
      if (!stopped) publish({ pending, setAside });
    };
    const unsubscribe: (() => void)[] = [];
    // The engine and the protocol's schemas (zod) load here, never with the first screen.
    // Who made each version travels with it (shown beside a conflict): the worker's name.
    let worker: string | undefined;
    void import('./profile-queries')
      .then(({ profileQueries }) => queryClient.fetchQuery(profileQueries.profile()))
      .then((profile) => (worker = profile.worker.displayName))
      .catch(() => undefined);
    void Promise.all([
      openSyncStore(() => worker),
      import('../sync/engine'),
      import('../sync/http-adapter'),
    ]).then(([opened, { createSyncEngine }, { createHttpSyncAdapter }]) => {
      if (!opened || stopped) return;
      const { store, token } = opened;
      activeStore = store;
      const adapter = createHttpSyncAdapter(() => token);
      activeAdapter = adapter;
      publish({ token, worker: opened.worker ?? worker });
      void queryClient.invalidateQueries({ queryKey: queryKeys.cases.syncConflicts() });
      running = createSyncEngine({
        store,
        adapter,
        withLock: withSyncLock,
        isOnline: () => navigator.onLine,
        onStatus: (status) => {
          publish({ status });
          void countPending(store);
          // A round may have found, shared or ended conflicts.
          if (status.kind === 'idle')
            void queryClient.invalidateQueries({ queryKey: queryKeys.cases.syncConflicts() });
          if (status.kind === 'idle' || status.kind === 'refused')
            void queryClient.invalidateQueries({ queryKey: queryKeys.sync.setAside() });
        },
      });
      engine = running;
      const online = () => running?.online();
      window.addEventListener('online', online);
      unsubscribe.push(() => window.removeEventListener('online', online));
      unsubscribe.push(
        subscribeToStorage((event) => {
          if (event.type !== 'changed') return;
          void countPending(store);
          if (!event.fromThisTab) return;
          clearTimeout(timer);
          timer = setTimeout(() => void running?.syncNow(), AFTER_WRITE_MS);
        }),
      );
      // Colleagues' changes are asked for now and then while the app is in view, and at once
      // when it comes back into view.
      const refresh = setInterval(() => {
        if (document.visibilityState === 'visible') void running?.syncNow();
      }, REFRESH_MS);
      const onVisible = () => {
        if (document.visibilityState === 'visible') void running?.syncNow();
      };
      document.addEventListener('visibilitychange', onVisible);
      unsubscribe.push(() => {
        clearInterval(refresh);
        document.removeEventListener('visibilitychange', onVisible);
      });
      running.start();
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
      for (const stop of unsubscribe) stop();
      running?.stop();
      if (engine === running) engine = undefined;
      activeStore = undefined;
      activeAdapter = undefined;
      publish({
        status: undefined,
        pending: 0,
        setAside: 0,
        token: undefined,
        worker: undefined,
      });
    };
  }, [unlocked, inTeam, generation, queryClient]);
}

/** This device starts its association's team (the first device): sync runs from then on. */
export function useStartTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (worker: string) => {
      const { requestFirstDeviceToken } = await import('../sync/team');
      await createTeam(await requestFirstDeviceToken(), worker);
    },
    networkMode: 'always',
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.sync.team() }),
  });
}
