/**
 * Documents recorded as received that will be too old at the planned filing date (FR-C1, FR-C2):
 * the worker must ask for a fresh one before filing.
 */
import { assessCase, trackDocuments } from '../../domain';
import { toCaseFacts, type CaseFile } from '../../storage/case-file';

export interface DocumentExpiry {
  caseId: string;
  caseLabel: string;
  code: string;
  staleFrom: string;
  filingOn: string;
}

export function collectDocumentExpiries(
  cases: readonly CaseFile[],
  today: string,
): DocumentExpiry[] {
  const expiries: DocumentExpiry[] = [];
  for (const caseFile of cases) {
    const filingOn = caseFile.plannedFilingOn ?? today;
    let checklist;
    try {
      checklist = assessCase(toCaseFacts(caseFile), today).checklist;
    } catch {
      continue;
    }
    for (const line of trackDocuments(checklist, caseFile.documents, {}, filingOn)) {
      if (line.status === 'expired' && line.record?.status === 'received' && line.staleFrom) {
        expiries.push({
          caseId: caseFile.id,
          caseLabel: caseFile.label,
          code: line.item.code,
          staleFrom: line.staleFrom,
          filingOn,
        });
      }
    }
  }
  return expiries.sort((a, b) =>
    a.staleFrom < b.staleFrom ? -1 : a.staleFrom > b.staleFrom ? 1 : 0,
  );
}
