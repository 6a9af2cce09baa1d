import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

function subscribe(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** A quiet word in the header while the device has no network: the app works the same. */
export function OfflineIndicator() {
  const { t } = useTranslation('common');
  const online = useSyncExternalStore(subscribe, () => navigator.onLine);
  return (
    <p role="status" className="offline-indicator">
      {online ? null : <span title={t('offline.explain')}>{t('offline.label')}</span>}
    </p>
  );
}
