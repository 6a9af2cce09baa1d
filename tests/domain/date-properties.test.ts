import { ChronoUnit, LocalDate } from '@js-joda/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addTimeToAct,
  countBackWindow,
  countFullYears,
  findAnniversary,
  lastValidDay,
  subtractOneMonth,
} from '../../src/domain/index';

/** Plain dates from 1900-01-01 to 2199-12-31, drawn as epoch days (no JS Date involved). */
const MIN_DAY = LocalDate.parse('1900-01-01').toEpochDay();
const MAX_DAY = LocalDate.parse('2199-12-31').toEpochDay();
const plainDate = fc
  .integer({ min: MIN_DAY, max: MAX_DAY })
  .map((day) => LocalDate.ofEpochDay(day).toString());
const length = fc
  .record({
    days: fc.integer({ min: 0, max: 400 }),
    months: fc.integer({ min: 0, max: 36 }),
    years: fc.integer({ min: 0, max: 12 }),
  })
  .filter(({ days, months, years }) => days + months + years > 0);

function countDaysBetween(from: string, to: string): number {
  return LocalDate.parse(from).until(LocalDate.parse(to), ChronoUnit.DAYS);
}

describe('date functions, properties', () => {
  it('D2: the last valid day is never before the start', () => {
    fc.assert(
      fc.property(plainDate, length, (start, size) => {
        expect(lastValidDay(start, size) >= start).toBe(true);
      }),
    );
  });

  it('D2: a validity of N days ends N − 1 days after the start', () => {
    fc.assert(
      fc.property(plainDate, fc.integer({ min: 1, max: 2000 }), (start, days) => {
        expect(countDaysBetween(start, lastValidDay(start, { days }))).toBe(days - 1);
      }),
    );
  });

  it('D2: the last valid day of consecutive starts never goes back', () => {
    fc.assert(
      fc.property(plainDate, length, (start, size) => {
        const next = LocalDate.parse(start).plusDays(1).toString();
        expect(lastValidDay(next, size) >= lastValidDay(start, size)).toBe(true);
      }),
    );
  });

  it('D2: a validity of months ends the day before the same day-number, or on the last day of the target month', () => {
    fc.assert(
      fc.property(plainDate, fc.integer({ min: 1, max: 60 }), (start, months) => {
        const from = LocalDate.parse(start);
        const last = LocalDate.parse(lastValidDay(start, { months }));
        const target = from.withDayOfMonth(1).plusMonths(months);
        const expected =
          from.dayOfMonth() <= target.lengthOfMonth()
            ? target.withDayOfMonth(from.dayOfMonth()).minusDays(1)
            : target.withDayOfMonth(target.lengthOfMonth());
        expect(last.toString()).toBe(expected.toString());
      }),
    );
  });

  it('D2: a validity of years is the same as twelve times as many months', () => {
    fc.assert(
      fc.property(plainDate, fc.integer({ min: 1, max: 20 }), (start, years) => {
        expect(lastValidDay(start, { years })).toBe(lastValidDay(start, { months: years * 12 }));
      }),
    );
  });

  it('D3: the last day to act is always after the event and never moves back for later events', () => {
    fc.assert(
      fc.property(plainDate, fc.integer({ min: 1, max: 400 }), (event, days) => {
        const due = addTimeToAct(event, { days });
        expect(countDaysBetween(event, due)).toBe(days);
        const nextDue = addTimeToAct(LocalDate.parse(event).plusDays(1).toString(), { days });
        expect(nextDue > due).toBe(true);
      }),
    );
    fc.assert(
      fc.property(plainDate, fc.integer({ min: 1, max: 48 }), (event, months) => {
        const due = addTimeToAct(event, { months });
        expect(due > event).toBe(true);
        const nextDue = addTimeToAct(LocalDate.parse(event).plusDays(1).toString(), { months });
        expect(nextDue >= due).toBe(true);
      }),
    );
  });

  it('D4: a window opens before it closes, and closes before the last valid day', () => {
    fc.assert(
      fc.property(
        plainDate,
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        (last, a, b) => {
          const window = { opensDaysBefore: Math.max(a, b), closesDaysBefore: Math.min(a, b) };
          const { opens, closes } = countBackWindow(last, window);
          expect(opens <= closes).toBe(true);
          expect(closes <= last).toBe(true);
          expect(countDaysBetween(opens, closes)).toBe(
            window.opensDaysBefore - window.closesDaysBefore,
          );
        },
      ),
    );
  });

  it('D5: one month before X is 28 to 31 days earlier and never moves back for later X', () => {
    fc.assert(
      fc.property(plainDate, (date) => {
        const before = subtractOneMonth(date);
        const gap = countDaysBetween(before, date);
        expect(gap).toBeGreaterThanOrEqual(28);
        expect(gap).toBeLessThanOrEqual(31);
        const next = LocalDate.parse(date).plusDays(1).toString();
        expect(subtractOneMonth(next) >= before).toBe(true);
      }),
    );
  });

  it('D6: a person is exactly n on the n-th anniversary and n − 1 the day before', () => {
    fc.assert(
      fc.property(plainDate, fc.integer({ min: 1, max: 120 }), (birth, years) => {
        const anniversary = findAnniversary(birth, years);
        expect(countFullYears(birth, anniversary)).toBe(years);
        const dayBefore = LocalDate.parse(anniversary).minusDays(1).toString();
        expect(countFullYears(birth, dayBefore)).toBe(years - 1);
      }),
    );
  });

  it('D6: anniversaries keep the day-number, except 29 February which moves to 1 March', () => {
    fc.assert(
      fc.property(plainDate, fc.integer({ min: 0, max: 120 }), (birth, years) => {
        const anniversary = findAnniversary(birth, years);
        const expected =
          birth.endsWith('-02-29') && !anniversary.endsWith('-02-29') ? '-03-01' : birth.slice(4);
        expect(anniversary.slice(4)).toBe(expected);
      }),
    );
  });
});
