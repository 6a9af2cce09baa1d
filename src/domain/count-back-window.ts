/**
 * docs/rules.md D4: windows counted back from a last valid day X, in exact days (never "4 months").
 */
import type { LocalDate } from '@js-joda/core';
import { formatPlainDate, parsePlainDate } from './parse-plain-date';
import type { PlainDate } from './plain-date-schema';

/** "Between the 120th and the 60th day before X": opensDaysBefore 120, closesDaysBefore 60. */
export interface CountBack {
  opensDaysBefore: number;
  closesDaysBefore: number;
}

export interface DateWindow<D> {
  opens: D;
  closes: D;
}

/** D4 on LocalDate: opens X − opensDaysBefore, closes X − closesDaysBefore (both days included). */
export function countBackWindowFrom(last: LocalDate, window: CountBack): DateWindow<LocalDate> {
  return {
    opens: last.minusDays(window.opensDaysBefore),
    closes: last.minusDays(window.closesDaysBefore),
  };
}

function isDayCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

/**
 * docs/rules.md D4: the window counted back from `last` (a last valid day). Throws a RangeError
 * when a count is not a whole number ≥ 0 or the window would close before it opens.
 */
export function countBackWindow(last: PlainDate, window: CountBack): DateWindow<PlainDate> {
  const x = parsePlainDate(last, 'last');
  if (!isDayCount(window.opensDaysBefore) || !isDayCount(window.closesDaysBefore)) {
    throw new RangeError('countBackWindow: day counts must be whole numbers ≥ 0');
  }
  if (window.opensDaysBefore < window.closesDaysBefore) {
    throw new RangeError('countBackWindow: the window must open before it closes');
  }
  const { opens, closes } = countBackWindowFrom(x, window);
  return { opens: formatPlainDate(opens), closes: formatPlainDate(closes) };
}
