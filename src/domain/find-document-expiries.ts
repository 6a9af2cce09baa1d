/**
 * Documents recorded as received that cannot be used on the planned filing date: too old (FR-C1,
 * FR-C2), or identity documents no longer valid (rule book, 2026-11-30). The worker must ask for a
 * fresh one, or a renewed passport or card, before filing.
 */
import type { ChecklistItem } from './assessment';
import type { PlainDate } from './plain-date-schema';
import { trackDocuments, type DocumentRecord } from './track-documents';

export const DOCUMENT_EXPIRY_REASONS = ['too-old', 'expired'] as const;
export type DocumentExpiryReason = (typeof DOCUMENT_EXPIRY_REASONS)[number];

export interface DocumentExpiry {
  /** The checklist line's code. */
  code: string;
  /** The first day the document can no longer be used: too old, or no longer valid. */
  staleFrom: PlainDate;
  filingOn: PlainDate;
  /** too-old: an age rule (issuedOn); expired: an identity document past its validUntil. */
  reason: DocumentExpiryReason;
  /** reason expired: the document's last valid day. */
  validUntil?: PlainDate;
}

export function findDocumentExpiries(
  checklist: readonly ChecklistItem[],
  records: Readonly<Record<string, DocumentRecord>>,
  filingOn: PlainDate,
): DocumentExpiry[] {
  const expiries: DocumentExpiry[] = [];
  for (const line of trackDocuments(checklist, records, {}, filingOn)) {
    // A received line turns to expired only when it became unusable on or before the filing date:
    // too old (staleFrom) or no longer valid (invalidFrom), never both (one check per line).
    if (line.status !== 'expired' || line.record?.status !== 'received') continue;
    const { item, staleFrom, invalidFrom, validUntil } = line;
    if (staleFrom) expiries.push({ code: item.code, staleFrom, filingOn, reason: 'too-old' });
    if (invalidFrom && validUntil) {
      expiries.push({
        code: item.code,
        staleFrom: invalidFrom,
        filingOn,
        reason: 'expired',
        validUntil,
      });
    }
  }
  return expiries;
}
