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
  return formatWithOrdinal(
    cached(
      `date|${language}|${style}`,
      () => new Intl.DateTimeFormat(language, { dateStyle: style, timeZone: 'UTC' }),
    ),
    instant,
    language,
  );
}

/**
 * French writes the first of the month as an ordinal, "1er décembre", where Intl gives
 * "1 décembre"; only when the month is a word (not in "01/12/2026"), and only in French.
 */
function formatWithOrdinal(
  formatter: Intl.DateTimeFormat,
  value: number | Date,
  language: string,
): string {
  if (language !== 'fr' && !language.startsWith('fr-')) return formatter.format(value);
  const parts = formatter.formatToParts(value);
  const isMonthAWord = parts.some((part) => part.type === 'month' && !/^\d+$/.test(part.value));
  return parts
    .map((part) => (isMonthAWord && part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

/** An instant (ISO string with time) shown as date and time in the user's zone. */
export function formatInstant(iso: string, language: string): string {
  return formatWithOrdinal(
    cached(
      `instant|${language}`,
      () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }),
    ),
    new Date(iso),
    language,
  );
}

/** How long ago, in whole days, in the UI language: "today", "yesterday", "18 days ago". */
export function formatDaysAgo(days: number, language: string): string {
  return cached(
    `ago|${language}`,
    () => new Intl.RelativeTimeFormat(language, { numeric: 'auto' }),
  ).format(-days, 'day');
}

/**
 * A file's size in the UI language's own unit words ("12 ko", "12 kB", "1,5 MB"). Decimal units,
 * as the online filing counts its 10 MB limit; a size under 1 kB still shows as 1 kB, never 0.
 */
export function formatFileSize(bytes: number, language: string): string {
  const kilobytes = Math.max(1, Math.ceil(bytes / 1000));
  if (kilobytes >= 1000)
    return cached(
      `size|${language}|megabyte`,
      () =>
        new Intl.NumberFormat(language, {
          style: 'unit',
          unit: 'megabyte',
          unitDisplay: 'short',
          maximumFractionDigits: 1,
        }),
    ).format(bytes / 1_000_000);
  return cached(
    `size|${language}|kilobyte`,
    () =>
      new Intl.NumberFormat(language, {
        style: 'unit',
        unit: 'kilobyte',
        unitDisplay: 'short',
        maximumFractionDigits: 0,
      }),
  ).format(kilobytes);
}

export function formatNumber(value: number, language: string): string {
  return cached(`number|${language}`, () => new Intl.NumberFormat(language)).format(value);
}
