import { describe, expect, it } from 'vitest';
import { assessCaseFile, assessFilingReadiness, findFilingDate } from '../../src/domain/index';
import { buildCaseFile, buildTimeline } from './build-case-file';

describe('the day documents are checked for', () => {
  it.each([
    [undefined, '2026-03-20', '2026-03-20'],
    ['2026-04-15', '2026-03-20', '2026-04-15'],
    ['2026-03-20', '2026-03-20', '2026-03-20'],
    // A planned day already past: the documents must still be usable on the day it is filed.
    ['2026-02-20', '2026-03-20', '2026-03-20'],
  ])('FR-C2 planned %s, today %s: checked for %s', (planned, today, expected) => {
    expect(findFilingDate(planned, today)).toBe(expected);
  });

  it('FR-C2 a domicile proof gone stale after a planned day that has passed is no longer ready', () => {
    const today = '2026-03-20';
    const caseFile = buildCaseFile({
      person: { housing: 'own' },
      plannedFilingOn: '2026-02-20',
      documents: { 'domicile-proof': { status: 'received', issuedOn: '2025-09-15' } },
    });
    const readiness = assessFilingReadiness(caseFile, assessCaseFile(caseFile, today), {}, today);
    const line = readiness.documents.find(({ item }) => item.code === 'domicile-proof');
    expect(line).toMatchObject({ status: 'expired', ready: false, staleFrom: '2026-03-15' });
  });
});

describe('a renewal filed after the card expired', () => {
  it('FR-G8, FR-G2 the expired current card is shown as expired but does not stop the filing being prepared', () => {
    const today = '2026-11-30';
    const caseFile = buildCaseFile({
      situation: { proceedings: 'trial' },
      timeline: buildTimeline(
        { type: 'complaint-filed', on: '2025-01-10' },
        {
          type: 'permit-issued',
          permit: 'fr-cst-vpf',
          validFrom: '2025-11-01',
          validUntil: '2026-10-31',
        },
      ),
      documents: { 'current-permit': { status: 'received', validUntil: '2026-10-31' } },
    });
    const readiness = assessFilingReadiness(caseFile, assessCaseFile(caseFile, today), {}, today);
    expect(readiness.nextApplication).toBe('renewal');
    expect(readiness.documents.find(({ item }) => item.code === 'current-permit')).toMatchObject({
      status: 'expired',
      ready: true,
    });
  });

  it('FR-C1 another identity document that expired still stops the filing', () => {
    const today = '2026-11-30';
    const caseFile = buildCaseFile({
      person: { housing: 'hosted' },
      documents: { 'host-identity': { status: 'received', validUntil: '2026-10-31' } },
    });
    const readiness = assessFilingReadiness(caseFile, assessCaseFile(caseFile, today), {}, today);
    expect(readiness.documents.find(({ item }) => item.code === 'host-identity')).toMatchObject({
      status: 'expired',
      ready: false,
    });
  });
});
