import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { MockSyncServer, syncHandlers, type MockSyncServerSnapshot } from './sync-server';

/**
 * The demo's association server keeps what it holds (ids, revisions, sealed payloads: nothing in
 * clear) in an IndexedDB database of its own, so that a reload finds the team and its records
 * again, as a real server would.
 */
const SERVER_DB = 'passerelle-demo-server';
const STORE = 'state';

function openServerDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(SERVER_DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () =>
      reject(request.error ?? new Error('The demo server cannot keep its state'));
  });
}

async function loadServer(): Promise<MockSyncServer> {
  const db = await openServerDb();
  const snapshot = await new Promise<MockSyncServerSnapshot | undefined>((resolve, reject) => {
    const request = db.transaction(STORE).objectStore(STORE).get('server');
    request.onsuccess = () => resolve(request.result as MockSyncServerSnapshot | undefined);
    request.onerror = () => reject(request.error ?? new Error('unreadable'));
  });
  db.close();
  return snapshot ? MockSyncServer.restore(snapshot) : new MockSyncServer();
}

async function keepServer(server: MockSyncServer): Promise<void> {
  const db = await openServerDb();
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction(STORE, 'readwrite');
    transaction.objectStore(STORE).put(server.snapshot(), 'server');
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('not kept'));
  });
  db.close();
}

/** Starts the mocked API in the browser (development and the e2e demo build only). */
export async function startMockApi(): Promise<void> {
  const server = await loadServer();
  // What the server holds is kept before it answers: a reload right after never finds it behind.
  const worker = setupWorker(
    ...handlers,
    ...syncHandlers(server, undefined, () => keepServer(server)),
  );
  // quiet: msw would otherwise log every request to the console, and URLs can carry ids.
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}
