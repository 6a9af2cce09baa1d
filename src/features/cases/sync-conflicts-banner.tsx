import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSyncConflicts } from '../../queries/conflict-queries';

/**
 * Above the list: the cases with a conflict to resolve (issue 14), each a link to its case, where
 * both values wait side by side. Only the case's pseudonym is shown, as in the list itself.
 */
export const SyncConflictsBanner = memo(function SyncConflictsBanner({
  labelOf,
}: {
  labelOf: (caseId: string) => string | undefined;
}) {
  const { t } = useTranslation('cases');
  const conflicts = useSyncConflicts().data ?? [];
  const caseIds = [...new Set(conflicts.map((conflict) => conflict.caseId))];
  if (caseIds.length === 0) return null;
  return (
    <section
      className="banner banner-warning sync-conflicts-banner"
      aria-labelledby="sync-conflicts-title"
    >
      <h2 id="sync-conflicts-title">{t('syncConflict.listTitle', { count: caseIds.length })}</h2>
      <p>{t('syncConflict.listIntro')}</p>
      <ul>
        {caseIds.map((caseId) => (
          <li key={caseId}>
            <Link to={`/cases/${caseId}`}>{labelOf(caseId) ?? t('syncConflict.unknownCase')}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
});
