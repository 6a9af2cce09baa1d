/**
 * The document lines of the next application to file (docs/domain-contract.md "Checklist";
 * docs/rules.md §2, §3, §5). Lines come out in the order of the official lists.
 */
import { NATIONALITY_PROOF_VARIANTS, type ChecklistCode, type ChecklistItem } from './assessment';
import type { CaseContext } from './build-case-context';
import type { Housing, ParentalAuthority } from './case-facts-schema';
import type { RuleId } from './rule-packs';

function makeLine(code: ChecklistCode, required: boolean, basis: readonly RuleId[]): ChecklistItem {
  return { code, required, basis: [...basis] };
}

/** FR-C1: one of five proofs will do (a nationality certificate must be < 6 months old). */
function makeNationalityProof(): ChecklistItem {
  return {
    code: 'nationality-proof',
    required: true,
    variants: [...NATIONALITY_PROOF_VARIANTS],
    basis: ['FR-C1'],
  };
}

/** FR-C2: the domicile lines of each housing; the host's own proof only if their ID is out of date. */
const DOMICILE_LINES: Readonly<Record<Housing, readonly [ChecklistCode, boolean][]>> = {
  own: [['domicile-proof', true]],
  hotel: [
    ['hotel-attestation', true],
    ['hotel-invoice', true],
  ],
  hosted: [
    ['host-attestation', true],
    ['host-identity', true],
    ['host-domicile-proof', false],
  ],
};

/** FR-C2: every domicile line carries the freshness rule; none when the housing is unknown. */
function makeDomicileLines({ facts, params }: CaseContext): ChecklistItem[] {
  const { housing } = facts.person;
  if (housing === undefined) return [];
  return DOMICILE_LINES[housing].map(([code, required]) => ({
    code,
    required,
    maxAgeMonths: params.frGeneral.domicileMaxAgeMonths,
    basis: ['FR-C2'],
  }));
}

/**
 * FR-C3: the republic commitment is needed when the application is filed from 2024-07-17 (loi
 * 2024-42 art. 46). The filing day is that of the latest application not yet decided (no decision
 * on or after it), else today: the application still to be filed. Renewals included.
 */
function makeRepublicCommitment({ events, params, today }: CaseContext): ChecklistItem[] {
  const { applicationOn, decisionOn } = events;
  const isPending =
    applicationOn !== undefined && (decisionOn === undefined || decisionOn < applicationOn);
  const filedOn = isPending ? applicationOn : today;
  return filedOn >= params.frGeneral.republicCommitmentFrom
    ? [makeLine('republic-commitment', true, ['FR-C3'])]
    : [];
}

/** FR-C6: the one line proving who holds parental authority, by case. */
const PARENTAL_AUTHORITY_LINE: Readonly<Record<ParentalAuthority, ChecklistCode>> = {
  married: 'parents-marriage-certificate',
  divorced: 'divorce-judgment',
  'recognised-before-1': 'birth-certificate-recognition',
  'recognised-after-1': 'joint-authority-declaration',
  separated: 'separation-order',
  'third-party': 'authority-delegation',
};

/** FR-C6 (FR-T9): a person of 16 or 17 applies with the representative's consent, or emancipated. */
function makeMinorLines({ birth, facts, params }: CaseContext): ChecklistItem[] {
  const { minorCardAge, majorityAge } = params.frTrafficking;
  if (birth === undefined || birth.age < minorCardAge || birth.age >= majorityAge) return [];
  const basis: RuleId[] = ['FR-C6', 'FR-T9'];
  if (facts.person.emancipated === true) return [makeLine('emancipation-proof', true, basis)];
  const authority = facts.person.parentalAuthority;
  return [
    makeLine('representative-consent', true, basis),
    makeLine('representative-identity', true, basis),
    ...(authority === undefined ? [] : [makeLine(PARENTAL_AUTHORITY_LINE[authority], true, basis)]),
  ];
}

/** FR-C4: the proof of cooperation (FR-T4), replaced by the judgment after a final conviction (FR-T8). */
function makeCooperationProof({ hasFinalConviction }: CaseContext): ChecklistItem {
  return hasFinalConviction
    ? makeLine('conviction-judgment', true, ['FR-C4', 'FR-T8'])
    : makeLine('complaint-receipt', true, ['FR-C4', 'FR-T4']);
}

