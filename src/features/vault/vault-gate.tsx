import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { deviceQueries, lockVault, vaultQueries } from '../../queries/vault-queries';
import { ErasedScreen } from './erased-screen';
import { SetupVaultScreen } from './setup-vault-screen';
import { UnlockScreen } from './unlock-screen';
import { useIdleLock } from './use-idle-lock';
import './vault.css';

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
  const settings = useQuery(deviceQueries.settings());
  const unlocked = state.data === 'unlocked';
  useIdleLock(settings.data?.idleLockMinutes ?? 10, lockVault, unlocked);

  if (state.isPending) return <p>{t('loading')}</p>;
  if (state.data === 'absent') return <SetupVaultScreen />;
  if (state.data === 'erased') return <ErasedScreen />;
  if (state.data === 'locked') return <UnlockScreen demoPassphrase={demoPassphrase} />;
  return <>{children}</>;
}
