/**
 * Documents recorded as received that will be too old on the planned filing date (FR-C1, FR-C2):
 * the worker must ask for a fresh one before filing.
 */
import type { ChecklistItem } from './assessment';
import type { PlainDate } from './plain-date-schema';
import { trackDocuments, type DocumentRecord } from './track-documents';

export interface DocumentExpiry {
  /** The checklist line's code. */
  code: string;
  /** The first day the document is too old. */
  staleFrom: PlainDate;
  filingOn: PlainDate;
}

export function findDocumentExpiries(
  checklist: readonly ChecklistItem[],
  records: Readonly<Record<string, DocumentRecord>>,
  filingOn: PlainDate,
): DocumentExpiry[] {
  const expiries: DocumentExpiry[] = [];
  for (const line of trackDocuments(checklist, records, {}, filingOn)) {
    // A received line turns to expired only when it has a staleFrom before the filing date.
    if (line.status === 'expired' && line.record?.status === 'received' && line.staleFrom)
      expiries.push({ code: line.item.code, staleFrom: line.staleFrom, filingOn });
  }
  return expiries;
}
