import { describe, expect, it } from 'vitest';
import {
  assessCase,
  timeDeadline,
  type CaseEvent,
  type Deadline,
  type DeadlineCode,
  type PlainDate,
  type TimedDeadline,
} from '../../src/domain/index';
import { buildCaseFacts } from './build-case-facts';

/** The card of docs/rules.md FR-G1's edge case: valid until 2023-10-26. */
const CARD: CaseEvent = {
  type: 'permit-issued',
  permit: 'fr-cst-vpf',
  validFrom: '2022-10-27',
  validUntil: '2023-10-26',
};

function timedOn(
  today: PlainDate,
  code: DeadlineCode,
  events: CaseEvent[] = [CARD],
): TimedDeadline | undefined {
  const deadline = assessCase(buildCaseFacts({ events }), today).deadlines.find(
    (candidate) => candidate.code === code,
  );
  return deadline && timeDeadline(deadline, today);
}

describe('a deadline seen from today', () => {
  it.each([
    ['2023-06-27', 'pending', 1, 61, 'later'],
    ['2023-06-28', 'open', 0, 60, 'later'],
    ['2023-07-28', 'open', -30, 30, 'month'],
    ['2023-08-19', 'open', -52, 8, 'month'],
    ['2023-08-20', 'open', -53, 7, 'week'],
    ['2023-08-27', 'open', -60, 0, 'week'],
    ['2023-08-28', 'overdue', -61, -1, 'overdue'],
  ] as const)(
    'FR-G1 on %s the renewal window (2023-06-28 to 2023-08-27) is %s: opens in %i days, due in %i days, urgency %s',
    (today, status, daysToOpen, daysToDue, urgency) => {
      expect(timedOn(today, 'fr.renewal.window')).toEqual({
        code: 'fr.renewal.window',
        opens: '2023-06-28',
        due: '2023-08-27',
        status,
        basis: ['FR-G1'],
        daysToOpen,
        daysToDue,
        urgency,
      });
    },
  );

  it('FR-G1 a renewal filed in the window is met: no longer urgent once its due date is past', () => {
    const renewal: CaseEvent = {
      type: 'application-filed',
      on: '2023-07-10',
      application: 'renewal',
    };
    expect(timedOn('2023-08-28', 'fr.renewal.window', [CARD, renewal])).toMatchObject({
      status: 'met',
      daysToDue: -1,
      urgency: 'met',
    });
  });

  it('FR-G2 the card’s own expiry is a plain deadline: days to its last valid day, no opening', () => {
    expect(timedOn('2023-06-27', 'fr.permit.expiry')).toEqual({
      code: 'fr.permit.expiry',
      due: '2023-10-26',
      status: 'open',
      basis: ['FR-G2'],
      daysToOpen: undefined,
      daysToDue: 121,
      urgency: 'later',
    });
  });

  it.each([
    ['2028-02-01', '2028-03-01', 29, 'month'],
    ['2027-02-01', '2027-03-01', 28, 'month'],
    ['2026-12-25', '2027-01-01', 7, 'week'],
    ['2026-03-28', '2026-03-29', 1, 'week'],
    ['2026-10-24', '2026-10-25', 1, 'week'],
  ] as const)(
    'D1 days are counted on the calendar: from %s to a due date of %s, %i days (%s)',
    (today, due, daysToDue, urgency) => {
      const deadline: Deadline = {
        code: 'fr.permit.expiry',
        due,
        status: 'open',
        basis: ['FR-G2'],
      };
      expect(timeDeadline(deadline, today)).toMatchObject({ daysToDue, urgency });
    },
  );
});
