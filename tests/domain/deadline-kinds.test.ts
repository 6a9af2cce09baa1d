import { describe, expect, it } from 'vitest';
import { DEADLINE_CODES, isAppealDeadline, isMilestone } from '../../src/domain';

describe('kinds of deadlines', () => {
  it.each([
    ['fr.appeal.refusal', true],
    ['fr.appeal.oqtf', true],
    ['fr.appeal.implicit', true],
    ['be.appeal', true],
    ['fr.renewal.window', false],
    ['fr.implicit.refusal', false],
  ] as const)('FR-A1, FR-A5–FR-A8, BE-A1: %s is an appeal deadline: %s', (code, expected) => {
    expect(isAppealDeadline(code)).toBe(expected);
  });

  it.each([
    ['fr.majority', true],
    ['fr.implicit.refusal', true],
    ['fr.permit.expiry', false],
    ['fr.appeal.implicit', false],
  ] as const)(
    'FR-T9, FR-A4: %s only marks a moment (a milestone, never an overdue task): %s',
    (code, expected) => {
      expect(isMilestone(code)).toBe(expected);
    },
  );

  it('no deadline is both an appeal and a milestone', () => {
    expect(DEADLINE_CODES.filter((code) => isAppealDeadline(code) && isMilestone(code))).toEqual(
      [],
    );
  });
});
