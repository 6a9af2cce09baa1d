/** The findings of a case: conditions here, their scope and basis per pathway in PATHWAY_PROFILES. */
import { FINDING_CODES, FINDING_EFFECT, type Finding, type FindingCode } from './assessment';
import type { CaseContext } from './build-case-context';
import { PATHWAY_PROFILES } from './pathway-profiles';

/** When each finding holds, whatever the pathway (the pathway decides whether it exists). */
const FINDING_CONDITIONS: Readonly<Record<FindingCode, (context: CaseContext) => boolean>> = {
  'eu-citizen-excluded': ({ facts }) => facts.person.euCitizenOrFamily === true,
  'public-order-threat': ({ facts }) => facts.situation.publicOrderThreat === true,
  'contact-with-perpetrators': ({ facts }) => facts.situation.contactWithPerpetrators === true,
  'polygamy-excluded': ({ facts }) => facts.situation.polygamy === true,
  'cooperation-missing': ({ events }) => events.cooperationOn === undefined,
  'centre-support-missing': ({ facts }) => facts.situation.centreSupport !== true,
  'minor-under-16': ({ birth, params }) =>
    birth !== undefined && birth.age < params.frTrafficking.minorCardAge,
  'refusal-risk-oqtf': ({ facts }) => facts.situation.oqtfNotComplied === true,
  'refusal-risk-fraud': ({ facts }) => facts.situation.documentFraud === true,
  'refusal-risk-serious-offence': ({ facts }) => facts.situation.seriousOffence === true,
  'refusal-risk-violence-officials': ({ facts }) =>
    facts.situation.violenceAgainstOfficials === true,
  // FR-T12: the procedure ended without conviction, so L425-1 no longer grounds a renewal.
  'renewal-ground-lost': ({ facts }) =>
    facts.situation.proceedings === 'acquittal' || facts.situation.proceedings === 'closed',
  'in-reflection-period': ({ reflection, today }) =>
    reflection !== undefined && today <= reflection.end,
  'resident-card-right': ({ hasFinalConviction }) => hasFinalConviction,
  'indefinite-stay-possible': ({ hasFinalConviction }) => hasFinalConviction,
  'commission-required': ({ hasLongResidence }) => hasLongResidence,
  discretionary: () => true,
};

/** Findings in FINDING_CODES order: worst effect first, then as the contract lists them. */
export function collectFindings(context: CaseContext): Finding[] {
  const scope = PATHWAY_PROFILES[context.facts.pathway].findings;
  const findings: Finding[] = [];
  for (const code of FINDING_CODES) {
    const basis = scope[code];
    if (basis !== undefined && FINDING_CONDITIONS[code](context)) {
      findings.push({ code, effect: FINDING_EFFECT[code], basis: [...basis] });
    }
  }
  return findings;
}
