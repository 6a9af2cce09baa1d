/**
 * docs/rules.md D3: time to act "within N days/months after event E" — the day of E is not counted.
 */
import type { LocalDate } from '@js-joda/core';
import { formatPlainDate, parsePlainDate, toLocalDate } from './parse-plain-date';
import type { PlainDate } from './plain-date-schema';
import { readLength } from './read-length';

/** The length of a time to act: months (same day-number, clamped to the month's end), then days. */
export interface TimeToAct {
  days?: number;
  months?: number;
}

/**
 * D3 on LocalDate. js-joda's plusMonths keeps the day-number and clamps to the last day of the
 * target month when it does not exist, which is exactly D3 (2025-01-31 + 1 month → 2025-02-28).
 * No weekend or holiday shift: the app is conservative (courts sometimes extend; never rely on it).
 */
export function addTimeToActOn(event: LocalDate, months: number, days: number): LocalDate {
  return event.plusMonths(months).plusDays(days);
}

/** docs/rules.md D3: the last day to act after an event on `event` (E + N days, or N months). */
export function addTimeToAct(event: PlainDate, time: TimeToAct): PlainDate {
  const from = parsePlainDate(event, 'event');
  const { months, days } = readLength(time, 'addTimeToAct');
  return formatPlainDate(addTimeToActOn(from, months, days));
}

/** D3 for lengths the rule packs hold (already valid): the last day to act `length` after `on`. */
export function addTimeLength(on: PlainDate, length: { months: number; days: number }): PlainDate {
  return formatPlainDate(addTimeToActOn(toLocalDate(on), length.months, length.days));
}
