import { describe, expect, it } from 'vitest';
import {
  DEADLINE_CODES,
  findAppealInformation,
  isAppealDeadline,
  isMilestone,
} from '../../src/domain';

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

  it.each([
    [['fr.appeal.refusal'], false, ['FR-A2', 'FR-A3']],
    [['fr.appeal.oqtf'], false, ['FR-A2', 'FR-A6', 'FR-A9']],
    [['fr.appeal.oqtf'], true, ['FR-A2', 'FR-A6', 'FR-A9', 'FR-A11']],
    [['fr.appeal.refusal'], true, ['FR-A2', 'FR-A3']],
    [['fr.appeal.implicit', 'fr.implicit.refusal'], false, ['FR-A3']],
    [['be.appeal'], false, ['BE-A3']],
    [['fr.renewal.window'], true, []],
  ] as const)(
    'FR-A2, FR-A3, FR-A6, FR-A9, FR-A11, BE-A3: beside %j (in reflection: %s) the app shows %j',
    (codes, inReflection, expected) => {
      expect(findAppealInformation(codes, inReflection)).toEqual(expected);
    },
  );
});
