import { describe, expect, it } from 'vitest';
import { countDaysUntil, shiftDays } from '../../src/domain';

describe('D1 day counts between plain dates', () => {
  it.each([
    ['2026-11-22', '2026-11-22', 0],
    ['2026-11-22', '2026-11-23', 1],
    ['2026-11-22', '2026-11-21', -1],
    ['2024-02-28', '2024-03-01', 2],
    ['2025-02-28', '2025-03-01', 1],
    ['2026-03-28', '2026-03-30', 2],
    ['2026-12-31', '2027-01-01', 1],
  ])('D1 from %s to %s is %i days, whatever the time zone', (from, to, days) => {
    expect(countDaysUntil(from, to)).toBe(days);
  });

  it.each([
    ['2026-11-22', 29, '2026-12-21'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-01-01', -1, '2025-12-31'],
  ])('D1 %s shifted by %i days is %s', (date, days, expected) => {
    expect(shiftDays(date, days)).toBe(expected);
  });

  it('D1 refuses an impossible date or a fraction of a day, naming the argument', () => {
    expect(() => countDaysUntil('2025-02-30', '2025-03-01')).toThrow(/from/);
    expect(() => shiftDays('2025-03-01', 1.5)).toThrow(/days/);
  });
});
