import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/page-title';

export function DeadlinesPage() {
  const { t } = useTranslation(['deadlines', 'common']);
  return (
    <section>
      <PageTitle appName={t('common:appName')}>{t('title')}</PageTitle>
      <p className="empty">{t('empty')}</p>
    </section>
  );
}
