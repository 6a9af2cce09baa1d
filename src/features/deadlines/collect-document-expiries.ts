/**
 * Documents recorded as received that will be too old at the planned filing date (FR-C1, FR-C2),
 * across every case: the worker must ask for a fresh one before filing.
 */
import type { DocumentExpiry } from '../../domain';
import type { CaseOverview } from '../../queries/case-overviews';

export interface CaseDocumentExpiry extends DocumentExpiry {
  caseId: string;
  caseLabel: string;
}

export function collectDocumentExpiries(overviews: readonly CaseOverview[]): CaseDocumentExpiry[] {
  const expiries: CaseDocumentExpiry[] = [];
  for (const { caseFile, documentExpiries } of overviews)
    for (const expiry of documentExpiries)
      expiries.push({ ...expiry, caseId: caseFile.id, caseLabel: caseFile.label });
  return expiries.sort((a, b) =>
    a.staleFrom < b.staleFrom ? -1 : a.staleFrom > b.staleFrom ? 1 : 0,
  );
}
