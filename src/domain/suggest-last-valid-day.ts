/**
 * The usual validity of each permit kind, so the UI can suggest a permit's last valid day from its
 * start (D2). A suggestion only: the worker records the date printed on the document.
 */
import type { PermitKind } from './case-facts-schema';
import { lastValidDay } from './last-valid-day';
import type { PlainDate } from './plain-date-schema';
import type { DateLength } from './read-length';

export const USUAL_VALIDITY: Readonly<Record<PermitKind, { length: DateLength; basis: string }>> = {
  'fr-reflection-recepisse': { length: { days: 30 }, basis: 'FR-T2' },
  'fr-cst-vpf': { length: { years: 1 }, basis: 'FR-T6' },
  'fr-aps': { length: { months: 6 }, basis: 'FR-T10' },
  'fr-carte-resident': { length: { years: 10 }, basis: 'FR-T8' },
  'be-annexe-15': { length: { days: 45 }, basis: 'BE-2' },
  'be-attestation-immatriculation': { length: { months: 3 }, basis: 'BE-4' },
  'be-cire': { length: { months: 6 }, basis: 'BE-7' },
};

/** D2: the last valid day of a permit of `kind` starting on `validFrom`, at its usual length. */
export function suggestLastValidDay(kind: PermitKind, validFrom: PlainDate): PlainDate {
  return lastValidDay(validFrom, USUAL_VALIDITY[kind].length);
}
