import { useQuery } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NAMESPACES } from '../../i18n/i18n';
import {
  deviceQueries,
  expectedVaultState,
  lockVault,
  vaultQueries,
} from '../../queries/vault-queries';
import { UnlockScreen } from './unlock-screen';
import { lazyNamed } from '../../ui/lazy-named';
import { loadFirstRunScreen } from './first-run-screen';
import { useIdleLock } from './use-idle-lock';
import './vault.css';

/* The first run's and the erased device's screens load when shown: most starts show the unlock. */
const SetupVaultScreen = lazyNamed(loadFirstRunScreen, 'SetupVaultScreen');
const ErasedScreen = lazyNamed(() => import('./erased-screen'), 'ErasedScreen');

interface VaultGateProps {
  children: ReactNode;
  demoPassphrase?: string | undefined;
}

/**
 * Nothing of a case is rendered unless the vault is unlocked. Locking (button, idle time, another
 * cause) unmounts the pages at once and empties the query cache (src/queries/storage-bridge.ts), so
 * no decrypted data stays in memory.
 */
export function VaultGate({ children, demoPassphrase }: VaultGateProps) {
  const { t } = useTranslation('common');
  const state = useQuery(vaultQueries.state());
  const unlocked = state.data === 'unlocked';
  // The idle time matters only while unlocked (the unlock screen does not load the settings).
  const settings = useQuery({ ...deviceQueries.settings(), enabled: unlocked });
  useIdleLock(settings.data?.idleLockMinutes ?? 10, lockVault, unlocked);

  const loading = <p>{t('loading')}</p>;
  if (state.isError)
    return (
      <p role="alert" className="banner banner-error">
        {t('storage.unavailable')}
      </p>
    );
  // While the database opens, the screen this device most likely needs: it takes input at once, and
  // what it does waits for the database (src/storage/storage.ts).
  const shown = state.data ?? expectedVaultState();
  if (shown === 'absent')
    return (
      <Suspense fallback={loading}>
        <SetupVaultScreen />
      </Suspense>
    );
  if (shown === 'erased')
    return (
      <Suspense fallback={loading}>
        <ErasedScreen />
      </Suspense>
    );
  if (shown === 'locked') return <UnlockScreen demoPassphrase={demoPassphrase} />;
  return <WithEveryText>{children}</WithEveryText>;
}

/**
 * The pages once unlocked, after every namespace of the UI language has loaded (it suspends until
 * then, and again after a change of language): a text of another namespace never shows as its key.
 */
function WithEveryText({ children }: { children: ReactNode }) {
  useTranslation([...NAMESPACES]);
  return <>{children}</>;
}
