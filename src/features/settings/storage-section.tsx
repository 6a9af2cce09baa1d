import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { deviceQueries } from '../../queries/vault-queries';

function megabytes(bytes: number | undefined, language: string): string {
  return bytes === undefined
    ? '—'
    : formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10, language);
}

/** Whether the browser promised to keep the data, and how much room it takes. */
export function StorageSection() {
  const { t, i18n } = useTranslation('settings');
  const storage = useQuery(deviceQueries.storage());
  const persisted = storage.data?.persisted;
  return (
    <section className="panel" aria-labelledby="settings-storage">
      <h2 id="settings-storage">{t('storage.title')}</h2>
      <dl className="facts">
        <dt>{t('storage.persistence')}</dt>
        <dd>
          {persisted === undefined
            ? t('storage.persistenceUnknown')
            : persisted
              ? t('storage.persisted')
              : t('storage.notPersisted')}
        </dd>
        <dt>{t('storage.usage')}</dt>
        <dd>
          {t('storage.usageValue', {
            used: megabytes(storage.data?.usage, i18n.language),
            quota: megabytes(storage.data?.quota, i18n.language),
          })}
        </dd>
      </dl>
      {persisted === false ? <p className="field-hint">{t('storage.notPersistedHint')}</p> : null}
    </section>
  );
}
