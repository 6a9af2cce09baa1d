import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSyncConflicts } from '../queries/conflict-queries';
import { useSyncState } from '../queries/sync-runner';

/** From how many changes a round's pull says "n of N" instead of "Sharing…". */
const RECEIVING_SHOWN = 200;

/**
 * How sharing with the team stands, in a word, beside "Offline": shared, sharing, how many changes
 * wait, or what stops it. Nothing while this device is not in a team.
 */
export function SyncIndicator() {
  const { t } = useTranslation('common');
  const { status, pending, setAside } = useSyncState();
  const conflicts = new Set((useSyncConflicts().data ?? []).map((conflict) => conflict.caseId))
    .size;
  if (status && status.kind !== 'syncing' && conflicts > 0)
    return (
      <p role="status" className="sync-indicator">
        <Link to="/cases" className="sync-indicator-conflicts">
          {t('sync.conflicts', { count: conflicts })}
        </Link>
      </p>
    );
  if (status && status.kind !== 'syncing' && setAside > 0)
    return (
      <p role="status" className="sync-indicator">
        <Link to="/settings" className="sync-indicator-conflicts">
          {t('sync.setAside', { count: setAside })}
        </Link>
      </p>
    );
  let label: string | undefined;
  if (!status) label = undefined;
  else if (status.kind === 'signed-out') label = t('sync.signedOut');
  else if (status.kind === 'refused') label = t('sync.refused');
  else if (status.kind === 'syncing')
    // A long pull (a new device's first, or after days offline) says how far it is.
    label =
      status.total !== undefined && status.received !== undefined && status.total > RECEIVING_SHOWN
        ? t('sync.receiving', { received: status.received, total: status.total })
        : t('sync.sharing');
  else if (pending > 0) label = t('sync.pending', { count: pending });
  else if (status.kind === 'waiting') label = t('sync.retrying');
  else if (status.kind === 'idle') label = t('sync.shared');
  return (
    <p role="status" className="sync-indicator">
      {label ? <span title={t('sync.explain')}>{label}</span> : null}
    </p>
  );
}
