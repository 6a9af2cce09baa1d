/** What the bench page hands back to Node: plain numbers, so they cross page.evaluate as JSON. */
export interface StorageBenchResult {
  cases: number;
  /** Size of one case's content as JSON, averaged over the generated cases. */
  contentBytes: number;
  runs: number;
  /** createMany of every case, encrypted, on a fresh database each run. */
  encryptedWriteMs: number[];
  /** Plain Dexie bulkPut of the same content, not encrypted, on a fresh database each run. */
  plainWriteMs: number[];
  /** cases.list() over the encrypted cases (decrypt + schema check of each). */
  listMs: number[];
  /** Where the encrypted write's time goes, each part measured alone on a fresh database. */
  breakdown: {
    /** Schema parse + JSON + AES-GCM seal of every case, no IndexedDB. */
    sealMs: number[];
    /** commitChanges of the sealed rows with their outbox and audit rows, no crypto. */
    commitMs: number[];
    /** The sealed rows alone, bulkPut into a plain Dexie store: no outbox, no audit. */
    sealedBulkPutMs: number[];
  };
}

/** unlock(passphrase) of an Argon2id vault: the derivation (in its worker), and the rest. */
export interface Argon2idUnlockTiming {
  totalMs: number;
  /** From the worker's creation to its answer: starting it and compiling WebAssembly included. */
  deriveMs: number;
  /** Reading the vault row, unwrapping the data key, opening the repositories. */
  restMs: number;
}

/** The first unlock of a PBKDF2 vault after the update: PBKDF2, then the move to Argon2id. */
export interface Pbkdf2UnlockTiming {
  totalMs: number;
  /** WebCrypto's PBKDF2-SHA256, 600,000 iterations. */
  deriveMs: number;
  /** The Argon2id derivation that wraps the data key again (once per vault). */
  upgradeMs: number;
  /** Everything else, the new row's transaction included. */
  restMs: number;
}

export interface UnlockBenchResult {
  argon2id: Argon2idUnlockTiming[];
  pbkdf2: Pbkdf2UnlockTiming[];
}

/** Sync through the server in the page: pushes, and an empty device's first pull. */
export interface SyncBenchResult {
  cases: number;
  /** Cases the empty device holds after its first pull. */
  pulled: number;
  queuedChanges: number;
  /** The writer's first push of every case. */
  pushAllMs: number;
  /** A push of `queuedChanges` cases changed once each. */
  pushQueuedMs: number;
  /** An empty device's first round: every case pulled, opened, merged and stored. */
  firstPullMs: number;
  /** The same rows, already sealed, bulkPut into a plain Dexie store. */
  plainPutMs: number;
}

/** The page puts these on `window` once its module has loaded. */
export interface StorageBenchWindow {
  runStorageBench?: (runs: number) => Promise<StorageBenchResult>;
  runUnlockBench?: (runs: number) => Promise<UnlockBenchResult>;
  runSyncBench?: () => Promise<SyncBenchResult>;
}

/**
 * The case-list search: the prefix matches every seeded label (BENCH-00001…), then each key narrows
 * the list by ten (BENCH-0…: 9,999, BENCH-09…: 1,000, … BENCH-09999: 1), then Backspace widens it.
 */
export const SEARCH_PREFIX = 'bench-';
export const SEARCH_KEYS = ['0', '9', '9', '9', '9'] as const;

/** What the case-list seeding page measures on its own, before the app is opened. */
export interface CaseListSeedResult {
  cases: number;
  /** createMany of every case, encrypted, with the vault made from the passphrase. */
  seedMs: number;
  /** Cases whose summary has a next deadline, and how many per verdict (checks the seed). */
  withNextDeadline: number;
  verdicts: Record<string, number>;
  /** The sealed case rows read from IndexedDB in list()'s order, nothing decrypted. */
  readMs: number[];
  /** cases.list(): read, decrypt and parse every case, as the list page's query does. */
  listMs: number[];
  /** summariseCase of every case (assessCase, next deadline, search text), as the list page does. */
  summariseMs: number[];
  /** filterCases over the 10,000 summaries, per query: what one keystroke recomputes. */
  filters: { query: string; shown: number; ms: number[] }[];
}

