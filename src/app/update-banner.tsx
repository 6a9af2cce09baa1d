import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncState } from '../queries/sync-runner';
import { useHasUnsavedWork } from '../ui/leave-guard';
import { applyUpdate, isUpdateReady, subscribeUpdateReady } from './app-update';

/**
 * "A new version is ready": applied when the user agrees, never while some typing is not saved
 * (the reload would lock the app and leave it to a draft, or lose it), nor while a round of sharing
 * with the team is under way (its batch is written down and would be sent again, but a reload in
 * the middle makes the person wait for nothing).
 */
export function UpdateBanner() {
  const { t } = useTranslation('common');
  const ready = useSyncExternalStore(subscribeUpdateReady, isUpdateReady);
  const unsaved = useHasUnsavedWork();
  const sharing = useSyncState().status?.kind === 'syncing';
  if (!ready) return null;
  const waiting = unsaved ? t('update.waiting') : sharing ? t('update.waitingSync') : undefined;
  return (
    <div className="banner banner-info update-banner" role="region" aria-label={t('update.label')}>
      <p>
        <strong>{t('update.ready')}</strong> {waiting ?? t('update.explain')}
      </p>
      {waiting ? null : (
        <button type="button" className="button button-primary" onClick={applyUpdate}>
          {t('update.apply')}
        </button>
      )}
    </div>
  );
}
