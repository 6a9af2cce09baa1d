/** Dates and numbers always go through Intl, in the UI language; formatters are made once and kept. */

type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat;

const formatters = new Map<string, Formatter>();

function cached<T extends Formatter>(key: string, make: () => T): T {
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter as T;
}

/**
 * A plain calendar date 'YYYY-MM-DD' shown in the UI language. Formatted in UTC from its parts so
 * no time zone can move it to the day before (docs/rules.md D1).
 */
export function formatPlainDate(
  plainDate: string,
  language: string,
  style: 'long' | 'medium' | 'short' = 'long',
): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(plainDate);
  if (!match) return plainDate;
  const [, year, month, day] = match;
  const instant = Date.UTC(Number(year), Number(month) - 1, Number(day));
  return cached(
    `date|${language}|${style}`,
    () => new Intl.DateTimeFormat(language, { dateStyle: style, timeZone: 'UTC' }),
  ).format(instant);
}

/** An instant (ISO string with time) shown as date and time in the user's zone. */
export function formatInstant(iso: string, language: string): string {
  return cached(
    `instant|${language}`,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(new Date(iso));
}

/** How long ago, in whole days, in the UI language: "today", "yesterday", "18 days ago". */
export function formatDaysAgo(days: number, language: string): string {
  return cached(
    `ago|${language}`,
    () => new Intl.RelativeTimeFormat(language, { numeric: 'auto' }),
  ).format(-days, 'day');
}

export function formatNumber(value: number, language: string): string {
  return cached(`number|${language}`, () => new Intl.NumberFormat(language)).format(value);
}
