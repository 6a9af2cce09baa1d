import { describe, expect, it } from 'vitest';
import { formatFileSize, formatInstant, formatPlainDate } from '../../src/i18n/format';

describe('dates in French', () => {
  it.each([
    ['2026-12-01', 'long', '1er décembre 2026'],
    ['2026-12-01', 'medium', '1er déc. 2026'],
    ['2027-01-01', 'long', '1er janvier 2027'],
    ['2026-12-02', 'long', '2 décembre 2026'],
    ['2026-12-11', 'long', '11 décembre 2026'],
    ['2026-12-21', 'long', '21 décembre 2026'],
    ['2026-12-31', 'long', '31 décembre 2026'],
  ] as const)('writes %s (%s) as “%s”: the first of the month is “1er”', (date, style, shown) => {
    expect(formatPlainDate(date, 'fr', style)).toBe(shown);
  });

  it('keeps the numeric short form as Intl writes it (no “1er” in “01/12/2026”)', () => {
    expect(formatPlainDate('2026-12-01', 'fr', 'short')).toBe('01/12/2026');
  });

  it('writes “1er” in a date with its time too', () => {
    expect(formatInstant('2026-12-01T12:00:00', 'fr')).toMatch(/^1er déc\. 2026/);
  });

  it('leaves English and Dutch as Intl writes them', () => {
    expect(formatPlainDate('2026-12-01', 'en')).toBe('December 1, 2026');
    expect(formatPlainDate('2026-12-01', 'nl')).toBe('1 december 2026');
  });
});

describe('file sizes', () => {
  it.each([
    ['fr', 12_300, '13 ko'],
    ['en', 12_300, '13 kB'],
    ['nl', 12_300, '13 kB'],
    ['fr', 1_540_000, '1,5 Mo'],
    ['en', 1_540_000, '1.5 MB'],
    ['nl', 1_540_000, '1,5 MB'],
  ] as const)('%s: %d bytes is “%s”', (language, bytes, shown) => {
    expect(formatFileSize(bytes, language).replace(/\s/g, ' ')).toBe(shown);
  });

  it('shows a tiny file as 1 kB, never 0', () => {
    expect(formatFileSize(10, 'en')).toBe('1 kB');
  });
});
