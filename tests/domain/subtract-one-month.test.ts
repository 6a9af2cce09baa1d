import { describe, expect, it } from 'vitest';
import { subtractOneMonth } from '../../src/domain/index';

describe('D5 subtractOneMonth', () => {
  it.each([
    // The worked example of docs/rules.md D5.
    ['2025-03-31', '2025-02-28'],
    ['2024-03-31', '2024-02-29'],
    ['2024-03-30', '2024-02-29'],
    ['2024-03-29', '2024-02-29'],
    ['2024-03-28', '2024-02-28'],
    ['2025-05-31', '2025-04-30'],
    ['2025-01-15', '2024-12-15'],
    ['2025-01-31', '2024-12-31'],
    ['2025-07-01', '2025-06-01'],
  ])('D5: one month before %s is %s', (date, expected) => {
    expect(subtractOneMonth(date)).toBe(expected);
  });

  it('D5: a date that is not a plain date throws naming it', () => {
    expect(() => subtractOneMonth('2025-02-30')).toThrow(/^date: /);
  });
});
