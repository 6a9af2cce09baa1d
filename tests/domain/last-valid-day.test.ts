import { describe, expect, it } from 'vitest';
import { lastValidDay } from '../../src/domain/index';

describe('D2 lastValidDay', () => {
  it.each([
    // The worked examples of docs/rules.md D2.
    ['2023-09-18', { years: 1 }, '2024-09-17'],
    ['2023-09-17', { months: 3 }, '2023-12-16'],
    ['2023-01-31', { months: 1 }, '2023-02-28'],
    ['2024-01-30', { months: 1 }, '2024-02-29'],
    ['2024-02-29', { years: 1 }, '2025-02-28'],
  ])('D2: worked example %s + %o → %s', (start, length, expected) => {
    expect(lastValidDay(start, length)).toBe(expected);
  });

  it.each([
    ['2025-01-10', 30, '2025-02-08'],
    ['2025-02-01', 30, '2025-03-02'],
    ['2024-02-01', 30, '2024-03-01'],
    ['2024-12-15', 30, '2025-01-13'],
    ['2025-01-10', 45, '2025-02-23'],
    ['2025-03-15', 1, '2025-03-15'],
    ['2024-02-28', 2, '2024-02-29'],
    ['2025-02-28', 2, '2025-03-01'],
    ['2025-12-31', 1, '2025-12-31'],
    ['2025-12-31', 2, '2026-01-01'],
  ])('D2: days count the start day: %s valid %i days ends on %s', (start, days, expected) => {
    expect(lastValidDay(start, { days })).toBe(expected);
  });

  it.each([
    ['2023-01-29', { months: 1 }, '2023-02-28'],
    ['2023-01-28', { months: 1 }, '2023-02-27'],
    ['2024-01-29', { months: 1 }, '2024-02-28'],
    ['2024-01-31', { months: 1 }, '2024-02-29'],
    ['2023-03-31', { months: 1 }, '2023-04-30'],
    ['2023-05-31', { months: 1 }, '2023-06-30'],
    ['2023-12-31', { months: 2 }, '2024-02-29'],
    ['2023-08-31', { months: 6 }, '2024-02-29'],
    ['2023-03-01', { months: 1 }, '2023-03-31'],
    ['2023-02-28', { months: 1 }, '2023-03-27'],
    ['2023-11-30', { months: 3 }, '2024-02-29'],
    ['2023-12-01', { months: 1 }, '2023-12-31'],
    ['2024-02-29', { years: 4 }, '2028-02-28'],
    ['2024-02-28', { years: 1 }, '2025-02-27'],
    ['2024-03-01', { years: 1 }, '2025-02-28'],
    ['2025-01-01', { years: 1 }, '2025-12-31'],
    ['2024-02-29', { years: 10 }, '2034-02-28'],
  ])('D2: month ends and leap years: %s + %o → %s', (start, length, expected) => {
    expect(lastValidDay(start, length)).toBe(expected);
  });

  it.each([
    ['2023-01-31', { years: 1, months: 1 }, '2024-02-29'],
    ['2023-01-31', { months: 1, days: 1 }, '2023-03-01'],
    ['2023-09-18', { years: 1, days: 10 }, '2024-09-27'],
    ['2024-02-29', { months: 12 }, '2025-02-28'],
  ])('D2: years and months come first, then days: %s + %o → %s', (start, length, expected) => {
    expect(lastValidDay(start, length)).toBe(expected);
  });

  it.each([
    [{}, /total length must be positive/],
    [{ days: 0 }, /total length must be positive/],
    [{ days: 0, months: 0, years: 0 }, /total length must be positive/],
    [{ days: -1 }, /length\.days/],
    [{ months: -1, days: 40 }, /length\.months/],
    [{ years: 1.5 }, /length\.years/],
    [{ days: Number.NaN }, /length\.days/],
    [{ days: Number.POSITIVE_INFINITY }, /length\.days/],
  ])('D2: a length that is not a positive whole length throws (%o)', (length, message) => {
    expect(() => lastValidDay('2025-01-10', length)).toThrow(message);
  });

  it.each(['2025-02-30', '2025-1-10', ''])(
    'D2: a start %j that is not a plain date throws',
    (start) => {
      expect(() => lastValidDay(start, { days: 1 })).toThrow(/^start: /);
    },
  );
});
