import { describe, expect, it } from 'vitest';
import { dateOfEvent, type CaseEvent } from '../../src/domain';

describe('the date an event is filed under on the timeline', () => {
  it.each<[CaseEvent, string]>([
    [{ type: 'reflection-granted', on: '2026-11-02' }, '2026-11-02'],
    [
      {
        type: 'permit-issued',
        permit: 'fr-cst-vpf',
        validFrom: '2026-03-01',
        validUntil: '2027-02-28',
      },
      '2026-03-01',
    ],
    [
      { type: 'prolongation-issued', validFrom: '2026-05-01', validUntil: '2026-07-31' },
      '2026-05-01',
    ],
    [{ type: 'complement-requested', openedOn: '2026-10-10' }, '2026-10-10'],
  ])('FR-G4 FR-G3 D1 %o is filed under %s', (event, date) => {
    expect(dateOfEvent(event)).toBe(date);
  });
});
