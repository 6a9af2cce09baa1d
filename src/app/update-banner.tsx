import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasUnsavedWork } from '../ui/leave-guard';
import { applyUpdate, isUpdateReady, subscribeUpdateReady } from './app-update';

/**
 * "A new version is ready": applied when the user agrees, never while some typing is not saved
 * (the reload would lock the app and leave it to a draft, or lose it).
 */
export function UpdateBanner() {
  const { t } = useTranslation('common');
  const ready = useSyncExternalStore(subscribeUpdateReady, isUpdateReady);
  const unsaved = useHasUnsavedWork();
  if (!ready) return null;
  return (
    <div className="banner banner-info update-banner" role="region" aria-label={t('update.label')}>
      <p>
        <strong>{t('update.ready')}</strong> {unsaved ? t('update.waiting') : t('update.explain')}
      </p>
      {unsaved ? null : (
        <button type="button" className="button button-primary" onClick={applyUpdate}>
          {t('update.apply')}
        </button>
      )}
    </div>
  );
}
