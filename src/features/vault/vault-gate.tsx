import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { lock, subscribeToStorage, type VaultState } from '../../storage/storage';
import { SetupVaultScreen } from './setup-vault-screen';
import { UnlockScreen } from './unlock-screen';
import { useIdleLock } from './use-idle-lock';
import { vaultQueries } from './vault-queries';

interface VaultGateProps {
  children: ReactNode;
  demoPassphrase?: string | undefined;
}

const isVaultQuery = (queryKey: readonly unknown[]) =>
  queryKey[0] === 'vault' || queryKey[0] === 'device-settings';

/**
 * Nothing of a case is rendered unless the vault is unlocked. Locking (button, idle time, another
 * cause) unmounts the pages at once and empties the query cache, so no decrypted data stays in memory.
 */
export function VaultGate({ children, demoPassphrase }: VaultGateProps) {
  const { t } = useTranslation('common');
  const queryClient = useQueryClient();
  const state = useQuery(vaultQueries.state());
  const settings = useQuery(vaultQueries.settings());

  const moveTo = useCallback(
    (next: VaultState) => {
      queryClient.setQueryData(vaultQueries.state().queryKey, next);
      if (next !== 'unlocked')
        queryClient.removeQueries({ predicate: (query) => !isVaultQuery(query.queryKey) });
    },
    [queryClient],
  );

  useEffect(
    () =>
      subscribeToStorage((event) => {
        if (event.type === 'locked') moveTo('locked');
        if (event.type === 'changed')
          void queryClient.invalidateQueries({
            predicate: (query) => !isVaultQuery(query.queryKey),
          });
      }),
    [queryClient, moveTo],
  );

  const unlocked = state.data === 'unlocked';
  useIdleLock(settings.data?.idleLockMinutes ?? 10, lock, unlocked);

  if (state.isPending) return <p>{t('loading')}</p>;
  if (state.data === 'absent') return <SetupVaultScreen onDone={() => moveTo('unlocked')} />;
  if (state.data === 'locked') {
    return (
      <UnlockScreen
        onUnlocked={() => moveTo('unlocked')}
        onErased={() => moveTo('absent')}
        demoPassphrase={demoPassphrase}
      />
    );
  }
  return <>{children}</>;
}
