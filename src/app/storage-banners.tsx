import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { subscribeToStorage } from '../storage/storage';
import { dismissStorageAlert, raiseStorageAlert, useStorageAlerts } from './storage-alerts';

/** The banners about the device's storage, shown above every page. */
export function StorageBanners() {
  const { t } = useTranslation('common');
  const alerts = useStorageAlerts();
  useEffect(
    () =>
      subscribeToStorage((event) => {
        if (event.type === 'version-change') raiseStorageAlert('newerVersion');
      }),
    [],
  );
  return (
    <>
      {alerts.full ? (
        <div role="alert" className="banner banner-error app-banner">
          <p>{t('storage.full')}</p>
          <button type="button" className="button" onClick={() => dismissStorageAlert('full')}>
            {t('storage.dismiss')}
          </button>
        </div>
      ) : null}
      {alerts.newerVersion ? (
        <div role="alert" className="banner banner-warning app-banner">
          <p>{t('storage.newerVersion')}</p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => window.location.reload()}
          >
            {t('storage.reload')}
          </button>
        </div>
      ) : null}
    </>
  );
}
