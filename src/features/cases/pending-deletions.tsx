import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  dismissDeletion,
  undoDeletion,
  usePendingDeletions,
  UNDO_DELETE_MS,
  type PendingDeletion,
} from '../../queries/case-deletion';
import { syncQueries } from '../../queries/sync-runner';
import { useSecondsLeft } from '../../ui/use-seconds-left';

/** Above every page: each case about to be erased, with its undo and the seconds left. */
export function PendingDeletions() {
  const deletions = usePendingDeletions();
  if (deletions.length === 0) return null;
  return (
    <div className="pending-deletions">
      {deletions.map((deletion) => (
        <PendingDeletionBanner key={deletion.caseId} deletion={deletion} />
      ))}
    </div>
  );
}

function PendingDeletionBanner({ deletion }: { deletion: PendingDeletion }) {
  const { t } = useTranslation('cases');
  const shared = useQuery(syncQueries.team()).data === true;
  const seconds = useSecondsLeft(deletion.until);
  if (deletion.failed)
    return (
      <div role="alert" className="banner banner-error pending-deletion">
        <p>{t('data.deleteFailedLater', { label: deletion.label })}</p>
        <button type="button" className="button" onClick={() => dismissDeletion(deletion.caseId)}>
          {t('data.dismiss')}
        </button>
      </div>
    );
  return (
    <div role="status" className="banner banner-warning pending-deletion">
      <p>
        {t(shared ? 'data.deletingShared' : 'data.deleting', {
          label: deletion.label,
          count: seconds ?? UNDO_DELETE_MS / 1000,
        })}
      </p>
      <button type="button" className="button" onClick={() => undoDeletion(deletion.caseId)}>
        {t('data.undoDelete')}
      </button>
    </div>
  );
}
