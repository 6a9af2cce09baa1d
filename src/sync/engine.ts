/**
 * The sync engine (docs/sync-protocol.md): push what waits, then pull what changed, through an
 * adapter (HTTP today). Failures that may pass (no network, 5xx, 429) are retried with exponential
 * backoff and full jitter, honouring Retry-After, and at once when the browser is back online; a
 * 401 pauses until the device is admitted again; any other refusal is kept aside and shown, never
 * retried forever. One tab syncs at a time.
 */
import type { SyncStore } from '../storage/storage';
import type { PullResponse, PushRequest, PushResponse } from './protocol';

/** What the engine needs of the device's storage (src/storage/sync-store.ts). */
export type SyncStorePort = Pick<
  SyncStore,
  | 'deviceId'
  | 'setAsidePush'
  | 'preparePush'
  | 'renumberPush'
  | 'completePush'
  | 'checkpoint'
  | 'applyPull'
  | 'pendingCount'
  | 'blobsToSend'
  | 'wireBlob'
  | 'blobSent'
>;

export interface SyncAdapter {
  push(request: PushRequest): Promise<PushResponse>;
  pull(after: number): Promise<PullResponse>;
  /** Stores one chunk of a scan, sealed (the same chunk sent twice is stored once). */
  putBlob(attachmentId: string, index: number, sealed: Uint8Array): Promise<void>;
  /** One chunk of a colleague's scan, sealed as it was sent. */
  getBlob(attachmentId: string, index: number): Promise<Uint8Array>;
}

/** No answer, 5xx or 429: worth trying again, after `retryAfterMs` when the server said so. */
export class SyncUnavailableError extends Error {
  constructor(
    readonly status: number | undefined,
    readonly retryAfterMs?: number,
  ) {
    super(status ? `The server answered ${String(status)}` : 'The server could not be reached');
    this.name = 'SyncUnavailableError';
  }
}

/** 401: the device's token is missing, revoked or expired. */
export class SyncSignedOutError extends Error {
  constructor() {
    super('The server does not know this device');
    this.name = 'SyncSignedOutError';
  }
}

/** The server expects mutation ids from `expected`. */
export class SyncGapError extends Error {
  constructor(readonly expected: number) {
    super(`The server expects mutation ${String(expected)}`);
    this.name = 'SyncGapError';
  }
}

/** Any other refusal (400, 403, 413…): not retried; shown. */
export class SyncRefusedError extends Error {
  constructor(readonly status: number) {
    super(`The server refused the request (${String(status)})`);
    this.name = 'SyncRefusedError';
  }
}

export interface SyncRound {
  pushed: number;
  pulled: number;
  conflicts: number;
}

/** Gaps answered in one round before giving up (a server that keeps moving its expectation). */
const MOST_RENUMBERINGS = 3;
/** Batches pushed, and pages pulled, in one round at most: a round always ends. */
const MOST_STEPS = 1_000;

/**
 * One round: every waiting change pushed (in batches), then every change of the server pulled (in
 * pages). Throws the adapter's error as it is; the storage stays consistent wherever it stops.
 */
export async function syncOnce(
  store: SyncStorePort,
  adapter: SyncAdapter,
  isStopped: () => boolean = () => false,
  /** After each pulled page: how many changes came so far, out of how many this round. */
  onReceived?: (received: number, total: number) => void,
): Promise<SyncRound> {
  const round: SyncRound = { pushed: 0, pulled: 0, conflicts: 0 };
  const deviceId = await store.deviceId();
  let renumberings = 0;
  let refused: SyncRefusedError | undefined;
  const pushAll = async () => {
    for (let step = 0; step < MOST_STEPS && !isStopped(); step += 1) {
      let mutations = await store.preparePush();
      if (!mutations) break;
      let response: PushResponse;
      try {
        // A new scan's content first: a colleague who pulls its record can then fetch it.
        for (const blob of await store.blobsToSend()) {
          if (isStopped()) return;
          await adapter.putBlob(blob.attachmentId, blob.index, await store.wireBlob(blob));
          await store.blobSent(blob);
        }
        response = await adapter.push({ deviceId, mutations });
      } catch (error) {
        if (error instanceof SyncRefusedError) {
          // Kept aside and shown: the colleagues' changes are still pulled.
          refused = error;
          await store.setAsidePush();
          continue;
        }
        if (!(error instanceof SyncGapError) || renumberings >= MOST_RENUMBERINGS) throw error;
        renumberings += 1;
        mutations = await store.renumberPush(error.expected);
        continue;
      }
      round.conflicts += await store.completePush(response.results);
      round.pushed += mutations.length;
    }
  };
  await pushAll();
  for (let step = 0; step < MOST_STEPS && !isStopped(); step += 1) {
    const page = await adapter.pull(await store.checkpoint());
    if (isStopped()) break;
    round.conflicts += await store.applyPull(page);
    round.pulled += page.changes.length;
    onReceived?.(round.pulled, round.pulled + page.remaining);
    if (!page.more) break;
  }
  // What the pull made to share (a merge, a conflict found, a colleague's settlement taken).
  if (round.pulled > 0) await pushAll();
  if (refused) throw refused;
  return round;
}

