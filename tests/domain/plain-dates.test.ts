import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PlainDateSchema, isPlainDate, lastValidDay } from '../../src/domain/index';
import { formatPlainDate, parsePlainDate, toLocalDate } from '../../src/domain/parse-plain-date';

const DOMAIN_DIR = fileURLToPath(new URL('../../src/domain', import.meta.url));

describe('D1 plain dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-28', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-04-31', false],
    ['2025-12-31', true],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['2025-01-32', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2025-1-05', false],
    ['2025-01-05T00:00:00Z', false],
    [' 2025-01-05', false],
    ['', false],
  ])('D1: %s is a valid plain date: %s', (value, expected) => {
    expect(isPlainDate(value)).toBe(expected);
    expect(PlainDateSchema.safeParse(value).success).toBe(expected);
  });

  it('D1: a value that is not a string is not a plain date', () => {
    expect(isPlainDate(20250105)).toBe(false);
    expect(PlainDateSchema.safeParse(20250105).error?.issues[0]?.message).toBe(
      'validation.date.format',
    );
  });

  it('D1: schema messages are translation keys that tell a malformed date from an impossible one', () => {
    expect(PlainDateSchema.safeParse('5 March').error?.issues[0]?.message).toBe(
      'validation.date.format',
    );
    expect(PlainDateSchema.safeParse('2025-02-30').error?.issues[0]?.message).toBe(
      'validation.date.impossible',
    );
  });

  it.each([
    ['0000-01-01', '0000-01-01'],
    ['0999-07-04', '0999-07-04'],
    ['9999-12-31', '9999-12-31'],
  ])('D1: %s survives the round trip through LocalDate unchanged', (value, expected) => {
    expect(formatPlainDate(toLocalDate(value))).toBe(expected);
  });

  it('D1: a computed date outside years 0000–9999 is refused rather than written wrongly', () => {
    expect(() => lastValidDay('9999-12-31', { days: 2 })).toThrow(RangeError);
    expect(() => formatPlainDate(toLocalDate('0000-01-01').minusDays(1))).toThrow(/out of range/);
  });

  it('D1: parsing names the argument that is not a plain date', () => {
    expect(() => parsePlainDate('2025-02-30', 'start')).toThrow(/^start: /);
    expect(parsePlainDate('2025-02-28', 'start').toString()).toBe('2025-02-28');
  });

  it('D1: the domain core never reads the clock, builds a JS Date or imports UI, storage or network code', () => {
    const files = readdirSync(DOMAIN_DIR, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.ts'),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const source = readFileSync(join(DOMAIN_DIR, file), 'utf8');
      expect(source, file).not.toMatch(/\bnew Date\b|\bDate\.now\b|\bDate\(|\bfetch\(/);
      expect(source, file).not.toMatch(/from '(react|react-dom|dexie|i18next|react-i18next)/);
    }
  });

  it('D1: the same facts give the same dates in every time zone (this suite runs under three)', () => {
    expect(lastValidDay('2024-03-31', { days: 1 })).toBe('2024-03-31');
    expect(lastValidDay('2024-10-27', { days: 2 })).toBe('2024-10-28');
    expect(lastValidDay('2024-12-31', { months: 1 })).toBe('2025-01-30');
  });
});
