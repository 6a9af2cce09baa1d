import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { lockVault, vaultQueries } from '../../queries/vault-queries';

/** Locks the vault now; shown only while it is unlocked. */
export function LockButton() {
  const { t } = useTranslation('vault');
  const state = useQuery(vaultQueries.state());
  if (state.data !== 'unlocked') return null;
  return (
    <button type="button" className="button button-lock" onClick={lockVault}>
      {t('lock')}
    </button>
  );
}
