import { describe, expect, it } from 'vitest';
import { countBackWindow } from '../../src/domain/index';

const RENEWAL = { opensDaysBefore: 120, closesDaysBefore: 60 };

describe('D4 countBackWindow', () => {
  it.each([
    // The worked example of docs/rules.md D4.
    ['2023-10-26', '2023-06-28', '2023-08-27'],
    ['2025-03-31', '2024-12-01', '2025-01-30'],
    ['2024-03-31', '2023-12-02', '2024-01-31'],
    ['2024-06-29', '2024-03-01', '2024-04-30'],
    ['2025-06-29', '2025-03-01', '2025-04-30'],
    ['2026-01-01', '2025-09-03', '2025-11-02'],
  ])('D4: last valid day %s → window %s … %s in exact days', (last, opens, closes) => {
    expect(countBackWindow(last, RENEWAL)).toEqual({ opens, closes });
  });

  it('D4: a window of one day opens and closes on the same day', () => {
    expect(countBackWindow('2025-05-10', { opensDaysBefore: 3, closesDaysBefore: 3 })).toEqual({
      opens: '2025-05-07',
      closes: '2025-05-07',
    });
  });

  it.each([
    [{ opensDaysBefore: 60, closesDaysBefore: 120 }, /open before it closes/],
    [{ opensDaysBefore: -1, closesDaysBefore: 0 }, /whole numbers/],
    [{ opensDaysBefore: 120, closesDaysBefore: 0.5 }, /whole numbers/],
  ])('D4: an impossible window %o throws', (window, message) => {
    expect(() => countBackWindow('2025-05-10', window)).toThrow(message);
  });

  it('D4: a last day that is not a plain date throws naming it', () => {
    expect(() => countBackWindow('2025-02-30', RENEWAL)).toThrow(/^last: /);
  });
});
