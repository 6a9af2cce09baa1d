import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { caseQueries } from '../../queries/case-queries';
import { syncQueries, useRetrySetAside, useSyncState } from '../../queries/sync-runner';

/**
 * The changes the server refused (or answered as if it had gone back in time): kept on this device,
 * intact, and never sent again by themselves, so that a refusal does not repeat forever (issue 14).
 * Listed by case, with what it means and a way to send them again once the cause is put right.
 */
export function SetAsideChanges() {
  const { t } = useTranslation('settings');
  const { setAside: count, status } = useSyncState();
  const records = useQuery({ ...syncQueries.setAside(), enabled: count > 0 }).data ?? [];
  const retry = useRetrySetAside();
  const caseIds = [...new Set(records.flatMap((record) => (record.caseId ? [record.caseId] : [])))];
  if (count === 0 || records.length === 0) return null;
  return (
    <section className="banner banner-warning" aria-labelledby="set-aside-title">
      <h3 id="set-aside-title">{t('team.setAside.title', { count: caseIds.length })}</h3>
      <p>{t('team.setAside.intro')}</p>
      <ul>
        {caseIds.map((caseId) => (
          <li key={caseId}>
            <CaseLink caseId={caseId} />
          </li>
        ))}
      </ul>
      <p className="field-hint">{t('team.setAside.advice')}</p>
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={retry.isPending || status?.kind === 'syncing'}
          onClick={() => retry.mutate()}
        >
          {t('team.setAside.retry')}
        </button>
      </div>
    </section>
  );
}

function CaseLink({ caseId }: { caseId: string }) {
  const { t } = useTranslation('settings');
  const caseFile = useQuery(caseQueries.detail(caseId)).data;
  if (caseFile === null) return <span>{t('team.setAside.deletedCase')}</span>;
  return <Link to={`/cases/${caseId}`}>{caseFile?.label ?? '…'}</Link>;
}
