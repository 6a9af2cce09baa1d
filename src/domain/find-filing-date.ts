/**
 * The day the documents are checked for: the planned filing date, or today when none is planned
 * or when the planned day has passed (a document must be usable on the day it is actually filed).
 */
import type { PlainDate } from './plain-date-schema';

export function findFilingDate(
  plannedFilingOn: PlainDate | undefined,
  today: PlainDate,
): PlainDate {
  return plannedFilingOn !== undefined && plannedFilingOn > today ? plannedFilingOn : today;
}
