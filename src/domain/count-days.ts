/** Day counts between plain dates (D1), for "days left" and for dates relative to today. */
import { ChronoUnit } from '@js-joda/core';
import { formatPlainDate, parsePlainDate } from './parse-plain-date';
import type { PlainDate } from './plain-date-schema';

/** Days from `from` to `to`: 0 on the same day, 1 the day after, negative when `to` is past. */
export function countDaysUntil(from: PlainDate, to: PlainDate): number {
  return parsePlainDate(from, 'from').until(parsePlainDate(to, 'to'), ChronoUnit.DAYS);
}

/** The plain date `days` days after (or before, when negative) `date`. */
export function shiftDays(date: PlainDate, days: number): PlainDate {
  if (!Number.isInteger(days)) throw new RangeError('days: expected a whole number');
  return formatPlainDate(parsePlainDate(date, 'date').plusDays(days));
}
