import { useTranslation } from 'react-i18next';
import { useAcknowledgeErasure } from '../../queries/vault-queries';
import { PageTitle } from '../../ui/page-title';

/**
 * This device had a vault and its database is gone: the browser erased it (storage pressure, site
 * data cleared). Said plainly, with the way back (a backup), never as if the device were new.
 */
export function ErasedScreen() {
  const { t } = useTranslation(['vault', 'common']);
  const acknowledge = useAcknowledgeErasure();
  return (
    <section className="vault-screen">
      <PageTitle appName={t('common:appName')}>{t('erased.title')}</PageTitle>
      <p role="alert" className="banner banner-error">
        {t('erased.body')}
      </p>
      <p>{t('erased.restore')}</p>
      <p className="field-hint">{t('erased.noBackup')}</p>
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          disabled={acknowledge.isPending}
          onClick={() => acknowledge.mutate(undefined)}
        >
          {t('erased.continue')}
        </button>
      </div>
    </section>
  );
}
