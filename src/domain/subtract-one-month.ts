/** docs/rules.md D5: "one month before X". */
import type { LocalDate } from '@js-joda/core';
import { formatPlainDate, parsePlainDate } from './parse-plain-date';
import type { PlainDate } from './plain-date-schema';

/**
 * D5 on LocalDate: the same day-number one month earlier, or the last day of that month when the
 * day-number does not exist there; js-joda's minusMonths clamps exactly so (03-31 → 02-28).
 */
export function subtractOneMonthFrom(date: LocalDate): LocalDate {
  return date.minusMonths(1);
}

/** docs/rules.md D5: one month before `date` (2025-03-31 → 2025-02-28). */
export function subtractOneMonth(date: PlainDate): PlainDate {
  return formatPlainDate(subtractOneMonthFrom(parsePlainDate(date, 'date')));
}
