/**
 * What assessCase returns (docs/domain-contract.md): codes with data, never sentences; the UI
 * translates.
 */
import type { PlainDate } from './plain-date-schema';

export const DEADLINE_CODES = [
  'fr.reflection.end', // FR-T2
  'fr.permit.expiry', // latest fr-cst-vpf / fr-aps / fr-carte-resident
  'fr.renewal.window', // FR-G1
  'fr.complement.answer', // FR-G4
  'fr.prolongation.expiry', // FR-G3
  'fr.majority', // FR-T9
  'be.reflection.end', // BE-2
  'be.permit.expiry', // latest be-attestation-immatriculation / be-cire
  'be.prosecutor.followup', // BE-5
  // Contract version 2
  'fr.appeal.refusal', // FR-A1
  'fr.appeal.oqtf', // FR-A6–FR-A8
  'fr.implicit.refusal', // FR-A4: the day silence becomes a refusal (a milestone)
  'fr.appeal.implicit', // FR-A5
  'be.appeal', // BE-A1, BE-A2
] as const;
export type DeadlineCode = (typeof DEADLINE_CODES)[number];

export const DEADLINE_STATUSES = ['pending', 'open', 'overdue', 'met'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

export interface Deadline {
  code: DeadlineCode;
  /** Last day to act, inclusive. */
  due: PlainDate;
  /** First day the action is possible (windows only). */
  opens?: PlainDate;
  status: DeadlineStatus;
  /** Rule ids, e.g. ['FR-G1']. */
  basis: string[];
  /** A met deadline: the date of the earliest event that answers it. */
  answeredOn?: PlainDate;
  /** A met deadline answered after its due date. */
  late?: boolean;
  /**
   * Beside the contract: fr.appeal.oqtf in rétention with the hour of notification known, the
   * moment the 48 hours end (FR-A8). `due` stays the last full day.
   */
  endsAt?: { on: PlainDate; at: string };
}

export const VERDICTS = ['eligible', 'at-risk', 'incomplete', 'not-eligible'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const FINDING_EFFECTS = ['blocking', 'incomplete', 'risk', 'info'] as const;
export type FindingEffect = (typeof FINDING_EFFECTS)[number];

/** In the order assessCase lists them: by effect, worst first, then as the contract lists them. */
export const FINDING_CODES = [
  'eu-citizen-excluded',
  'public-order-threat',
  'contact-with-perpetrators',
  'polygamy-excluded',
  'cooperation-missing',
  'centre-support-missing',
  'minor-under-16',
  'refusal-risk-oqtf',
  'refusal-risk-fraud',
  'refusal-risk-serious-offence',
  'refusal-risk-violence-officials',
  'renewal-ground-lost',
  // Contract version 2 (risk)
  'renewal-filed-late',
  'renewal-after-expiry',
  'renewal-window-missed',
  'permit-expired',
  'appeal-deadline-running',
  'appeal-deadline-missed',
  'in-reflection-period',
  'resident-card-right',
  'indefinite-stay-possible',
  'commission-required',
  'discretionary',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/** The effect of each finding, fixed by the contract. */
export const FINDING_EFFECT: Readonly<Record<FindingCode, FindingEffect>> = {
  'eu-citizen-excluded': 'blocking',
  'public-order-threat': 'blocking',
  'contact-with-perpetrators': 'blocking',
  'polygamy-excluded': 'blocking',
  'cooperation-missing': 'incomplete',
  'centre-support-missing': 'incomplete',
  'minor-under-16': 'incomplete',
  'refusal-risk-oqtf': 'risk',
  'refusal-risk-fraud': 'risk',
  'refusal-risk-serious-offence': 'risk',
  'refusal-risk-violence-officials': 'risk',
  'renewal-ground-lost': 'risk',
  'renewal-filed-late': 'risk',
  'renewal-after-expiry': 'risk',
  'renewal-window-missed': 'risk',
  'permit-expired': 'risk',
  'appeal-deadline-running': 'risk',
  'appeal-deadline-missed': 'risk',
  'in-reflection-period': 'info',
  'resident-card-right': 'info',
  'indefinite-stay-possible': 'info',
  'commission-required': 'info',
  discretionary: 'info',
};

export interface Finding {
  code: FindingCode;
  effect: FindingEffect;
  basis: string[];
}

/** nationality-proof: one of these will do (service-public 2024; ANEF guide). */
export const NATIONALITY_PROOF_VARIANTS = [
  'passport',
  'consular-attestation',
  'identity-card',
  'consular-card',
  'nationality-certificate', // itself less than 6 months old
] as const;

/**
 * Every line code of docs/rules.md §2, §3, §5, plus the lines of the fr-prostitution-exit pathway.
 */
export const CHECKLIST_CODES = [
  // §2 first application
  'birth-certificate',
  'nationality-proof',
  'ephoto',
  'domicile-proof',
  'hotel-attestation',
  'hotel-invoice',
  'host-attestation',
  'host-identity',
  'host-domicile-proof',
  'complaint-receipt',
  'conviction-judgment',
  'republic-commitment',
  // §2 renewal
  'current-permit',
  'proceedings-proof',
  // §2 minors aged 16 to 18
  'representative-consent',
  'representative-identity',
  'parents-marriage-certificate',
  'divorce-judgment',
  'birth-certificate-recognition',
  'joint-authority-declaration',
  'separation-order',
  'authority-delegation',
  'emancipation-proof',
  // §3 humanitarian evidence
  'residence-evidence',
  'family-ties-evidence',
  'employment-evidence',
  'talent-evidence',
  // §5 Belgium
  'identity-document',
  'statement-reference',
  'centre-support-attestation',
  'court-decision',
  // FR-C8, fr-prostitution-exit (L425-4)
  'exit-programme-authorisation',
] as const;
export type ChecklistCode = (typeof CHECKLIST_CODES)[number];
export type NationalityProofVariant = (typeof NATIONALITY_PROOF_VARIANTS)[number];

export interface ChecklistItem {
  /** A code of CHECKLIST_CODES. */
  code: string;
  required: boolean;
  /** Acceptable alternatives, when any one will do. */
  variants?: string[];
  /** Freshness rule (6 for domicile lines). */
  maxAgeMonths?: number;
  /** An identity document: it must still be valid on the filing date; it has no maxAgeMonths. */
  mustBeValid?: boolean;
  basis: string[];
}

export interface Assessment {
  /** Worst effect wins: blocking → not-eligible, incomplete → incomplete, risk → at-risk. */
  verdict: Verdict;
  findings: Finding[];
  /** Sorted by due date, then code. */
  deadlines: Deadline[];
  /** The lines for the next application to file. */
  checklist: ChecklistItem[];
}
