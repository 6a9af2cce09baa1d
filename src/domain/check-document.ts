/**
 * Rules about the documents themselves: how old a document may be at filing (FR-C1, FR-C2), what
 * the online filing accepts as an upload (FR-G7), and the e-photo code's form (FR-C1).
 */
import { addTimeToAct } from './add-time-to-act';
import type { PlainDate } from './plain-date-schema';

/** FR-C1: a nationality certificate must itself be less than 6 months old (a variant's rule). */
export const NATIONALITY_CERTIFICATE_MAX_AGE_MONTHS = 6;

/**
 * FR-C1 / FR-C2: the first day a document issued on `issuedOn` is no longer "less than
 * `maxAgeMonths` months old" (same day-number, the month's last day when it does not exist, D3).
 */
export function findStaleFrom(issuedOn: PlainDate, maxAgeMonths: number): PlainDate {
  return addTimeToAct(issuedOn, { months: maxAgeMonths });
}

/** FR-C1 / FR-C2: whether a document issued on `issuedOn` is still fresh enough on `on`. */
export function isDocumentFresh(issuedOn: PlainDate, maxAgeMonths: number, on: PlainDate): boolean {
  return on < findStaleFrom(issuedOn, maxAgeMonths);
}

/**
 * FR-G7: what the online filing accepts. "10 Mo" is taken as 10,000,000 bytes, the stricter
 * reading: a file accepted here is accepted there.
 */
export const UPLOAD_LIMITS = {
  extensions: ['jpg', 'jpeg', 'png', 'pdf', 'tiff', 'bmp'],
  maxBytes: 10_000_000,
  maxFilesPerLine: 3,
  basis: 'FR-G7',
} as const;

export type UploadRefusal = 'format' | 'size' | 'count';

/** FR-G7: why a file cannot be attached to a document line, or undefined when it can. */
export function checkUpload(
  file: { name: string; size: number },
  filesAlreadyOnLine: number,
): UploadRefusal | undefined {
  const extension = file.name.includes('.')
    ? file.name.slice(file.name.lastIndexOf('.') + 1).toLowerCase()
    : '';
  if (!(UPLOAD_LIMITS.extensions as readonly string[]).includes(extension)) return 'format';
  if (file.size > UPLOAD_LIMITS.maxBytes) return 'size';
  if (filesAlreadyOnLine >= UPLOAD_LIMITS.maxFilesPerLine) return 'count';
  return undefined;
}

/** FR-C1: the e-photo code from an approved photographer or booth has 22 digits. */
export function isEphotoCode(value: string): boolean {
  return /^\d{22}$/.test(value.replace(/\s/g, ''));
}
