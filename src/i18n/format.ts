/** Dates and numbers always go through Intl, in the UI language. */

/**
 * A plain calendar date 'YYYY-MM-DD' shown in the UI language. Formatted in UTC from its parts so
 * no time zone can move it to the day before (RULES.md D1).
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
  return new Intl.DateTimeFormat(language, { dateStyle: style, timeZone: 'UTC' }).format(instant);
}

/** An instant (ISO string with time) shown as date and time in the user's zone. */
export function formatInstant(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}
