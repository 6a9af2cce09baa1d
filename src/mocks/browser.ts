import { setupWorker } from 'msw/browser';
import { DemoColleague, demoColleagueHandlers, type DemoColleagueSaved } from './demo-colleague';
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

/** Keeps one value of the demo server's state (`server`, or `colleague`: decision 019). */
async function keepValue(key: string, value: unknown): Promise<void> {
  const db = await openServerDb();
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction(STORE, 'readwrite');
    transaction.objectStore(STORE).put(value, key);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('not kept'));
  });
  db.close();
}

function keepServer(server: MockSyncServer): Promise<void> {
  return keepValue('server', server.snapshot());
}

/**
 * The demo's fictional colleague (decision 019), off until the user switches it on. What it keeps
 * (its key pair, the team key as wrapped for it, its counters) sits beside the server's state,
 * never in localStorage.
 */
async function loadColleague(server: MockSyncServer): Promise<DemoColleague> {
  const db = await openServerDb();
  const saved = await new Promise<DemoColleagueSaved | undefined>((resolve, reject) => {
    const request = db.transaction(STORE).objectStore(STORE).get('colleague');
    request.onsuccess = () => resolve(request.result as DemoColleagueSaved | undefined);
    request.onerror = () => reject(request.error ?? new Error('unreadable'));
  });
  db.close();
  return new DemoColleague({
    server,
    saved,
    keep: (state) => keepValue('colleague', state),
    keepServer: () => keepServer(server),
  });
}

/**
 * Starts the mocked API in the browser (development and the e2e demo build only); returns the
 * demo's fictional colleague, for Settings to switch on.
 */
export async function startMockApi(): Promise<DemoColleague> {
  const server = await loadServer();
  const colleague = await loadColleague(server);
  // What the server holds is kept before it answers: a reload right after never finds it behind.
  // The colleague sees a device's push first (its one conflict), then the server answers it.
  const worker = setupWorker(
    ...handlers,
    ...demoColleagueHandlers(colleague),
    ...syncHandlers(server, undefined, () => keepServer(server)),
  );
  // quiet: msw would otherwise log every request to the console, and URLs can carry ids.
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  void colleague.resume();
  return colleague;
}
