/** Demo modes only: the mocked API, and on first start a demo vault with fictional cases, left locked. */
import { createVault, getRepositories, getVaultState, lock } from '../storage/storage';
import { localToday } from '../ui/use-today';
import { startMockApi } from './browser';
import type { DemoColleague } from './demo-colleague';
import { SHARED_SERVER_PATH } from './handlers';
import { DEMO_PASSPHRASE, seedDemoData } from './demo-data';

/**
 * A production build served earlier on this origin left its shell worker: it would answer the
 * demo's pages from its cache and keep msw's worker out of the scope (decision 008).
 */
async function removeShellWorkers(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  for (const registration of await navigator.serviceWorker.getRegistrations()) {
    const worker = registration.active ?? registration.waiting ?? registration.installing;
    if (!worker?.scriptURL.endsWith('/mockServiceWorker.js')) await registration.unregister();
  }
}

/** Whether the shared Node mock server answers on this origin (`npm run team`, the e2e harness). */
async function hasSharedServer(): Promise<boolean> {
  try {
    const response = await fetch(SHARED_SERVER_PATH, { headers: { Accept: 'application/json' } });
    if (!response.ok || !response.headers.get('Content-Type')?.includes('application/json'))
      return false;
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null && 'shared' in body;
  } catch {
    return false;
  }
}

export interface DemoStart {
  passphrase: string;
  /** The fictional colleague (decision 019); none with the shared server, where browsers are. */
  colleague: DemoColleague | undefined;
}

/**
 * With the shared server, each browser is one colleague's device: msw stays off (the server
 * answers), and the vault starts empty, for the cases to come from the team.
 */
export async function startDemo(): Promise<DemoStart> {
  await removeShellWorkers();
  const shared = await hasSharedServer();
  const colleague = shared ? undefined : await startMockApi();
  if ((await getVaultState()) === 'absent') {
    await createVault(DEMO_PASSPHRASE);
    if (!shared) await seedDemoData(getRepositories(), localToday());
    lock();
  }
  return { passphrase: DEMO_PASSPHRASE, colleague };
}
