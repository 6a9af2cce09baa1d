/** docs/rules.md D6: ages and anniversaries (birthdays, "more than 10 years" of residence). */
import type { LocalDate } from '@js-joda/core';
import { formatPlainDate, parsePlainDate } from './parse-plain-date';
import type { PlainDate } from './plain-date-schema';

/**
 * D6 on LocalDate: the same day-number `years` later. js-joda clamps 29 February to the 28th in a
 * common year; D6 says a person born on 29 February comes of age on 1 March, so step one day on.
 */
export function findAnniversaryOf(date: LocalDate, years: number): LocalDate {
  const sameDay = date.plusYears(years);
  return sameDay.dayOfMonth() === date.dayOfMonth() ? sameDay : sameDay.plusDays(1);
}

/** D6 on LocalDate: the number of anniversaries of `from` reached on `on` (an age). */
export function countFullYearsOn(from: LocalDate, on: LocalDate): number {
  const years = on.year() - from.year();
  return findAnniversaryOf(from, years).isAfter(on) ? years - 1 : years;
}

/**
 * docs/rules.md D6: the day `years` after `date` (the 18th birthday of a person born on `date`).
 */
export function findAnniversary(date: PlainDate, years: number): PlainDate {
  const from = parsePlainDate(date, 'date');
  if (!Number.isInteger(years) || years < 0) {
    throw new RangeError('findAnniversary: years must be a whole number ≥ 0');
  }
  return formatPlainDate(findAnniversaryOf(from, years));
}

/** docs/rules.md D6: the age on `on` of a person born on `birth` (negative before birth). */
export function countFullYears(birth: PlainDate, on: PlainDate): number {
  return countFullYearsOn(parsePlainDate(birth, 'birth'), parsePlainDate(on, 'on'));
}
