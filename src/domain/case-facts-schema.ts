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
] as const;

export const APPLICATION_KINDS = ['first', 'renewal', 'resident-card'] as const;
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

export const ReflectionGrantedEventSchema = z.object({
  type: z.literal('reflection-granted'),
  on: PlainDateSchema,
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
});
export const ApplicationFiledEventSchema = z.object({
  type: z.literal('application-filed'),
  on: PlainDateSchema,
  application: z.enum(APPLICATION_KINDS, UNKNOWN_CODE),
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
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];
export type ParentalAuthority = (typeof PARENTAL_AUTHORITY)[number];
export type Housing = (typeof HOUSING)[number];
export type Proceedings = (typeof PROCEEDINGS)[number];
export type Person = z.infer<typeof PersonSchema>;
export type Situation = z.infer<typeof SituationSchema>;
export type CaseFacts = z.infer<typeof CaseFactsSchema>;