export type SyncStatus =
  | { kind: 'idle'; lastSyncedAt?: number }
  /** A round runs; `received` of `total` changes pulled so far (a first pull shows them). */
  | { kind: 'syncing'; received?: number; total?: number }
  | { kind: 'waiting'; retryAt: number; attempt: number }
  | { kind: 'offline' }
  | { kind: 'signed-out' }
  | { kind: 'refused'; status: number };

export interface SyncEngineOptions {
  store: SyncStorePort;
  adapter: SyncAdapter;
  /**
   * Runs `task` holding the app's one sync lock and resolves true, or resolves false without
   * running it when another tab holds the lock.
   */
  withLock?: (task: () => Promise<void>) => Promise<boolean>;
  isOnline?: () => boolean;
  random?: () => number;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  onStatus?: (status: SyncStatus) => void;
}

/** Another tab holds the sync lock: this one tries again after this long. */
export const LOCK_RETRY_MS = 5_000;

/** The first retry waits up to a second, doubling to five minutes. */
export const FIRST_RETRY_MS = 1_000;
export const LONGEST_RETRY_MS = 5 * 60_000;

/** Full jitter: anywhere between nothing and the attempt's ceiling, never before Retry-After. */
export function retryDelay(attempt: number, random: () => number, retryAfterMs = 0): number {
  const ceiling = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.max(retryAfterMs, Math.round(random() * ceiling));
}

export interface SyncEngine {
  /** A round now (a write, the network back, a user's request); no-op while one runs. */
  syncNow(): Promise<void>;
  /** Back online: a waiting retry runs at once. */
  online(): void;
  /** Locked, or signed out by the user: nothing runs until `start`. */
  stop(): void;
  start(): void;
  status(): SyncStatus;
}

export function createSyncEngine({
  store,
  adapter,
  withLock = async (task) => {
    await task();
    return true;
  },
  isOnline = () => true,
  random = Math.random,
  now = Date.now,
  setTimer = (run, ms) => setTimeout(run, ms),
  clearTimer = (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  onStatus,
}: SyncEngineOptions): SyncEngine {
  let status: SyncStatus = { kind: 'idle' };
  let running: Promise<void> | undefined;
  let timer: unknown;
  let attempt = 0;
  let stopped = false;

  const set = (next: SyncStatus) => {
    if (stopped) return;
    status = next;
    onStatus?.(next);
  };
  const cancelTimer = () => {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
  };

  const later = (delay: number, next: SyncStatus) => {
    set(next);
    cancelTimer();
    timer = setTimer(() => {
      timer = undefined;
      void syncNow();
    }, delay);
  };

  async function round(): Promise<void> {
    if (stopped) return;
    if (!isOnline()) {
      set({ kind: 'offline' });
      return;
    }
    set({ kind: 'syncing' });
    try {
      const ran = await withLock(async () => {
        await syncOnce(
          store,
          adapter,
          () => stopped,
          (received, total) => set({ kind: 'syncing', received, total }),
        );
      });
      if (stopped) return;
      if (!ran) {
        // Another tab is sharing: this one's changes may have come after its batch.
        later(LOCK_RETRY_MS, { kind: 'waiting', retryAt: now() + LOCK_RETRY_MS, attempt });
        return;
      }
      attempt = 0;
      set({ kind: 'idle', lastSyncedAt: now() });
    } catch (error) {
      if (stopped) return;
      if (error instanceof SyncSignedOutError) set({ kind: 'signed-out' });
      else if (error instanceof SyncRefusedError) set({ kind: 'refused', status: error.status });
      else {
        // Unavailable, a gap that kept moving, or storage busy: try again later.
        attempt += 1;
        const retryAfter = error instanceof SyncUnavailableError ? error.retryAfterMs : undefined;
        const delay = retryDelay(attempt, random, retryAfter);
        later(delay, { kind: 'waiting', retryAt: now() + delay, attempt });
      }
    }
  }

  /** A request during a round runs one more round after it: a write saved meanwhile is sent. */
  let again = false;

  function syncNow(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    cancelTimer();
    running = round().finally(() => {
      running = undefined;
      if (again && !stopped) {
        again = false;
        void syncNow();
      }
    });
    return running;
  }

  return {
    syncNow,
    online() {
      if (status.kind === 'waiting' || status.kind === 'offline') void syncNow();
    },
    stop() {
      stopped = true;
      cancelTimer();
    },
    start() {
      stopped = false;
      void syncNow();
    },
    status: () => status,
  };
}
