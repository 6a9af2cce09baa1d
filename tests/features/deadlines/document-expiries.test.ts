import { describe, expect, it } from 'vitest';
import { collectDocumentExpiries } from '../../../src/features/deadlines/collect-document-expiries';
import { CaseFileContentSchema, type CaseFile } from '../../../src/domain';
import { createCaseOverviewCache } from '../../../src/queries/case-overviews';

const TODAY = '2026-11-22';

function fictionalCase(
  id: string,
  plannedFilingOn: string | undefined,
  issuedOn: string,
): CaseFile {
  return {
    ...CaseFileContentSchema.parse({
      label: `DEMO-${id}`,
      person: { birthDate: '1990-01-01', housing: 'own' },
      plannedFilingOn,
      documents: { 'domicile-proof': { status: 'received', issuedOn } },
    }),
    id,
    pathway: 'fr-trafficking',
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    rev: 1,
  };
}

describe('documents too old on the planned filing date', () => {
  it('FR-C2 lists a domicile proof that will be 6 months old before the planned filing, not one still fresh', () => {
    const expiries = collectDocumentExpiries(
      createCaseOverviewCache().overviewsOf(
        [
          fictionalCase('a', '2026-12-10', '2026-06-01'),
          fictionalCase('b', '2026-12-10', '2026-07-01'),
          fictionalCase('c', undefined, '2026-05-01'),
        ],
        TODAY,
      ),
    );
    expect(expiries).toEqual([
      {
        caseId: 'c',
        caseLabel: 'DEMO-c',
        code: 'domicile-proof',
        staleFrom: '2026-11-01',
        filingOn: TODAY,
        reason: 'too-old',
      },
      {
        caseId: 'a',
        caseLabel: 'DEMO-a',
        code: 'domicile-proof',
        staleFrom: '2026-12-01',
        filingOn: '2026-12-10',
        reason: 'too-old',
      },
    ]);
  });
});
