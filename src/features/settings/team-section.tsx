import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { syncNow, syncQueries, useStartTeam, useSyncState } from '../../queries/sync-runner';

/**
 * Sharing with the team (issue 14): the association's first device starts the team here; a device
 * in the team says so and can share at once. Admitting a colleague's device comes next.
 */
export function TeamSection() {
  const { t } = useTranslation('settings');
  const inTeam = useQuery(syncQueries.team()).data;
  const startTeam = useStartTeam();
  const { status } = useSyncState();
  const failure =
    startTeam.error?.name === 'TeamExistsError' ? 'exists' : startTeam.error ? 'failed' : undefined;
  return (
    <section className="panel" aria-labelledby="team-title">
      <h2 id="team-title">{t('team.title')}</h2>
      <p>{t('team.intro')}</p>
      {inTeam === false ? (
        <>
          <p>{t('team.none')}</p>
          <p className="field-hint">{t('team.startExplain')}</p>
          <div className="actions">
            <button
              type="button"
              className="button"
              disabled={startTeam.isPending}
              onClick={() => startTeam.mutate()}
            >
              {t('team.start')}
            </button>
          </div>
          {failure ? (
            <p role="alert" className="banner banner-error">
              {t(`team.${failure}`)}
            </p>
          ) : null}
        </>
      ) : null}
      {inTeam ? (
        <>
          <p>{t('team.active')}</p>
          <div className="actions">
            <button
              type="button"
              className="button"
              disabled={status?.kind === 'syncing'}
              onClick={() => void syncNow()}
            >
              {t('team.syncNow')}
            </button>
          </div>
        </>
      ) : null}
    </section>
  );
}
