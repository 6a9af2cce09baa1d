/**
 * When the app reminds the worker to make a backup, their only copy if the laptop is lost or the
 * browser erases the database. Plain dates in, a yes or no out: `today` is always an argument.
 */
import { countDaysUntil, type PlainDate } from '../../domain';

export interface BackupReminderFacts {
  today: PlainDate;
  /** The local day this device last produced a backup file; undefined if it never did. */
  lastBackupOn: PlainDate | undefined;
  /** Days after which to remind; null: the worker chose never to be reminded. */
  reminderDays: number | null;
  /** The day the worker put the reminder aside, if any. */
  dismissedOn: PlainDate | undefined;
  /** The local day the vault was set up on this device. */
  vaultCreatedOn: PlainDate | undefined;
  /** Whether the vault holds at least one case: an empty vault has nothing to lose. */
  hasCases: boolean;
}

/** Whole days from `since` to `today`; never negative, even when the clock was moved back. */
export function countDaysSince(since: PlainDate, today: PlainDate): number {
  return Math.max(0, countDaysUntil(since, today));
}

/**
 * Due once `reminderDays` days have passed since the last backup (made on the 1st, reminded every
 * 7 days: due from the 8th), or, on a device that never made one, since the vault was set up, as
 * soon as it holds a case. Put aside, it stays quiet for the rest of that day.
 */
export function isBackupReminderDue(facts: BackupReminderFacts): boolean {
  const { today, lastBackupOn, reminderDays, dismissedOn, vaultCreatedOn, hasCases } = facts;
  if (reminderDays === null || dismissedOn === today) return false;
  if (lastBackupOn !== undefined) return countDaysSince(lastBackupOn, today) >= reminderDays;
  if (!hasCases || vaultCreatedOn === undefined) return false;
  return countDaysSince(vaultCreatedOn, today) >= reminderDays;
}
