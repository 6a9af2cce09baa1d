/**
 * The document lines of the next application to file (docs/domain-contract.md "Checklist";
 * docs/rules.md §2, §3, §5). Lines come out in the order of the official lists.
 */
import { NATIONALITY_PROOF_VARIANTS, type ChecklistCode, type ChecklistItem } from './assessment';
import type { CaseContext } from './build-case-context';
import type { Housing, ParentalAuthority } from './case-facts-schema';
import type { RuleId } from './rule-packs';
import { findLatest } from './summarise-events';

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

/**
 * FR-C2: the domicile lines of each housing, and how each is checked: the host's ID card or
 * permit must still be valid on the filing date (an identity document is checked for validity,
 * not age: rule book, 2026-11-30); the others must be less than 6 months old. The host's own proof
 * of domicile only if the address on the host's ID is out of date.
 */
const DOMICILE_LINES: Readonly<
  Record<Housing, readonly { code: ChecklistCode; required: boolean; identity?: true }[]>
> = {
  own: [{ code: 'domicile-proof', required: true }],
  hotel: [
    { code: 'hotel-attestation', required: true },
    { code: 'hotel-invoice', required: true },
  ],
  hosted: [
    { code: 'host-attestation', required: true },
    { code: 'host-identity', required: true, identity: true },
    { code: 'host-domicile-proof', required: false },
  ],
};

/** FR-C2: the lines of the person's housing; none when the housing is unknown. */
function makeDomicileLines({ facts, params }: CaseContext): ChecklistItem[] {
  const { housing } = facts.person;
  if (housing === undefined) return [];
  return DOMICILE_LINES[housing].map(({ code, required, identity }) =>
    identity
      ? { code, required, mustBeValid: true, basis: ['FR-C2'] }
      : {
          code,
          required,
          maxAgeMonths: params.frGeneral.domicileMaxAgeMonths,
          basis: ['FR-C2'],
        },
  );
}

/** An identity document or a permit: it must still be valid on the filing date, whatever its age. */
function makeIdentityLine(
  code: ChecklistCode,
  required: boolean,
  basis: readonly RuleId[],
): ChecklistItem {
  return { code, required, mustBeValid: true, basis: [...basis] };
}

/**
 * FR-C3: the republic commitment is needed when the application is filed from 2024-07-17 (loi
 * 2024-42 art. 46). The filing day is that of the latest application not yet decided (no decision
 * on or after it), else today: the application still to be filed. Renewals included.
 */
function makeRepublicCommitment({ events, params, today }: CaseContext): ChecklistItem[] {
  const applicationOn = findLatest(events.applicationDates);
  const decisionOn = findLatest(events.decisions.map((decision) => decision.on));
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

/**
 * FR-C6 (FR-T9): a person of 16 or 17 applies with the representative's consent, or emancipated;
 * for every application filed while a minor, renewals included (rule book, 2026-11-30).
 */
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

/**
 * FR-C5: renewal of the card (FR-T7), or the resident card after a final conviction (FR-T8). When
 * the proceedings ended without a conviction the L425-1 ground falls away (FR-T12): no proof that
 * they go on is asked (the finding renewal-ground-lost tells the worker to prepare another ground).
 */
function makeRenewalProof({ facts, hasFinalConviction }: CaseContext): ChecklistItem[] {
  if (hasFinalConviction) return [makeLine('conviction-judgment', true, ['FR-C5', 'FR-T8'])];
  const { proceedings } = facts.situation;
  return proceedings === 'acquittal' || proceedings === 'closed'
    ? []
    : [makeLine('proceedings-proof', true, ['FR-C5', 'FR-T7'])];
}

function buildFrTraffickingChecklist(context: CaseContext): ChecklistItem[] {
  if (context.events.hasRenewablePermit) {
    return [
      makeNationalityProof(),
      ...makeDomicileLines(context),
      makeLine('ephoto', true, ['FR-C1']),
      makeIdentityLine('current-permit', true, ['FR-C5', 'FR-T7']),
      ...makeRenewalProof(context),
      ...makeRepublicCommitment(context),
      ...makeMinorLines(context),
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
      makeIdentityLine('current-permit', true, ['FR-C8', 'FR-T10']),
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
 * has one (always listed, not required; valid on the filing date when there is one); the court decision once the proceedings reached court (BE-8): required after a final
 * conviction, useful at trial or appeal when the prosecution's requisitions retained trafficking.
 */
function buildBeTraffickingChecklist({ facts, hasFinalConviction }: CaseContext): ChecklistItem[] {
  const { proceedings } = facts.situation;
  const isInCourt = proceedings === 'trial' || proceedings === 'appeal';
  return [
    makeIdentityLine('identity-document', false, ['BE-C1']),
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
