/**
 * What the online filing asks (FR-G6, the ANEF guide's five steps) and whether each item is ready
 * in the case file. Codes and values only; the page translates.
 */
import { assessCase, trackDocuments, type TrackedLine } from '../../domain';
import { toCaseFacts, type CaseFile, type DocumentLine } from '../../storage/case-file';

export type FieldCode =
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

export interface FieldReadiness {
  code: FieldCode;
  value: string | boolean | undefined;
  ready: boolean;
  /** The form accepts it empty. */
  optional: boolean;
}

export interface ApplicationReadiness {
  personal: FieldReadiness[];
  reason: FieldReadiness[];
  documents: TrackedLine<DocumentLine>[];
  ephoto: FieldReadiness;
  filing: FieldReadiness[];
  isReady: boolean;
  /** The application the next filing would be: a renewal once a card or an APS has been issued. */
  nextApplication: 'first' | 'renewal';
  /** France: the person files online (ANEF). Belgium: the recognised centre files with the Office des Étrangers. */
  filedBy: 'anef' | 'be-centre';
}

const field = (
  code: FieldCode,
  value: string | boolean | undefined,
  required = true,
): FieldReadiness => ({
  code,
  value,
  ready: !required || (value !== undefined && value !== ''),
  optional: !required,
});

export function assessApplication(
  caseFile: CaseFile,
  attachmentCounts: Readonly<Record<string, number>>,
  today: string,
): ApplicationReadiness {
  const { identity, person, contact, housing, family, application } = caseFile;
  const isUnion = family.status === 'married' || family.status === 'pacs';
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
  const filedBy = caseFile.pathway === 'be-trafficking' ? 'be-centre' : 'anef';
  const anef = filedBy === 'anef';
  const union = isUnion
    ? [field('unionDate', family.unionDate, anef), field('unionCountry', family.unionCountry, anef)]
    : [];
  // The sworn statements are the online form's (FR-G6): a Belgian request has none.
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
  let documents: TrackedLine<DocumentLine>[] = [];
  try {
    const checklist = assessCase(toCaseFacts(caseFile), today).checklist;
    documents = trackDocuments(
      checklist,
      caseFile.documents,
      attachmentCounts,
      caseFile.plannedFilingOn ?? today,
    ).map((line) =>
      // FR-C1: the e-photo "document" is its 22-digit code, entered in the application.
      line.item.code === 'ephoto' && application.ephotoCode
        ? { ...line, status: 'received', ready: true }
        : line,
    );
  } catch {
    documents = [];
  }
  const ephoto = field('ephotoCode', application.ephotoCode, anef);
  const filing = [field('observations', application.observations, false)];
  const permitIssued = caseFile.timeline.some(
    ({ event }) =>
      event.type === 'permit-issued' &&
      (event.permit === 'fr-cst-vpf' || event.permit === 'fr-aps'),
  );
  const isReady =
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
