/** Demo modes only: the mocked API, and on first start a demo vault with fictional cases, left locked. */
import { createVault, getRepositories, getVaultState, lock } from '../storage/storage';
import { localToday } from '../ui/use-today';
import { startMockApi } from './browser';
import { DEMO_PASSPHRASE, seedDemoData } from './demo-data';

export async function startDemo(): Promise<string> {
  await startMockApi();
  if ((await getVaultState()) === 'absent') {
    await createVault(DEMO_PASSPHRASE);
    await seedDemoData(getRepositories(), localToday());
    lock();
  }
  return DEMO_PASSPHRASE;
}
