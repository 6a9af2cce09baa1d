import { describe, expect, it } from 'vitest';
import { addTimeToAct } from '../../src/domain/index';

describe('D3 addTimeToAct', () => {
  it.each([
    ['2023-08-16', { days: 30 }, '2023-09-15'],
    ['2025-01-31', { days: 30 }, '2025-03-02'],
    ['2024-01-31', { days: 30 }, '2024-03-01'],
    ['2025-12-15', { days: 30 }, '2026-01-14'],
    ['2025-03-10', { days: 1 }, '2025-03-11'],
  ])('D3: the event day is not counted: %s + %o → %s', (event, time, expected) => {
    expect(addTimeToAct(event, time)).toBe(expected);
  });

  it.each([
    ['2025-01-31', { months: 1 }, '2025-02-28'],
    ['2024-01-31', { months: 1 }, '2024-02-29'],
    ['2025-03-31', { months: 1 }, '2025-04-30'],
    ['2025-01-15', { months: 4 }, '2025-05-15'],
    ['2025-10-31', { months: 4 }, '2026-02-28'],
    ['2023-10-31', { months: 4 }, '2024-02-29'],
  ])(
    'D3: months keep the day-number, or end on the last day of the month: %s + %o → %s',
    (event, time, expected) => {
      expect(addTimeToAct(event, time)).toBe(expected);
    },
  );

  it('D3: a deadline falling on a weekend is not pushed to the next working day', () => {
    // 2025-03-01 is a Saturday; courts sometimes extend, the app never relies on it.
    expect(addTimeToAct('2025-01-30', { days: 30 })).toBe('2025-03-01');
  });

  it.each([[{}], [{ days: -3 }], [{ months: 0.5 }]])(
    'D3: an invalid time to act %o throws',
    (time) => {
      expect(() => addTimeToAct('2025-01-10', time)).toThrow(RangeError);
    },
  );

  it('D3: an event that is not a plain date throws naming it', () => {
    expect(() => addTimeToAct('2025-02-30', { days: 30 })).toThrow(/^event: /);
  });
});
