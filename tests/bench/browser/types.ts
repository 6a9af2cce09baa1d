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
  /** unlock(passphrase) of a vault made with createVault (PBKDF2-SHA256). */
  unlockMs: number[];
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

/** The page puts this on `window` once its module has loaded. */
export interface StorageBenchWindow {
  runStorageBench?: (runs: number) => Promise<StorageBenchResult>;
}
