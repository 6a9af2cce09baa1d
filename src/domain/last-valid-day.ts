/** docs/rules.md D2: validity "N days/months/years from S" — the start day counts. */
import type { LocalDate } from '@js-joda/core';
import { formatPlainDate, parsePlainDate } from './parse-plain-date';
import type { PlainDate } from './plain-date-schema';
import { readLength, type DateLength } from './read-length';

/**
 * D2 on LocalDate. The exclusive end is the same day-number `months` later; when that day-number
 * does not exist in the target month the end rolls to the 1st of the following month, so the day
 * before it is the last day of the target month (2023-01-31 + 1 month → 2023-02-28, not 02-27).
 * Then `days` are added; the last valid day is the day before the exclusive end.
 */
export function addValidity(start: LocalDate, months: number, days: number): LocalDate {
  const targetMonth = start.withDayOfMonth(1).plusMonths(months);
  const exclusiveEnd =
    start.dayOfMonth() > targetMonth.lengthOfMonth()
      ? targetMonth.plusMonths(1)
      : targetMonth.withDayOfMonth(start.dayOfMonth());
  return exclusiveEnd.plusDays(days - 1);
}

/**
 * docs/rules.md D2: the last valid day of a document valid for `length` from `start`. Years and
 * months are applied first, then days; parts must be whole numbers ≥ 0 and the total positive,
 * else it throws a RangeError. Example: 2023-09-18 + 1 year → 2024-09-17.
 */
export function lastValidDay(start: PlainDate, length: DateLength): PlainDate {
  const from = parsePlainDate(start, 'start');
  const { months, days } = readLength(length, 'lastValidDay');
  return formatPlainDate(addValidity(from, months, days));
}
