import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useToday } from '../../ui/use-today';
import { collectDeadlines } from './collect-deadlines';
import { deadlineQueries } from './deadline-queries';

/** Beside "Deadlines" in the navigation: how many are overdue or due within a week. */
export function DeadlineBadge() {
  const { t } = useTranslation('deadlines');
  const today = useToday();
  const unlocked = useQuery(deadlineQueries.vaultState()).data === 'unlocked';
  // Shares the case list's query: one decryption of the cases for the list, the badge and the dashboard.
  const cases = useQuery({ ...deadlineQueries.cases(), enabled: unlocked });
  if (!cases.data) return null;
  const urgent = collectDeadlines(cases.data, today).filter(
    (d) => d.urgency === 'overdue' || d.urgency === 'week',
  ).length;
  if (urgent === 0) return null;
  return (
    <span className="nav-badge" aria-label={t('badge', { count: urgent })}>
      {urgent}
    </span>
  );
}
