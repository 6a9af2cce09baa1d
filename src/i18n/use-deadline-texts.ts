import { useTranslation } from 'react-i18next';
import { formatPlainDate } from './format';

/** What a deadline line says, whatever the feature showing it (case page, dashboard, calendar). */
export interface DeadlineTextsInput {
  code: string;
  due: string;
  opens?: string | undefined;
  status: 'pending' | 'open' | 'overdue' | 'met';
  /** Days from today to the due date (negative once past), and to the opening of a window. */
  daysToDue: number;
  daysToOpen?: number | undefined;
  /** A met deadline: the day it was answered, and whether that was after its due date. */
  answeredOn?: string | undefined;
  late?: boolean | undefined;
  /** What answered it, in words ("complaint filed"), when the screen knows. */
  answeredBy?: string | undefined;
  /** A date that only marks a moment (a birthday, the day silence becomes a refusal). */
  milestone?: boolean | undefined;
}

export interface DeadlineTexts {
  title: string;
  dates: string;
  remaining: string;
  status: string;
}

type DeadlineT = ReturnType<typeof useTranslation<'assessment'>>['t'];

/** A deadline's name ("End of the reflection period"). */
export function deadlineTitle(t: DeadlineT, deadline: Pick<DeadlineTextsInput, 'code'>): string {
  return t(`deadline.${deadline.code}` as 'deadline.fr.majority', { defaultValue: deadline.code });
}

/** What remains ("12 days left", "3 days late", "Met: … on …"), for lists that show only that. */
export function deadlineRemaining(
  t: DeadlineT,
  language: string,
  deadline: DeadlineTextsInput,
): string {
  const date = (value: string) => formatPlainDate(value, language);
  if (deadline.status === 'met')
    return !deadline.answeredOn
      ? t('status.met')
      : deadline.answeredBy
        ? t(deadline.late ? 'answeredByLate' : 'answeredBy', {
            what: deadline.answeredBy,
            date: date(deadline.answeredOn),
          })
        : t(deadline.late ? 'answeredLate' : 'answeredOn', { date: date(deadline.answeredOn) });
  if (deadline.milestone)
    return deadline.daysToDue < 0
      ? t('milestoneReached', { date: date(deadline.due) })
      : t('daysLeft', { count: deadline.daysToDue });
  if (deadline.status === 'pending' && deadline.daysToOpen !== undefined)
    return t('opensIn', { count: deadline.daysToOpen });
  if (deadline.daysToDue < 0) return t('daysLate', { count: -deadline.daysToDue });
  if (deadline.daysToDue === 0) return t('dueToday');
  return t('daysLeft', { count: deadline.daysToDue });
}

export function useDeadlineTexts(): (deadline: DeadlineTextsInput) => DeadlineTexts {
  const { t, i18n } = useTranslation('assessment');
  const date = (value: string) => formatPlainDate(value, i18n.language);
  return (deadline) => {
    const dates = deadline.opens
      ? t('window', { opens: date(deadline.opens), due: date(deadline.due) })
      : deadline.milestone
        ? t('milestoneOn', { date: date(deadline.due) })
        : t('due', { date: date(deadline.due) });
    const status =
      deadline.milestone && deadline.status !== 'met'
        ? t('milestone')
        : t(`status.${deadline.status}`);
    return {
      title: deadlineTitle(t, deadline),
      dates,
      remaining: deadlineRemaining(t, i18n.language, deadline),
      status,
    };
  };
}
