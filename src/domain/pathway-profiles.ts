/**
 * Which findings and deadlines exist on each pathway, and the rules each one cites there
 * (docs/domain-contract.md: "Which deadlines exist", "Findings' scope", "Finding codes and
 * verdicts").
 */
import type { DeadlineCode, FindingCode } from './assessment';
import type { Pathway } from './case-facts-schema';
import type { RuleId } from './rule-packs';

export interface PathwayProfile {
  /** A finding exists on the pathway when it has a basis here. */
  findings: Partial<Readonly<Record<FindingCode, readonly RuleId[]>>>;
  /** The deadline codes the pathway computes (each only when its trigger is in the facts). */
  deadlines: readonly DeadlineCode[];
}

/** FR-T5 (L432-1 ff.): the prefecture's grounds of refusal apply to every French card. */
const FRENCH_REFUSAL_RISKS = {
  'refusal-risk-oqtf': ['FR-T5'],
  'refusal-risk-fraud': ['FR-T5'],
  'refusal-risk-serious-offence': ['FR-T5'],
  'refusal-risk-violence-officials': ['FR-T5'],
} as const;

/**
 * Contract version 2 on every French pathway: how a renewal went (FR-G8), an expired permit
 * (FR-G2), the appeal deadlines (FR-A*). The appeal findings cite the rules of the deadlines that
 * raise them, among those listed here.
 */
const FRENCH_LATE_AND_APPEAL_RISKS = {
  'renewal-filed-late': ['FR-G8'],
  'renewal-after-expiry': ['FR-G2', 'FR-G8'],
  'renewal-window-missed': ['FR-G1', 'FR-G8'],
  'permit-expired': ['FR-G2'],
  'appeal-deadline-running': ['FR-A1', 'FR-A5', 'FR-A6', 'FR-A7', 'FR-A8'],
  'appeal-deadline-missed': ['FR-A1', 'FR-A5', 'FR-A6', 'FR-A7', 'FR-A8'],
} as const;

/** The fr.* deadlines of every French pathway; the reflection and majority ones are FR-T only. */
const FRENCH_DEADLINES = [
  'fr.permit.expiry',
  'fr.renewal.window',
  'fr.complement.answer',
  'fr.prolongation.expiry',
  // Contract version 2: the implicit refusal and the appeals (FR-A1, FR-A4–FR-A8).
  'fr.appeal.refusal',
  'fr.appeal.oqtf',
  'fr.implicit.refusal',
  'fr.appeal.implicit',
] as const;

export const PATHWAY_PROFILES: Readonly<Record<Pathway, PathwayProfile>> = {
  'fr-trafficking': {
    findings: {
      'eu-citizen-excluded': ['FR-T3'],
      'public-order-threat': ['FR-T4'],
      'contact-with-perpetrators': ['FR-T4'],
      'cooperation-missing': ['FR-T4'],
      'minor-under-16': ['FR-T9'],
      ...FRENCH_REFUSAL_RISKS,
      'renewal-ground-lost': ['FR-T12'],
      ...FRENCH_LATE_AND_APPEAL_RISKS,
      'in-reflection-period': ['FR-T2'],
      'resident-card-right': ['FR-T8'],
    },
    deadlines: ['fr.reflection.end', ...FRENCH_DEADLINES, 'fr.majority'],
  },
  'fr-humanitarian': {
    findings: {
      'eu-citizen-excluded': ['FR-H1'],
      'public-order-threat': ['FR-H1'],
      'polygamy-excluded': ['FR-H1'],
      ...FRENCH_REFUSAL_RISKS,
      ...FRENCH_LATE_AND_APPEAL_RISKS,
      'in-reflection-period': ['FR-T2'],
      'commission-required': ['FR-H4'],
      discretionary: ['FR-H1'],
    },
    deadlines: FRENCH_DEADLINES,
  },
  'be-trafficking': {
    findings: {
      'public-order-threat': ['BE-7'],
      'contact-with-perpetrators': ['BE-7'],
      'cooperation-missing': ['BE-4'],
      'centre-support-missing': ['BE-1'],
      'permit-expired': ['BE-7'],
      'appeal-deadline-running': ['BE-A1', 'BE-A2'],
      'appeal-deadline-missed': ['BE-A1', 'BE-A2'],
      'in-reflection-period': ['BE-2'],
      'indefinite-stay-possible': ['BE-8'],
    },
    deadlines: ['be.reflection.end', 'be.permit.expiry', 'be.prosecutor.followup', 'be.appeal'],
  },
  // L425-4 (FR-T10): no cooperation is required, the APS follows the parcours de sortie.
  'fr-prostitution-exit': {
    findings: {
      'eu-citizen-excluded': ['FR-T3'],
      'public-order-threat': ['FR-T10'],
      ...FRENCH_REFUSAL_RISKS,
      ...FRENCH_LATE_AND_APPEAL_RISKS,
      'in-reflection-period': ['FR-T2'],
    },
    deadlines: FRENCH_DEADLINES,
  },
};
