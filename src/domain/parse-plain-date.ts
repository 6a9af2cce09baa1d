/** Conversions between plain-date strings and js-joda LocalDate (D1: never a JS Date at midnight). */
import { LocalDate } from '@js-joda/core';
import { isPlainDate, type PlainDate } from './plain-date-schema';

/** Converts a plain date already validated by PlainDateSchema; no checks (hot path of assessCase). */
export function toLocalDate(value: PlainDate): LocalDate {
  return LocalDate.of(
    Number(value.slice(0, 4)),
    Number(value.slice(5, 7)),
    Number(value.slice(8, 10)),
  );
}

/** Validates then converts; the RangeError names the argument so a caller can tell which one. */
export function parsePlainDate(value: unknown, field: string): LocalDate {
  if (!isPlainDate(value)) {
    throw new RangeError(`${field}: expected an existing plain date YYYY-MM-DD (D1)`);
  }
  return toLocalDate(value);
}

function padNumber(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Formats a LocalDate as 'YYYY-MM-DD'; a date outside years 0000–9999 is not a plain date. */
export function formatPlainDate(date: LocalDate): PlainDate {
  const year = date.year();
  if (year < 0 || year > 9999) {
    throw new RangeError(`date out of range: year ${String(year)} is not in 0000–9999 (D1)`);
  }
  return `${padNumber(year, 4)}-${padNumber(date.monthValue(), 2)}-${padNumber(date.dayOfMonth(), 2)}`;
}
