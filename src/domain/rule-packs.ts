/**
 * The rule catalogue as data: every rule with its id, legal basis and confidence, grouped in
 * versioned packs with the date each version applies from, and the numbers the core computes with.
 * A law change is a new pack version appended to its list, never an edit of an older version.
 */
import type { PlainDate } from './plain-date-schema';

export const CONFIDENCES = ['H', 'M', 'L', 'H/M', 'M/H', 'M/L'] as const;
/** H: read in the law or an official page; M: official practice or a secondary source; L: older source. */
export type Confidence = (typeof CONFIDENCES)[number];

export const RULE_IDS = [
  'D1',
  'D2',
  'D3',
  'D4',
  'D5',
  'D6',
  'FR-T1',
  'FR-T2',
  'FR-T3',
  'FR-T4',
  'FR-T5',
  'FR-T6',
  'FR-T7',
  'FR-T8',
  'FR-T9',
  'FR-T10',
  'FR-T11',
  'FR-T12',
  'FR-H1',
  'FR-H2',
  'FR-H3',
  'FR-H4',
  'FR-G1',
  'FR-G2',
  'FR-G3',
  'FR-G4',
  'FR-G5',
  'FR-G6',
  'FR-G7',
  'FR-G8',
  // After an adverse decision: appeals (rule book §4 bis, added 2026-11-30).
  'FR-A1',
  'FR-A2',
  'FR-A3',
  'FR-A4',
  'FR-A5',
  'FR-A6',
  'FR-A7',
  'FR-A8',
  'FR-A9',
  'FR-A10',
  'FR-A11',
  // Added by this project: ids for the document checklists (docs/rules.md, "Packs and versions").
  'FR-C1',
  'FR-C2',
  'FR-C3',
  'FR-C4',
  'FR-C5',
  'FR-C6',
  'FR-C7',
  'FR-C8',
  'BE-1',
  'BE-2',
  'BE-3',
  'BE-4',
  'BE-5',
  'BE-6',
  'BE-7',
  'BE-8',
  'BE-9',
  'BE-10',
  'BE-A1',
  'BE-A2',
  'BE-A3',
  'BE-C1',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const PACK_IDS = [
  'dates',
  'fr-general',
  'fr-trafficking',
  'fr-humanitarian',
  'fr-appeals',
  'be-trafficking',
] as const;
export type PackId = (typeof PACK_IDS)[number];

export interface RuleDefinition {
  readonly id: RuleId;
  /** The legal text or source, as docs/rules.md cites it. */
  readonly basis: string;
  readonly confidence: Confidence;
}

export interface RulePack<Params> {
  readonly pack: PackId;
  readonly version: number;
  /** The first day this version is in force. */
  readonly appliesFrom: PlainDate;
  readonly rules: readonly RuleDefinition[];
  /** The numbers the core computes with under this version. */
  readonly params: Params;
}

/** Versions of one pack, oldest first; never empty. */
export type PackVersions<Params> = readonly [RulePack<Params>, ...RulePack<Params>[]];

export interface FrGeneralParams {
  /** FR-G1 via D4. */
  readonly renewalWindow: { readonly opensDaysBefore: number; readonly closesDaysBefore: number };
  /** FR-G4 via D3. */
  readonly complementAnswerDays: number;
  /** FR-C3: applications filed from this day need the republic commitment. */
  readonly republicCommitmentFrom: PlainDate;
  /** FR-C2: domicile lines less than this many months old. */
  readonly domicileMaxAgeMonths: number;
}

export interface FrTraffickingParams {
  /** FR-T2: the récépissé is valid this many days (D2). */
  readonly reflectionDays: number;
  /** FR-T9: the age from which a minor may get the card, and the age of majority. */
  readonly minorCardAge: number;
  readonly majorityAge: number;
}

export interface FrHumanitarianParams {
  /** FR-H4: more than this many years of residence → the commission must be consulted. */
  readonly commissionAfterYears: number;
}

/** A time to act after an event (D3): months first, then days. */
export interface TimeToActLength {
  readonly months: number;
  readonly days: number;
}

export interface FrAppealsParams {
  /** FR-A1: appeal against a refusal notified without an OQTF (D3). */
  readonly refusalAppeal: TimeToActLength;
  /** FR-A4: silence after an application becomes an implicit refusal (D3). */
  readonly implicitRefusalAfter: TimeToActLength;
  /** FR-A5: appeal against the implicit refusal, from the day it arose (D3). */
  readonly implicitAppeal: TimeToActLength;
  /** FR-A6: OQTF, person free (a departure period granted, or not known). */
  readonly oqtfFree: TimeToActLength;
  /** FR-A6: OQTF, person free, no departure period: the precaution of the rule book. */
  readonly oqtfFreeWithoutDeparturePeriod: TimeToActLength;
  /** FR-A7: OQTF, person assigned to residence or detained. */
  readonly oqtfAssignedOrDetained: TimeToActLength;
  /** FR-A8: OQTF in rétention, 48 hours by the hour: the next day is the last full day. */
  readonly oqtfRetention: TimeToActLength;
  /** FR-A8: the length of the rétention deadline in hours. */
  readonly retentionHours: number;
  /** FR-A10: the departure period of an OQTF, when granted (D3). */
  readonly departurePeriod: TimeToActLength;
}

export interface BeTraffickingParams {
  /** BE-2: the annexe 15 is valid this many days (D2). */
  readonly reflectionDays: number;
  /** BE-A1: appeal to the Council within this many days of notification (D3). */
  readonly appealDays: number;
  /** BE-A2: the same, the person being detained. */
  readonly appealDaysDetained: number;
}

export const DATES_PACK: PackVersions<Record<string, never>> = [
  {
    pack: 'dates',
    version: 1,
    // Conventions of counting, not law: in force before any legal pack.
    appliesFrom: '2000-01-01',
    params: {},
    rules: [
      {
        id: 'D1',
        basis: 'date convention: plain calendar dates, no time, no zone',
        confidence: 'H',
      },
      {
        id: 'D2',
        basis: 'ANEF decision and prolongation attestation',
        confidence: 'H',
      },
      { id: 'D3', basis: 'code de procédure civile art. 641', confidence: 'H' },
      { id: 'D4', basis: 'R431-5 1°', confidence: 'H' },
      { id: 'D5', basis: 'date convention', confidence: 'M' },
      { id: 'D6', basis: 'date convention', confidence: 'M' },
    ],
  },
];

export const FR_GENERAL_PACK: PackVersions<FrGeneralParams> = [
  {
    pack: 'fr-general',
    version: 1,
    // CESEDA as recodified by ordonnance 2020-1733, in force 1 May 2021 (the article numbers cited).
    appliesFrom: '2021-05-01',
    params: {
      renewalWindow: { opensDaysBefore: 120, closesDaysBefore: 60 },
      complementAnswerDays: 30,
      republicCommitmentFrom: '2024-07-17',
      domicileMaxAgeMonths: 6,
    },
    rules: [
      { id: 'FR-G1', basis: 'R431-5 1°', confidence: 'H' },
      { id: 'FR-G2', basis: 'L436-5, L612-3 3°', confidence: 'H' },
      { id: 'FR-G3', basis: 'R431-15-1', confidence: 'H' },
      { id: 'FR-G4', basis: 'ANEF guide', confidence: 'M' },
      { id: 'FR-G5', basis: 'R432-2', confidence: 'M' },
      { id: 'FR-G6', basis: 'ANEF guide', confidence: 'H' },
      { id: 'FR-G7', basis: 'ANEF guide', confidence: 'H' },
      { id: 'FR-G8', basis: 'R431-5 1°, L436-5, L612-3 3°', confidence: 'H/M' },
      { id: 'FR-C1', basis: 'service-public 2024; ANEF guide', confidence: 'H' },
      { id: 'FR-C2', basis: 'service-public 2024; ANEF guide', confidence: 'H' },
      { id: 'FR-C3', basis: 'L412-7 to L412-10; loi 2024-42 art. 46', confidence: 'H' },
    ],
  },
];

export const FR_TRAFFICKING_PACK: PackVersions<FrTraffickingParams> = [
  {
    pack: 'fr-trafficking',
    version: 1,
    appliesFrom: '2021-05-01',
    params: { reflectionDays: 30, minorCardAge: 16, majorityAge: 18 },
    rules: [
      { id: 'FR-T1', basis: 'R425-1; CoE Convention art. 13', confidence: 'H' },
      { id: 'FR-T2', basis: 'R425-2', confidence: 'H/M' },
      { id: 'FR-T3', basis: 'service-public', confidence: 'H' },
      { id: 'FR-T4', basis: 'L425-1', confidence: 'H' },
      { id: 'FR-T5', basis: 'L432-1 ff., L412-7 ff.', confidence: 'H' },
      { id: 'FR-T6', basis: 'L425-1, L436-8', confidence: 'H' },
      { id: 'FR-T7', basis: 'L425-1, L433-5 2°', confidence: 'H/M' },
      { id: 'FR-T8', basis: 'L425-3', confidence: 'H' },
      { id: 'FR-T9', basis: 'R425-5; service-public', confidence: 'H/M' },
      { id: 'FR-T10', basis: 'L425-4', confidence: 'H' },
      { id: 'FR-T11', basis: 'R425-8; service-public', confidence: 'H' },
      { id: 'FR-T12', basis: 'L425-1 (inference)', confidence: 'M' },
      { id: 'FR-C4', basis: 'service-public 2024; ANEF guide', confidence: 'H' },
      { id: 'FR-C5', basis: 'general renewal practice', confidence: 'M' },
      { id: 'FR-C6', basis: 'ANEF guide', confidence: 'H' },
      { id: 'FR-C8', basis: 'L425-4 (inference: no official document list)', confidence: 'M' },
    ],
  },
];

export const FR_HUMANITARIAN_PACK: PackVersions<FrHumanitarianParams> = [
  {
    pack: 'fr-humanitarian',
    version: 1,
    appliesFrom: '2021-05-01',
    params: { commissionAfterYears: 10 },
    rules: [
      { id: 'FR-H1', basis: 'L435-1', confidence: 'H' },
      { id: 'FR-H2', basis: 'L435-1; circular 28 Nov 2012', confidence: 'H' },
      { id: 'FR-H3', basis: 'L435-1', confidence: 'H' },
      { id: 'FR-H4', basis: 'L435-1, L432-13 ff.', confidence: 'H' },
      { id: 'FR-C7', basis: 'L435-1; circular 28 Nov 2012', confidence: 'M' },
    ],
  },
];

/**
 * The appeals after an adverse decision (rule book §4 bis). One version: the litigation of removal
 * orders as rebuilt by loi 2024-42 art. 72 and décret 2024-799, for decisions from 2024-07-15. The
 * older regime (30 days / 15 days / 48 h by kind of OQTF) is not carried. A deadline of this pack
 * is computed with the version in force on the day of the decision it concerns (the reform applies
 * to decisions from that day), so a later change of the law is a version 2 that leaves the
 * deadlines of older decisions as they were.
 */
export const FR_APPEALS_PACK: PackVersions<FrAppealsParams> = [
  {
    pack: 'fr-appeals',
    version: 1,
    appliesFrom: '2024-07-15',
    params: {
      refusalAppeal: { months: 2, days: 0 },
      implicitRefusalAfter: { months: 4, days: 0 },
      implicitAppeal: { months: 2, days: 0 },
      oqtfFree: { months: 1, days: 0 },
      oqtfFreeWithoutDeparturePeriod: { months: 0, days: 7 },
      oqtfAssignedOrDetained: { months: 0, days: 7 },
      oqtfRetention: { months: 0, days: 1 },
      retentionHours: 48,
      departurePeriod: { months: 0, days: 30 },
    },
    rules: [
      { id: 'FR-A1', basis: 'CJA R421-1', confidence: 'H' },
      { id: 'FR-A2', basis: 'CJA R421-5', confidence: 'H' },
      { id: 'FR-A3', basis: 'CE 1964 Beaulieu; CRPA L411-2', confidence: 'M' },
      { id: 'FR-A4', basis: 'R432-2; CE avis 10-10-2024 n° 494718', confidence: 'H' },
      {
        id: 'FR-A5',
        basis: 'R421-1, R421-2; CRPA L112-6; CE Czabaj 2016, CE 18-03-2019 n° 417270',
        confidence: 'M/H',
      },
      { id: 'FR-A6', basis: 'L911-1 (via L614-1 ff., 2024)', confidence: 'M' },
      { id: 'FR-A7', basis: 'L921-1', confidence: 'H' },
      { id: 'FR-A8', basis: 'L921-2', confidence: 'H' },
      { id: 'FR-A9', basis: 'L722-7 (number not verified)', confidence: 'M/L' },
      { id: 'FR-A10', basis: 'L612-1', confidence: 'H/M' },
      { id: 'FR-A11', basis: 'R425-2', confidence: 'H' },
    ],
  },
];

export const BE_TRAFFICKING_PACK: PackVersions<BeTraffickingParams> = [
  {
    pack: 'be-trafficking',
    version: 1,
    // Loi du 15 mars 2017 (art. 61/2 §2 as amended); the day of entry into force is not re-verified.
    appliesFrom: '2017-03-15',
    params: { reflectionDays: 45, appealDays: 30, appealDaysDetained: 10 },
    rules: [
      { id: 'BE-1', basis: 'art. 61/2; 1997 directive §3', confidence: 'H' },
      { id: 'BE-2', basis: 'art. 61/2 §2 (loi 15-03-2017)', confidence: 'H' },
      { id: 'BE-3', basis: 'circular 2016', confidence: 'H' },
      { id: 'BE-4', basis: 'art. 61/3; 1997 directive §8.2', confidence: 'H' },
      { id: 'BE-5', basis: '1997 directive §8.2', confidence: 'L' },
      { id: 'BE-6', basis: '1997 directive §8.3', confidence: 'L' },
      { id: 'BE-7', basis: 'art. 61/4', confidence: 'H' },
      { id: 'BE-8', basis: 'art. 61/5; 1997 directive §8.3', confidence: 'M/H' },
      { id: 'BE-9', basis: 'art. 61/2', confidence: 'H' },
      { id: 'BE-10', basis: '1997 directive §9', confidence: 'L' },
      // Appeals to the Conseil du contentieux des étrangers: law of 15-12-1980, in force long before.
      { id: 'BE-A1', basis: 'art. 39/57 §1', confidence: 'M/H' },
      { id: 'BE-A2', basis: 'art. 39/57 §1', confidence: 'M' },
      { id: 'BE-A3', basis: 'art. 39/82', confidence: 'H' },
      { id: 'BE-C1', basis: 'practice of the centres', confidence: 'M' },
    ],
  },
];

/** Every version of every pack. */
export const RULE_PACKS: readonly RulePack<unknown>[] = [
  ...DATES_PACK,
  ...FR_GENERAL_PACK,
  ...FR_TRAFFICKING_PACK,
  ...FR_HUMANITARIAN_PACK,
  ...FR_APPEALS_PACK,
  ...BE_TRAFFICKING_PACK,
];

/**
 * The version in force on `on`: the last one that applies from `on` or earlier. Before the first
 * version the first one is used: the app carries no older law, and refusing to compute would help
 * nobody (documented in docs/rules.md).
 */
export function findPackInForce<Params>(
  versions: PackVersions<Params>,
  on: PlainDate,
): RulePack<Params> {
  return versions.findLast((version) => version.appliesFrom <= on) ?? versions[0];
}
