import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isMilestone } from '../../domain';
import { useCaseOverviews } from '../../queries/case-overviews';
import { vaultQueries } from '../../queries/vault-queries';
import { useToday } from '../../ui/use-today';
import { collectDeadlines } from './collect-deadlines';

/** Beside "Deadlines" in the navigation: how many are overdue or due within a week. */
export function DeadlineBadge() {
  const { t } = useTranslation('deadlines');
  const today = useToday();
  const unlocked = useQuery(vaultQueries.state()).data === 'unlocked';
  // The same derived data as the case list and the dashboard: each case is assessed once for all.
  const { overviews } = useCaseOverviews(today, { enabled: unlocked });
  const urgent = useMemo(
    () =>
      overviews
        ? collectDeadlines(overviews).filter(
            // A milestone (an 18th birthday, the day silence becomes a refusal) is not a task.
            (d) => !isMilestone(d.code) && (d.urgency === 'overdue' || d.urgency === 'week'),
          ).length
        : 0,
    [overviews],
  );
  if (urgent === 0) return null;
  return (
    <span className="nav-badge" aria-label={t('badge', { count: urgent })}>
      {urgent}
    </span>
  );
}
