/**
 * The document checklist as the worker tracks it: the lines the rules ask for now (from the case's
 * facts), each with what was recorded on it (kept by line code, so a line that stays when the facts
 * change keeps its record), its attachments, and whether it is ready for the planned filing date.
 */
import {
  NATIONALITY_CERTIFICATE_MAX_AGE_MONTHS,
  findStaleFrom,
  isDocumentFresh,
  type ChecklistItem,
} from '../../domain';
import type { DocumentLine } from '../../storage/case-file';

export interface ChecklistLineView {
  item: ChecklistItem;
  record: DocumentLine | undefined;
  /** The status shown: a received document too old at the filing date turns to expired by itself. */
  status: DocumentLine['status'];
  /** The day the document stops being fresh enough, when a freshness rule applies. */
  staleFrom: string | undefined;
  /** Received (and fresh), or not applicable: nothing more to do for the filing. */
  ready: boolean;
  attachmentCount: number;
}

function maxAgeOf(item: ChecklistItem, record: DocumentLine | undefined): number | undefined {
  if (item.maxAgeMonths !== undefined) return item.maxAgeMonths;
  // FR-C1: the nationality certificate variant must itself be less than 6 months old.
  return record?.variant === 'nationality-certificate'
    ? NATIONALITY_CERTIFICATE_MAX_AGE_MONTHS
    : undefined;
}

export function buildChecklistView(
  items: readonly ChecklistItem[],
  records: Readonly<Record<string, DocumentLine>>,
  attachmentCounts: Readonly<Record<string, number>>,
  filingOn: string,
): ChecklistLineView[] {
  return items.map((item) => {
    const record = records[item.code];
    const maxAge = maxAgeOf(item, record);
    const staleFrom =
      record?.issuedOn && maxAge !== undefined ? findStaleFrom(record.issuedOn, maxAge) : undefined;
    let status: DocumentLine['status'] = record?.status ?? 'missing';
    if (
      status === 'received' &&
      record?.issuedOn &&
      maxAge !== undefined &&
      !isDocumentFresh(record.issuedOn, maxAge, filingOn)
    ) {
      status = 'expired';
    }
    return {
      item,
      record,
      status,
      staleFrom,
      ready: status === 'received' || status === 'not-applicable',
      attachmentCount: attachmentCounts[item.code] ?? 0,
    };
  });
}
