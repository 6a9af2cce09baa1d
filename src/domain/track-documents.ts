/**
 * The document checklist as it is tracked: the lines the rules ask for now, each with what was
 * recorded on it (kept by line code, so a line that stays when the facts change keeps its record),
 * and whether it is ready for the filing date (FR-C1, FR-C2 freshness).
 */
import type { ChecklistItem } from './assessment';
import { NATIONALITY_CERTIFICATE_MAX_AGE_MONTHS, findStaleFrom } from './check-document';
import type { PlainDate } from './plain-date-schema';

export const DOCUMENT_STATUSES = [
  'missing',
  'requested',
  'received',
  'expired',
  'not-applicable',
] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** What the worker recorded on a line (the fields the rules read). */
export interface DocumentRecord {
  status: DocumentStatus;
  variant?: string | undefined;
  issuedOn?: PlainDate | undefined;
}

export interface TrackedLine<R extends DocumentRecord = DocumentRecord> {
  item: ChecklistItem;
  record: R | undefined;
  /** The status shown: a received document too old at the filing date turns to expired by itself. */
  status: DocumentStatus;
  /** The day the document stops being fresh enough, when a freshness rule applies. */
  staleFrom: PlainDate | undefined;
  /** Received (and fresh), or not applicable: nothing more to do for the filing. */
  ready: boolean;
  attachmentCount: number;
}

function maxAgeOf(item: ChecklistItem, record: DocumentRecord | undefined): number | undefined {
  if (item.maxAgeMonths !== undefined) return item.maxAgeMonths;
  // FR-C1: the nationality certificate variant must itself be less than 6 months old.
  return record?.variant === 'nationality-certificate'
    ? NATIONALITY_CERTIFICATE_MAX_AGE_MONTHS
    : undefined;
}

export function trackDocuments<R extends DocumentRecord>(
  items: readonly ChecklistItem[],
  records: Readonly<Record<string, R>>,
  attachmentCounts: Readonly<Record<string, number>>,
  filingOn: PlainDate,
): TrackedLine<R>[] {
  return items.map((item) => {
    const record = records[item.code];
    const maxAge = maxAgeOf(item, record);
    const issuedOn = record?.issuedOn;
    const staleFrom =
      issuedOn && maxAge !== undefined ? findStaleFrom(issuedOn, maxAge) : undefined;
    const recorded: DocumentStatus = record?.status ?? 'missing';
    // staleFrom exists exactly when a freshness rule applies and an issue date is known.
    const status: DocumentStatus =
      recorded === 'received' && staleFrom !== undefined && filingOn >= staleFrom
        ? 'expired'
        : recorded;
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
