/**
 * The facts of a case as the core reads them (docs/domain-contract.md, "Case facts"). The zod
 * schemas are the single source of the types and of input validation; the UI derives its forms
 * from them with pick/extend.
 * Messages are translation keys, translated by the UI.
 */
import { z } from 'zod';
import { PlainDateSchema } from './plain-date-schema';

export const PATHWAYS = [
  'fr-trafficking',
  'fr-humanitarian',
  'be-trafficking',
  // Added beside the contract: L425-4 (FR-T10), the APS of a parcours de sortie de la prostitution.
  'fr-prostitution-exit',
] as const;

export const PERMIT_KINDS = [
  'fr-reflection-recepisse', // FR-T2
  'fr-cst-vpf', // FR-T6 / FR-H3
  'fr-aps', // FR-T10
  'fr-carte-resident', // FR-T8
  'be-annexe-15', // BE-2
  'be-attestation-immatriculation', // BE-4
  'be-cire', // BE-7
] as const;

export const EVENT_TYPES = [
  'reflection-granted',
  'complaint-filed',
  'testimony-given',
  'permit-issued',
  'application-filed',
  'complement-requested',
  'complement-answered',
  'prolongation-issued',
  'decision',
  'final-conviction',
  // Contract version 2: after an adverse decision (FR-A*, BE-A*).
  'oqtf-notified',
  'order-to-leave-notified',
  'appeal-filed',
  // Beside the contract: FR-A6, a legal-aid request interrupts the OQTF deadline (information).
  'legal-aid-requested',
] as const;

export const APPLICATION_KINDS = ['first', 'renewal', 'resident-card'] as const;
/** FR-A6–FR-A8: the OQTF's appeal deadline depends on where the person is. */
export const OQTF_SITUATIONS = ['free', 'assigned-or-detained', 'retention'] as const;
export const APPEAL_TARGETS = ['refusal', 'implicit-refusal', 'oqtf', 'order-to-leave'] as const;
/** 'administrative': a recours gracieux or hiérarchique (FR-A3). */
export const APPEAL_COURTS = ['tribunal', 'administrative'] as const;
export const DECISION_OUTCOMES = ['granted', 'refused'] as const;
export const PARENTAL_AUTHORITY = [
  'married',
  'divorced',
  'recognised-before-1',
  'recognised-after-1',
  'separated',
  'third-party',
] as const;
export const HOUSING = ['own', 'hotel', 'hosted'] as const;
export const PROCEEDINGS = [
  'investigation',
  'trial',
  'appeal',
  'final-conviction',
  'acquittal',
  'closed',
] as const;

const UNKNOWN_CODE = { error: 'validation.code.unknown' };

export const PathwaySchema = z.enum(PATHWAYS, UNKNOWN_CODE);
export const PermitKindSchema = z.enum(PERMIT_KINDS, UNKNOWN_CODE);

/**
 * Beside the contract (issue 12): the numbers printed on a récépissé, an attestation or a card, and
 * the ANEF application number. Optional, read by no rule: for the worker and the dossier only.
 */
const DocumentNumberSchema = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(40, 'validation.tooLong')
  .optional();

export const ReflectionGrantedEventSchema = z.object({
  type: z.literal('reflection-granted'),
  on: PlainDateSchema,
  /** Beside the contract: the number of the récépissé (FR) or of the annexe 15 (BE). */
  documentNumber: DocumentNumberSchema,
});
export const ComplaintFiledEventSchema = z.object({
  type: z.literal('complaint-filed'),
  on: PlainDateSchema,
});
export const TestimonyGivenEventSchema = z.object({
  type: z.literal('testimony-given'),
  on: PlainDateSchema,
});
/** validUntil is the last valid day (D2). Refined inside CaseEventSchema; see isValidityOrdered. */
export const PermitIssuedEventSchema = z.object({
  type: z.literal('permit-issued'),
  permit: PermitKindSchema,
  validFrom: PlainDateSchema,
  validUntil: PlainDateSchema,
  /** Beside the contract: the number of the card or récépissé handed over. */
  documentNumber: DocumentNumberSchema,
});
export const ApplicationFiledEventSchema = z.object({
  type: z.literal('application-filed'),
  on: PlainDateSchema,
  application: z.enum(APPLICATION_KINDS, UNKNOWN_CODE),
  /** Beside the contract: the application's number on ANEF (France). */
  anefNumber: DocumentNumberSchema,
});
/** FR-G4: openedOn is the day the notification was opened (opening counts as acknowledgement). */
export const ComplementRequestedEventSchema = z.object({
  type: z.literal('complement-requested'),
  openedOn: PlainDateSchema,
});
export const ComplementAnsweredEventSchema = z.object({
  type: z.literal('complement-answered'),
  on: PlainDateSchema,
});
/** FR-G3: attestation de prolongation d'instruction. Refined inside CaseEventSchema. */
export const ProlongationIssuedEventSchema = z.object({
  type: z.literal('prolongation-issued'),
  validFrom: PlainDateSchema,
  validUntil: PlainDateSchema,
  /** Beside the contract: the number of the attestation (or récépissé) of the application. */
  documentNumber: DocumentNumberSchema,
});
export const DecisionEventSchema = z.object({
  type: z.literal('decision'),
  on: PlainDateSchema,
  outcome: z.enum(DECISION_OUTCOMES, UNKNOWN_CODE),
});
export const FinalConvictionEventSchema = z.object({
  type: z.literal('final-conviction'),
  on: PlainDateSchema,
});
/** A local clock time 'HH:MM' (FR-A8: the 48 hours of rétention count by the hour). */
export const ClockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.time.invalid' });
/** FR-A6–FR-A8, FR-A10: `on` is the day of notification. */
export const OqtfNotifiedEventSchema = z.object({
  type: z.literal('oqtf-notified'),
  on: PlainDateSchema,
  situation: z.enum(OQTF_SITUATIONS, UNKNOWN_CODE),
  /** FR-A10: whether a departure period (30 days) was granted; absent when not known. */
  departurePeriod: z.boolean().optional(),
  /** Beside the contract: the hour of notification, for rétention's 48 hours. */
  at: ClockTimeSchema.optional(),
});
/** BE-A1, BE-A2: an order to leave the territory, notified on `on`. */
export const OrderToLeaveNotifiedEventSchema = z.object({
  type: z.literal('order-to-leave-notified'),
  on: PlainDateSchema,
  detained: z.boolean().optional(),
});
export const AppealFiledEventSchema = z.object({
  type: z.literal('appeal-filed'),
  on: PlainDateSchema,
  against: z.enum(APPEAL_TARGETS, UNKNOWN_CODE),
  court: z.enum(APPEAL_COURTS, UNKNOWN_CODE),
});
/** Beside the contract (FR-A6): legal aid requested; shown as information, computes no date. */
export const LegalAidRequestedEventSchema = z.object({
  type: z.literal('legal-aid-requested'),
  on: PlainDateSchema,
});

