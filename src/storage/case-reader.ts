/**
 * Reads every case of the vault for the list, the dashboard and the badge: in a worker of its own
 * where the browser has them (issue 13), so that reading 10,000 sealed rows from IndexedDB,
 * decrypting and checking them never blocks the page; in the calling thread otherwise (Node, where
 * the storage tests run). The worker keeps what it decrypted, by record and revision, while the
 * vault is unlocked: a later read decrypts only what changed. Locking ends it, and its memory
 * with it.
 */
import type { CaseFile } from '../domain';
import { openCaseRow } from './case-rows';
import type { PasserelleDb } from './db';
import { UnreadableRecordError, type RecordAddress } from './record-codec';
import type { RowSealer } from './sealed-rows';

export interface CaseReader {
  /** Every case, newest first, decrypted and checked; UnreadableRecordError if one is not. */
  listCases(): Promise<CaseFile[]>;
  /** Ends the reader (on lock): what it kept is dropped. */
  close(): void;
}

/** What the page asks the worker, and what it answers (src/storage/case-reader.worker.ts). */
export type CaseReaderRequest =
  { type: 'open'; dbName: string; key: CryptoKey } | { type: 'list'; id: number };

export type CaseReaderResponse =
  | { id: number; cases: CaseFile[] }
  | { id: number; unreadable: RecordAddress }
  | { id: number; failed: string };

/** In the calling thread: the rows read and opened one by one. */
export function createInThreadCaseReader(db: PasserelleDb, sealer: RowSealer): CaseReader {
  return {
    async listCases() {
      const rows = await db.cases.orderBy('createdAt').reverse().toArray();
      return Promise.all(rows.map((row) => openCaseRow(sealer, row)));
    },
    close() {},
  };
}

/**
 * In a worker, with the vault's key (a CryptoKey is handed over, never its bytes). If the worker
 * cannot run (it fails to load, or stops), the reads go on in the calling thread.
 */
export function createWorkerCaseReader(
  db: PasserelleDb,
  key: CryptoKey,
  fallback: CaseReader,
): CaseReader {
  let worker: Worker | undefined = new Worker(new URL('./case-reader.worker.ts', import.meta.url), {
    type: 'module',
    name: 'case-reader',
  });
  let nextId = 0;
  const pending = new Map<
    number,
    { resolve: (cases: CaseFile[]) => void; reject: (error: Error) => void; retry: () => void }
  >();

  const stop = () => {
    worker?.terminate();
    worker = undefined;
  };
  worker.addEventListener('message', (event: MessageEvent<CaseReaderResponse>) => {
    const answer = event.data;
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id);
    if ('cases' in answer) waiting.resolve(answer.cases);
    else if ('unreadable' in answer) waiting.reject(new UnreadableRecordError(answer.unreadable));
    else waiting.reject(new Error(answer.failed));
  });
  worker.addEventListener('error', () => {
    // The worker could not load or stopped: what it was asked is read here instead.
    stop();
    for (const [id, waiting] of pending) {
      pending.delete(id);
      waiting.retry();
    }
  });
  worker.postMessage({ type: 'open', dbName: db.name, key } satisfies CaseReaderRequest);

  return {
    listCases() {
      const current = worker;
      if (!current) return fallback.listCases();
      return new Promise<CaseFile[]>((resolve, reject) => {
        const id = (nextId += 1);
        pending.set(id, {
          resolve,
          reject,
          retry: () => void fallback.listCases().then(resolve, reject),
        });
        current.postMessage({ type: 'list', id } satisfies CaseReaderRequest);
      });
    },
    close() {
      stop();
      for (const [id, waiting] of pending) {
        pending.delete(id);
        waiting.reject(new Error('The vault was locked'));
      }
    },
  };
}
