import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDaysAgo } from '../../i18n/format';
import { caseQueries } from '../../queries/case-queries';
import { deviceQueries, useUpdateDeviceSettings, vaultQueries } from '../../queries/vault-queries';
import { localToday, useToday } from '../../ui/use-today';
import { BACKUP_SECTION_ID } from './backup-section';
import { countDaysSince, isBackupReminderDue } from './is-backup-reminder-due';
import './backup-reminder.css';

/** The local day of an instant: the day the worker saw it happen. */
const localDayOf = (iso: string | null | undefined) =>
  iso ? localToday(new Date(iso)) : undefined;

/**
 * Above every page while unlocked: a calm reminder that the last backup is older than the worker
 * chose (Settings), with the way to the backup and a "tomorrow" that quiets it for the day.
 * A polite status, not an alert: it is advice, never an error.
 */
export function BackupReminder() {
  const { t, i18n } = useTranslation('settings');
  const today = useToday();
  const unlocked = useQuery(vaultQueries.state()).data === 'unlocked';
  const settings = useQuery({ ...deviceQueries.settings(), enabled: unlocked });
  const createdAt = useQuery({ ...vaultQueries.createdAt(), enabled: unlocked });
  const lastBackupOn = localDayOf(settings.data?.lastBackupAt);
  // Only a device that never made a backup asks whether it holds cases (the list is shared and
  // cached: the navigation's badge reads it anyway).
  const hasCases = useQuery({
    ...caseQueries.list(),
    enabled: unlocked && settings.isSuccess && lastBackupOn === undefined,
    select: (list) => list.length > 0,
  });
  const update = useUpdateDeviceSettings();

  if (!unlocked || !settings.data) return null;
  const due = isBackupReminderDue({
    today,
    lastBackupOn,
    reminderDays: settings.data.backupReminderDays,
    dismissedOn: settings.data.backupReminderDismissedOn,
    vaultCreatedOn: localDayOf(createdAt.data),
    hasCases: hasCases.data === true,
  });
  if (!due) return null;

  return (
    <div role="status" className="banner app-banner backup-reminder">
      <p>
        {lastBackupOn === undefined
          ? t('reminder.never')
          : t('reminder.overdue', {
              ago: formatDaysAgo(countDaysSince(lastBackupOn, today), i18n.language),
            })}
      </p>
      <div className="actions">
        <Link className="button button-primary" to={`/settings#${BACKUP_SECTION_ID}`}>
          {t('reminder.go')}
        </Link>
        <button
          type="button"
          className="button"
          disabled={update.isPending}
          onClick={() => update.mutate({ backupReminderDismissedOn: today })}
        >
          {t('reminder.dismiss')}
        </button>
      </div>
    </div>
  );
}
