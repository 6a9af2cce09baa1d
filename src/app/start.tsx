/**
 * The app's start, loaded by main.tsx once zod is configured: with the pages in chunks of their
 * own, a chunk imported statically would run before main's own code.
 */
// The primitives first, so that the shell's and the features' stylesheets come after them.
import '../ui/styles.css';
import { createRoot } from 'react-dom/client';
import type { DemoStart } from '../mocks/start-demo';
import { initI18n } from '../i18n/i18n';
import { firstRunScreenShown } from '../features/vault/first-run-screen';
import { hadVault, openStorage } from '../storage/storage';
import { App } from './app';
import { createQueryClient } from './query-client';

async function start(): Promise<void> {
  let demo: DemoStart | undefined;
  // Not awaited: the first screen shows while the database opens (src/storage/storage.ts); a
  // failure to open is shown by the vault gate, whose state query fails with it. On a device that
  // never had a vault, the first-run screen is shown before the database's code is fetched (issue 13).
  const storage = openStorage(__DEMO__ || hadVault() ? {} : { after: firstRunScreenShown() });
  storage.catch(() => undefined);
  const i18n = await initI18n();
  if (__DEMO__) {
    // Dropped from the production bundle: __DEMO__ is a compile-time constant.
    await storage;
    const { startDemo } = await import('../mocks/start-demo');
    demo = await startDemo();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  createRoot(root).render(
    <App
      i18n={i18n}
      queryClient={createQueryClient()}
      demoPassphrase={demo?.passphrase}
      demoColleague={demo?.colleague}
    />,
  );
  // The production build's shell worker (decision 008), once the first screen is up.
  if (!__DEMO__) void import('./app-worker').then(({ registerAppWorker }) => registerAppWorker());
}

export { start };