/** The seeding page puts these on `window` once its module has loaded. */
export interface CaseListSeedWindow {
  seedCaseList?: (passphrase: string, count: number, runs: number) => Promise<CaseListSeedResult>;
  deleteCaseList?: () => Promise<void>;
}

/** One keystroke in the list's search box, timed inside the page from its keydown event. */
export interface KeystrokeTiming {
  key: string;
  /** The list's status text once it changed ("N dossiers affichés sur 10000"). */
  status: string;
  /** keydown to the DOM holding the new rows and count (MutationObserver). */
  domMs: number;
  /** keydown to the next animation frame after that: the rows about to be painted. */
  frameMs: number;
}

/**
 * One user step after the list, timed inside the page: the next click on the page to the first
 * element matching `selector` (with the text `text`, if given) in the DOM, and the records
 * decrypted meanwhile and during `windowMs` after it (so late refetches count too).
 */
export interface StepTiming {
  selector: string;
  text?: string;
  windowMs: number;
  /** The click's event timestamp. */
  clickAt?: number;
  /** The first DOM change after the click that left a matching element in the page. */
  shownAt?: number;
  /** crypto.subtle.decrypt calls made from the click until `windowMs` after `shownAt`. */
  decryptCalls: number;
  /** Set once `windowMs` has passed after `shownAt`: `decryptCalls` is final. */
  windowEndAt?: number;
  /** decrypt calls made after that window, until another step is armed: work still under way. */
  lateDecryptCalls: number;
}

/**
 * Installed by an init script before the app's own scripts (tests/bench/browser/case-list-probe.ts):
 * times in performance.now() milliseconds, recorded from within the page only.
 */
export interface CaseListProbe {
  /** Forgets what was recorded; the next click on the page starts the unlock timing. */
  arm(): void;
  clickAt?: number;
  /** The passphrase field is gone: unlock() resolved and the gate let the pages in. */
  unlockedAt?: number;
  firstRowsAt?: number;
  firstRowsFrameAt?: number;
  /** The first rows were the list's first screenful, kept at the last full read (not every case). */
  firstRowsPartial?: boolean;
  /** Every case read and assessed: the list's count says so (`data-complete`). */
  allRowsAt?: number;
  /** Since arm(): the key derivation (its worker, or PBKDF2) and unwrapping, then one decrypt per record. */
  derive: { calls: number; firstAt?: number; lastDoneAt?: number };
  decrypt: { calls: number; firstAt?: number; lastDoneAt?: number };
  /** The last decrypt call made or finished, armed or not: tells when decryption is over. */
  decryptActivityAt?: number;
  /**
   * Since arm(): the case reader's worker (src/storage/case-reader.ts), which reads, decrypts and
   * checks every case off the main thread: when it was first asked, and when its first answer came.
   */
  reader: { requests: number; firstAskedAt?: number; firstAnsweredAt?: number };
  /** Tasks of 50 ms or more since arm() (PerformanceObserver 'longtask'). */
  longTasks: { start: number; duration: number }[];
  /** Event Timing entries of the keystrokes: input to the next paint of the urgent update. */
  interactions: { id: number; name: string; duration: number }[];
  keystrokes: KeystrokeTiming[];
  /**
   * Starts timing a step (see StepTiming): the next click on the page is its start. Independent of
   * arm() and of the unlock's and keystrokes' figures.
   */
  armStep(selector: string, text: string | undefined, windowMs: number): void;
  step?: StepTiming;
}

export interface CaseListProbeWindow {
  caseListProbe?: CaseListProbe;
}