/** FR-C5: renewal of the card (FR-T7), or the resident card after a final conviction (FR-T8). */
function makeRenewalProof({ hasFinalConviction }: CaseContext): ChecklistItem {
  return hasFinalConviction
    ? makeLine('conviction-judgment', true, ['FR-C5', 'FR-T8'])
    : makeLine('proceedings-proof', true, ['FR-C5', 'FR-T7']);
}

function buildFrTraffickingChecklist(context: CaseContext): ChecklistItem[] {
  if (context.events.hasRenewablePermit) {
    return [
      makeNationalityProof(),
      ...makeDomicileLines(context),
      makeLine('ephoto', true, ['FR-C1']),
      makeLine('current-permit', true, ['FR-C5', 'FR-T7']),
      makeRenewalProof(context),
      ...makeRepublicCommitment(context),
    ];
  }
  return [
    makeLine('birth-certificate', true, ['FR-C1']),
    makeNationalityProof(),
    makeLine('ephoto', true, ['FR-C1']),
    ...makeDomicileLines(context),
    makeCooperationProof(context),
    ...makeRepublicCommitment(context),
    ...makeMinorLines(context),
  ];
}

/**
 * FR-C7 (docs/rules.md §3): the identity, domicile, e-photo and republic-commitment lines of §2,
 * then the evidence of FR-H2 (at least one ground will do, so none is required on its own) and the
 * proof of each year of presence, required when claiming more than 10 years (FR-H4).
 */
function buildFrHumanitarianChecklist(context: CaseContext): ChecklistItem[] {
  const groundBasis: RuleId[] = ['FR-C7', 'FR-H2'];
  return [
    makeLine('birth-certificate', true, ['FR-C1']),
    makeNationalityProof(),
    makeLine('ephoto', true, ['FR-C1']),
    ...makeDomicileLines(context),
    makeLine('residence-evidence', context.hasLongResidence, ['FR-C7', 'FR-H4']),
    makeLine('family-ties-evidence', false, groundBasis),
    makeLine('employment-evidence', false, groundBasis),
    makeLine('talent-evidence', false, groundBasis),
    ...makeRepublicCommitment(context),
  ];
}

/** FR-C8 (FR-T10): the APS follows the parcours; the prefect's authorisation of it is the ground. */
function buildFrProstitutionExitChecklist(context: CaseContext): ChecklistItem[] {
  const ground = makeLine('exit-programme-authorisation', true, ['FR-C8', 'FR-T10']);
  if (context.events.hasRenewablePermit) {
    return [
      makeNationalityProof(),
      ...makeDomicileLines(context),
      makeLine('ephoto', true, ['FR-C1']),
      makeLine('current-permit', true, ['FR-C8', 'FR-T10']),
      ground,
      ...makeRepublicCommitment(context),
    ];
  }
  return [
    makeLine('birth-certificate', true, ['FR-C1']),
    makeNationalityProof(),
    makeLine('ephoto', true, ['FR-C1']),
    ...makeDomicileLines(context),
    ground,
    ...makeRepublicCommitment(context),
  ];
}

/**
 * BE-C1 (docs/rules.md §5): the centre files the requests (BE-1). Identity document if the person
 * has one; the court decision once the proceedings reached court (BE-8): required after a final
 * conviction, useful at trial or appeal when the prosecution's requisitions retained trafficking.
 */
function buildBeTraffickingChecklist({ facts, hasFinalConviction }: CaseContext): ChecklistItem[] {
  const { proceedings } = facts.situation;
  const isInCourt = proceedings === 'trial' || proceedings === 'appeal';
  return [
    makeLine('identity-document', false, ['BE-C1']),
    makeLine('statement-reference', true, ['BE-C1', 'BE-4']),
    makeLine('centre-support-attestation', true, ['BE-C1', 'BE-1']),
    ...(hasFinalConviction || isInCourt
      ? [makeLine('court-decision', hasFinalConviction, ['BE-C1', 'BE-8'])]
      : []),
  ];
}

export function buildChecklist(context: CaseContext): ChecklistItem[] {
  switch (context.facts.pathway) {
    case 'fr-trafficking':
      return buildFrTraffickingChecklist(context);
    case 'fr-humanitarian':
      return buildFrHumanitarianChecklist(context);
    case 'fr-prostitution-exit':
      return buildFrProstitutionExitChecklist(context);
    case 'be-trafficking':
      return buildBeTraffickingChecklist(context);
  }
}
