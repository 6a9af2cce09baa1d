import { describe, expect, it } from 'vitest';
import { countFullYears, findAnniversary } from '../../src/domain/index';

describe('D6 ages and anniversaries', () => {
  it.each([
    ['2008-02-29', 18, '2026-03-01'],
    ['2008-02-29', 16, '2024-02-29'],
    ['2008-02-29', 17, '2025-03-01'],
    ['2007-03-01', 18, '2025-03-01'],
    ['2007-02-28', 18, '2025-02-28'],
    ['2014-03-10', 10, '2024-03-10'],
    ['2012-02-29', 10, '2022-03-01'],
    ['2009-06-15', 0, '2009-06-15'],
  ])('D6: a person born on %s reaches %i on %s', (birth, years, expected) => {
    expect(findAnniversary(birth, years)).toBe(expected);
  });

  it.each([
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['2008-02-29', '2024-02-28', 15],
    ['2008-02-29', '2024-02-29', 16],
    ['2009-06-15', '2027-06-14', 17],
    ['2009-06-15', '2027-06-15', 18],
    ['2009-06-15', '2009-06-15', 0],
    ['2009-06-15', '2009-06-14', -1],
    ['1990-12-31', '2025-12-30', 34],
    ['1990-12-31', '2025-12-31', 35],
  ])('D6: born %s, on %s the age is %i', (birth, on, expected) => {
    expect(countFullYears(birth, on)).toBe(expected);
  });

  it.each([[-1], [1.5], [Number.NaN]])('D6: %s years is not a number of years', (years) => {
    expect(() => findAnniversary('2008-02-29', years)).toThrow(/years must be a whole number/);
  });

  it('D6: dates that are not plain dates throw naming the argument', () => {
    expect(() => findAnniversary('2008-02-30', 18)).toThrow(/^date: /);
    expect(() => countFullYears('2008-02-30', '2025-01-01')).toThrow(/^birth: /);
    expect(() => countFullYears('2008-02-28', '2025-13-01')).toThrow(/^on: /);
  });
});
