import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/page-title';
import { BackupSection } from './backup-section';
import { LanguageSelect } from './language-select';
import { profileQueries } from '../../queries/profile-queries';
import { SecuritySection } from './security-section';
import { StorageSection } from './storage-section';
import type { DemoColleagueControl } from './demo-colleague-switch';
import { TeamSection } from './team-section';
import './settings.css';

export function SettingsPage({
  demoColleague,
}: {
  /** The demo's fictional colleague (decision 019): given by the app in the demo only. */
  demoColleague?: DemoColleagueControl | undefined;
}) {
  const { t } = useTranslation(['settings', 'common']);
  const profile = useQuery(profileQueries.profile());
  return (
    <section>
      <PageTitle appName={t('common:appName')}>{t('title')}</PageTitle>
      <section className="panel" aria-labelledby="settings-language">
        <h2 id="settings-language">{t('language.title')}</h2>
        <LanguageSelect />
      </section>
      <SecuritySection />
      <StorageSection />
      <BackupSection />
      <TeamSection demoColleague={demoColleague} />
      <section className="panel" aria-labelledby="settings-profile">
        <h2 id="settings-profile">{t('profile.title')}</h2>
        {profile.isPending ? <p>{t('profile.loading')}</p> : null}
        {profile.isError ? (
          <p className="banner banner-warning">{t('profile.unavailable')}</p>
        ) : null}
        {profile.data ? (
          <dl className="facts">
            <dt>{t('profile.association')}</dt>
            <dd>{profile.data.association.name}</dd>
            <dt>{t('profile.country')}</dt>
            <dd>{t(`profile.countries.${profile.data.association.country}`)}</dd>
            <dt>{t('profile.worker')}</dt>
            <dd>{profile.data.worker.displayName}</dd>
          </dl>
        ) : null}
      </section>
    </section>
  );
}
