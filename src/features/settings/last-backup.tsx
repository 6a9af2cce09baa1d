import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDaysAgo, formatPlainDate } from '../../i18n/format';
import { deviceQueries } from '../../queries/vault-queries';
import { localToday, useToday } from '../../ui/use-today';
import { countDaysSince } from './is-backup-reminder-due';

/** "Last backup: 12 November 2026 (18 days ago)", or that this device never made one. */
export function LastBackup() {
  const { t, i18n } = useTranslation('settings');
  const today = useToday();
  const settings = useQuery(deviceQueries.settings());
  if (!settings.data) return null;
  const { lastBackupAt } = settings.data;
  if (!lastBackupAt) return <p className="last-backup">{t('backup.never')}</p>;
  const day = localToday(new Date(lastBackupAt));
  return (
    <p className="last-backup">
      {t('backup.last', {
        date: formatPlainDate(day, i18n.language),
        ago: formatDaysAgo(countDaysSince(day, today), i18n.language),
      })}
    </p>
  );
}
