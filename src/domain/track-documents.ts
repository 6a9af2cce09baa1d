/**
 * The document checklist as it is tracked: the lines the rules ask for now, each with what was
 * recorded on it (kept by line code, so a line that stays when the facts change keeps its record),
 * and whether it is ready for the filing date: recent enough (FR-C1, FR-C2), or for an identity
 * document still valid (rule book, 2026-11-30: checked for validity, not age).
 */
import type { ChecklistItem } from './assessment';
import { NATIONALITY_CERTIFICATE_MAX_AGE_MONTHS, findStaleFrom } from './check-document';
import { formatPlainDate, toLocalDate } from './parse-plain-date';
import type { PlainDate } from './plain-date-schema';

export const DOCUMENT_STATUSES = [
  'missing',
  'requested',
  'received',
  'expired',
  'not-applicable',
] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/**
 * What a line shows: its status, except that a line still missing or requested with a scan
 * attached shows `scan-attached` (the scan is there; the original is still to be received).
 */
export const SHOWN_DOCUMENT_STATUSES = [...DOCUMENT_STATUSES, 'scan-attached'] as const;
export type ShownDocumentStatus = (typeof SHOWN_DOCUMENT_STATUSES)[number];

/** The nationality-proof variants that are identity documents: valid on the filing date (FR-C1). */
export const IDENTITY_DOCUMENT_VARIANTS = ['passport', 'identity-card', 'consular-card'] as const;

/**
 * How a line's document is checked at filing: `validity` (an identity document or a permit, still
 * valid on the filing date: it needs `validUntil`), `age` (less than N months old: it needs
 * `issuedOn`), or `none`.
 */
export const DOCUMENT_CHECKS = ['validity', 'age', 'none'] as const;
export type DocumentCheck = (typeof DOCUMENT_CHECKS)[number];

/** What the worker recorded on a line (the fields the rules read). */
export interface DocumentRecord {
  status: DocumentStatus;
  variant?: string | undefined;
  issuedOn?: PlainDate | undefined;
  /** The last valid day of an identity document or a permit, as printed on it. */
  validUntil?: PlainDate | undefined;
}

export interface TrackedLine<R extends DocumentRecord = DocumentRecord> {
  item: ChecklistItem;
  record: R | undefined;
  /**
   * The status shown: a received document too old, or no longer valid, at the filing date turns to
   * expired by itself.
   */
  status: DocumentStatus;
  /** The status shown on screen: at least `scan-attached` once a scan is attached. */
  shown: ShownDocumentStatus;
  /** How the document is checked, given the variant recorded. */
  check: DocumentCheck;
  /** The day the document stops being fresh enough, when an age rule applies and issuedOn is known. */
  staleFrom: PlainDate | undefined;
  /** The last day an identity document is valid, when the validity rule applies and it is known. */
  validUntil: PlainDate | undefined;
  /** The first day it is no longer valid (validUntil + 1 day). */
  invalidFrom: PlainDate | undefined;
  /** Received (and fresh or valid), or not applicable: nothing more to do for the filing. */
  ready: boolean;
  attachmentCount: number;
}

function isIdentityVariant(variant: string | undefined): boolean {
  return (IDENTITY_DOCUMENT_VARIANTS as readonly (string | undefined)[]).includes(variant);
}

/**
 * How the document of `item` is checked when recorded as `variant`: a line with mustBeValid, or
 * the nationality proof as a passport or card, for validity; a line with maxAgeMonths, or a
 * nationality certificate (FR-C1, 6 months), for age.
 */
export function findDocumentCheck(item: ChecklistItem, variant?: string): DocumentCheck {
  if (item.mustBeValid === true) return 'validity';
  if (item.code === 'nationality-proof' && isIdentityVariant(variant)) return 'validity';
  if (item.maxAgeMonths !== undefined || variant === 'nationality-certificate') return 'age';
  return 'none';
}

function maxAgeOf(item: ChecklistItem): number {
  // FR-C1: the nationality certificate variant must itself be less than 6 months old.
  return item.maxAgeMonths ?? NATIONALITY_CERTIFICATE_MAX_AGE_MONTHS;
}

function findInvalidFrom(validUntil: PlainDate): PlainDate {
  return formatPlainDate(toLocalDate(validUntil).plusDays(1));
}

export function trackDocuments<R extends DocumentRecord>(
  items: readonly ChecklistItem[],
  records: Readonly<Record<string, R>>,
  attachmentCounts: Readonly<Record<string, number>>,
  filingOn: PlainDate,
): TrackedLine<R>[] {
  return items.map((item) => {
    const record = records[item.code];
    const check = findDocumentCheck(item, record?.variant);
    const issuedOn = check === 'age' ? record?.issuedOn : undefined;
    const staleFrom = issuedOn ? findStaleFrom(issuedOn, maxAgeOf(item)) : undefined;
    const validUntil = check === 'validity' ? record?.validUntil : undefined;
    const invalidFrom = validUntil ? findInvalidFrom(validUntil) : undefined;
    const recorded: DocumentStatus = record?.status ?? 'missing';
    // Exactly one of staleFrom / invalidFrom can exist: the one of the line's check.
    const unusableFrom = staleFrom ?? invalidFrom;
    const status: DocumentStatus =
      recorded === 'received' && unusableFrom !== undefined && filingOn >= unusableFrom
        ? 'expired'
        : recorded;
    const attachmentCount = attachmentCounts[item.code] ?? 0;
    return {
      item,
      record,
      status,
      shown:
        (status === 'missing' || status === 'requested') && attachmentCount > 0
          ? 'scan-attached'
          : status,
      check,
      staleFrom,
      validUntil,
      invalidFrom,
      ready: status === 'received' || status === 'not-applicable',
      attachmentCount,
    };
  });
}