/**
 * A validity cannot end before it starts. Exported so a form that picks or extends the bare
 * permit/prolongation schemas (zod cannot pick from a refined object) applies the same check.
 */
export function isValidityOrdered(value: { validFrom: string; validUntil: string }): boolean {
  return value.validUntil >= value.validFrom;
}

/** Where and how the order check reports: on validUntil, with a translation key. */
export const VALIDITY_ORDER_ISSUE = { path: ['validUntil'], error: 'validation.date.order' };

export const CaseEventSchema = z.discriminatedUnion(
  'type',
  [
    ReflectionGrantedEventSchema,
    ComplaintFiledEventSchema,
    TestimonyGivenEventSchema,
    PermitIssuedEventSchema.refine(isValidityOrdered, VALIDITY_ORDER_ISSUE),
    ApplicationFiledEventSchema,
    ComplementRequestedEventSchema,
    ComplementAnsweredEventSchema,
    ProlongationIssuedEventSchema.refine(isValidityOrdered, VALIDITY_ORDER_ISSUE),
    DecisionEventSchema,
    FinalConvictionEventSchema,
    OqtfNotifiedEventSchema,
    OrderToLeaveNotifiedEventSchema,
    AppealFiledEventSchema,
    LegalAidRequestedEventSchema,
  ],
  UNKNOWN_CODE,
);

export const PersonSchema = z.object({
  birthDate: PlainDateSchema.optional(),
  euCitizenOrFamily: z.boolean().optional(), // FR-T3
  emancipated: z.boolean().optional(),
  parentalAuthority: z.enum(PARENTAL_AUTHORITY, UNKNOWN_CODE).optional(),
  housing: z.enum(HOUSING, UNKNOWN_CODE).optional(),
  arrivedOn: PlainDateSchema.optional(), // date of entry into the country
});

export const SituationSchema = z.object({
  contactWithPerpetrators: z.boolean().optional(), // FR-T4 / BE-7: true = still in contact
  publicOrderThreat: z.boolean().optional(),
  oqtfNotComplied: z.boolean().optional(), // FR-T5
  documentFraud: z.boolean().optional(), // FR-T5
  seriousOffence: z.boolean().optional(), // FR-T5
  violenceAgainstOfficials: z.boolean().optional(), // FR-T5
  polygamy: z.boolean().optional(), // FR-H1
  proceedings: z.enum(PROCEEDINGS, UNKNOWN_CODE).optional(),
  centreSupport: z.boolean().optional(), // BE-1: supported by a recognised centre
});

export const CaseFactsSchema = z.object({
  pathway: PathwaySchema,
  person: PersonSchema,
  situation: SituationSchema,
  events: z.array(CaseEventSchema), // any order; the core sorts what it needs
});

export type Pathway = z.infer<typeof PathwaySchema>;
export type PermitKind = z.infer<typeof PermitKindSchema>;
export type CaseEvent = z.infer<typeof CaseEventSchema>;
export type EventType = CaseEvent['type'];
export type PermitIssuedEvent = z.infer<typeof PermitIssuedEventSchema>;
export type ProlongationIssuedEvent = z.infer<typeof ProlongationIssuedEventSchema>;
export type OqtfNotifiedEvent = z.infer<typeof OqtfNotifiedEventSchema>;
export type OrderToLeaveNotifiedEvent = z.infer<typeof OrderToLeaveNotifiedEventSchema>;
export type AppealFiledEvent = z.infer<typeof AppealFiledEventSchema>;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];
export type OqtfSituation = (typeof OQTF_SITUATIONS)[number];
export type AppealTarget = (typeof APPEAL_TARGETS)[number];
export type AppealCourt = (typeof APPEAL_COURTS)[number];
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];
export type ParentalAuthority = (typeof PARENTAL_AUTHORITY)[number];
export type Housing = (typeof HOUSING)[number];
export type Proceedings = (typeof PROCEEDINGS)[number];
export type Person = z.infer<typeof PersonSchema>;
export type Situation = z.infer<typeof SituationSchema>;
export type CaseFacts = z.infer<typeof CaseFactsSchema>;
