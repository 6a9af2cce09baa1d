/**
 * What the application asks (FR-G6: the online filing's five steps in France; in Belgium the request
 * the recognised centre lodges with the Office des Étrangers, BE-1) and whether each item is ready in
 * the case file. Codes and values only; the UI translates.
 */
import type { CaseFileAssessment } from './assess-case-file';
import type { CaseFile, DocumentLine } from './case-file';
import type { PlainDate } from './plain-date-schema';
import { findFilingDate } from './find-filing-date';
import { trackDocuments, type TrackedLine } from './track-documents';

export type FilingFieldCode =
  | 'birthNames'
  | 'givenNames'
  | 'sex'
  | 'birthDate'
  | 'birthPlace'
  | 'birthCountry'
  | 'nationality'
  | 'address'
  | 'phone'
  | 'email'
  | 'arrivedOn'
  | 'familyStatus'
  | 'unionDate'
  | 'unionCountry'
  | 'dependentChildren'
  | 'swornNeedsPermit'
  | 'swornAwareOfPenalties'
  | 'ephotoCode'
  | 'observations';

export interface FilingField {
  code: FilingFieldCode;
  value: string | boolean | undefined;
  ready: boolean;
  /** The form accepts it empty. */
  optional: boolean;
}

export interface FilingReadiness {
  /** Step 1: personal information. */
  personal: FilingField[];
  /** Step 2: reason for the stay, family situation and the sworn statements. */
  reason: FilingField[];
  /** Step 3: the supporting documents, tracked at the planned filing date. */
  documents: TrackedLine<DocumentLine>[];
  /** Step 3 too: the e-photo code (FR-C1). */
  ephoto: FilingField;
  /** Step 4: the observations for the administration. */
  filing: FilingField[];
  /** Everything required is there, and the case's facts are valid. */
  isReady: boolean;
  /** The application the next filing would be: a renewal once a card or an APS has been issued. */
  nextApplication: 'first' | 'renewal';
  /** France: the person files online (ANEF). Belgium: the recognised centre files with the Office des Étrangers. */
  filedBy: 'anef' | 'be-centre';
}

const field = (
  code: FilingFieldCode,
  value: string | boolean | undefined,
  required = true,
): FilingField => ({
  code,
  value,
  ready: !required || (value !== undefined && value !== ''),
  optional: !required,
});

/**
 * @param assessed the case's assessment for `today` (its checklist gives the documents); invalid
 *   facts leave the documents empty and the filing not ready.
 * @param attachmentCounts how many scans each checklist line has.
 */
export function assessFilingReadiness(
  caseFile: CaseFile,
  assessed: CaseFileAssessment,
  attachmentCounts: Readonly<Record<string, number>>,
  today: PlainDate,
): FilingReadiness {
  const { identity, person, contact, housing, family, application } = caseFile;
  const filedBy = caseFile.pathway === 'be-trafficking' ? 'be-centre' : 'anef';
  const anef = filedBy === 'anef';
  const personal = [
    field('birthNames', identity.birthNames),
    field('givenNames', identity.givenNames),
    field('sex', identity.sex),
    field('birthDate', person.birthDate),
    field('birthPlace', identity.birthPlace),
    field('birthCountry', identity.birthCountry),
    field('nationality', identity.nationality),
    field('address', housing.address),
    field('phone', contact.phone, false),
    field('email', contact.email, false),
  ];
  // FR-G6: the date and country of the union are asked for a marriage or a PACS only.
  const isUnion = family.status === 'married' || family.status === 'pacs';
  const union = isUnion
    ? [field('unionDate', family.unionDate, anef), field('unionCountry', family.unionCountry, anef)]
    : [];
  // FR-G6: the sworn statements are the online form's; a Belgian request has none.
  const sworn = anef
    ? [
        field('swornNeedsPermit', application.swornNeedsPermit === true ? true : undefined),
        field(
          'swornAwareOfPenalties',
          application.swornAwareOfPenalties === true ? true : undefined,
        ),
      ]
    : [];
  const reason = [
    field('arrivedOn', person.arrivedOn),
    field('familyStatus', family.status, anef),
    ...union,
    // A yes/no question: an unticked box answers "no".
    field('dependentChildren', family.dependentChildren === true, false),
    ...sworn,
  ];
  const documents = assessed.ok
    ? trackDocuments(
        assessed.assessment.checklist,
        caseFile.documents,
        attachmentCounts,
        findFilingDate(caseFile.plannedFilingOn, today),
      ).map((line) => {
        // FR-C1: the e-photo "document" is its 22-digit code, entered in the application.
        if (line.item.code === 'ephoto' && application.ephotoCode)
          return { ...line, status: 'received' as const, ready: true };
        // FR-G2, FR-G8: a renewal filed after the card's last day is still filed with that card;
        // its expiry is shown, but it does not stop the filing from being prepared and recorded.
        if (
          line.item.code === 'current-permit' &&
          line.status === 'expired' &&
          line.record?.status === 'received'
        )
          return { ...line, ready: true };
        return line;
      })
    : [];
  // FR-C1: the e-photo code is asked by the online filing only.
  const ephoto = field('ephotoCode', application.ephotoCode, anef);
  const filing = [field('observations', application.observations, false)];
  // FR-C5: once a card or an APS has been issued, the next application is a renewal.
  const permitIssued = caseFile.timeline.some(
    ({ event }) =>
      event.type === 'permit-issued' &&
      (event.permit === 'fr-cst-vpf' || event.permit === 'fr-aps'),
  );
  const isReady =
    assessed.ok &&
    [...personal, ...reason, ephoto, ...filing].every((item) => item.ready) &&
    documents.every((line) => line.ready || !line.item.required);
  return {
    personal,
    reason,
    documents,
    ephoto,
    filing,
    isReady,
    nextApplication: permitIssued ? 'renewal' : 'first',
    filedBy,
  };
}
