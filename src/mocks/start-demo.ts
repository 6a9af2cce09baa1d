/** Demo modes only: the mocked API, and on first start a demo vault with fictional cases, left locked. */
import { createVault, getRepositories, getVaultState, lock } from '../storage/storage';
import { localToday } from '../ui/use-today';
import { startMockApi } from './browser';
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

export async function startDemo(): Promise<string> {
  await removeShellWorkers();
  await startMockApi();
  if ((await getVaultState()) === 'absent') {
    await createVault(DEMO_PASSPHRASE);
    await seedDemoData(getRepositories(), localToday());
    lock();
  }
  return DEMO_PASSPHRASE;
}
