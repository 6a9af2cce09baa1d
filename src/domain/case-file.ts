/**
 * What a case file holds. The facts the rules read (`person`, `situation`) are the domain's own
 * schemas, stored as they are, so assessing a case is `assessCase({ pathway, person, situation,
 * events })` with no mapping; the rest is what the worker and the online filing need.
 * Messages are translation keys.
 */
import { z } from 'zod';
import {
  CaseEventSchema,
  ClockTimeSchema,
  PATHWAYS,
  PersonSchema,
  SituationSchema,
  type CaseFacts,
} from './case-facts-schema';
import { PlainDateSchema } from './plain-date-schema';
import { DOCUMENT_STATUSES } from './track-documents';

const text = (max = 200) => z.string().trim().max(max, 'validation.tooLong');
const optionalText = (max = 200) => text(max).optional();
/** ISO 3166-1 alpha-2, e.g. 'NG'; names come from Intl.DisplayNames in the UI language. */
export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'validation.invalid');
/** BCP 47 language tag, e.g. 'ti', 'ar', 'pt-BR'. */
export const LanguageTagSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'validation.invalid');

export const SEXES = ['female', 'male', 'other'] as const;
export const FAMILY_STATUSES = ['single', 'cohabiting', 'divorced', 'married', 'pacs'] as const;

export const IdentitySchema = z.object({
  birthNames: optionalText(),
  usualName: optionalText(),
  givenNames: optionalText(),
  sex: z.enum(SEXES).optional(),
  birthPlace: optionalText(),
  birthCountry: CountryCodeSchema.optional(),
  nationality: CountryCodeSchema.optional(),
});

export const ContactSchema = z.object({
  phone: optionalText(40),
  email: optionalText(120),
  /** How to reach the person safely (e.g. only through the shelter): the worker's words. */
  safeContactNote: optionalText(1000),
});

export const HousingDetailsSchema = z.object({
  address: optionalText(300),
  hostName: optionalText(),
  since: PlainDateSchema.optional(),
});

export const ChildSchema = z.object({
  id: z.string().min(1),
  givenName: optionalText(),
  birthDate: PlainDateSchema.optional(),
  livesWithPerson: z.boolean().optional(),
});

export const FamilySchema = z.object({
  status: z.enum(FAMILY_STATUSES).optional(),
  unionDate: PlainDateSchema.optional(),
  unionCountry: CountryCodeSchema.optional(),
  dependentChildren: z.boolean().optional(),
  children: z.array(ChildSchema).default([]),
});

export const LanguagesSchema = z.object({
  spoken: z.array(LanguageTagSchema).default([]),
  interpreterNeeded: z.boolean().optional(),
  interpreterLanguage: LanguageTagSchema.optional(),
});

/** Criminal proceedings beyond their stage (the stage is `situation.proceedings`). */
export const ProceedingsDetailsSchema = z.object({
  court: optionalText(),
  prosecutorReference: optionalText(80),
  lawyer: optionalText(),
});

/**
 * Where a fact of the case came from when the worker accepted it from an interview (issue 15):
 * "from the interview of <heldOn>". No instant of acceptance here: two devices accepting the same
 * proposal write the same source, and merge without a conflict.
 */
export const FactSourceSchema = z.object({
  kind: z.literal('interview'),
  interviewId: z.string().min(1),
  heldOn: PlainDateSchema,
  questionId: z.string().min(1),
  /** The value accepted: a field shows its source only while it still holds this value. */
  value: z.json().optional(),
});
export type FactSource = z.infer<typeof FactSourceSchema>;

/** A dated event of the timeline: the domain's event, its own id, and the worker's note. */
export const TimelineEntrySchema = z.object({
  id: z.string().min(1),
  event: CaseEventSchema,
  note: optionalText(2000),
  recordedAt: z.iso.datetime(),
  /** Set when the event came from an interview; kept while the event itself is not changed. */
  source: FactSourceSchema.optional(),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

/** The kinds of appointment a worker plans with the person (issue 12). */
export const APPOINTMENT_KINDS = [
  'prefecture',
  'police',
  'lawyer',
  'hearing',
  'medical',
  'association',
  'other',
] as const;
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];

/**
 * An appointment of the case: a day and a local clock time in the time zone of the case's country
 * (`appointmentTimeZone`), where, and whether an interpreter is needed. Not a rule input: the
 * rules never read it.
 */
export const AppointmentSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(APPOINTMENT_KINDS, 'validation.required'),
  on: PlainDateSchema,
  at: ClockTimeSchema,
  place: optionalText(300),
  interpreterLanguage: LanguageTagSchema.optional(),
  note: optionalText(2000),
});
export type Appointment = z.infer<typeof AppointmentSchema>;

/** The states of a document line: the domain's (it turns a stale received document to expired). */
export const LINE_STATUSES = DOCUMENT_STATUSES;

/** What the worker records about one document line of the checklist (keyed by the line's code). */
export const DocumentLineSchema = z.object({
  status: z.enum(LINE_STATUSES),
  /** The document chosen among the line's acceptable variants (e.g. 'passport'). */
  variant: z.string().optional(),
  issuedOn: PlainDateSchema.optional(),
  /** The last valid day of an identity document or a permit (passport, ID card, the host's ID). */
  validUntil: PlainDateSchema.optional(),
  requestedOn: PlainDateSchema.optional(),
  receivedOn: PlainDateSchema.optional(),
  translationNeeded: z.boolean().optional(),
  translationDone: z.boolean().optional(),
  note: optionalText(2000),
});
export type DocumentLine = z.infer<typeof DocumentLineSchema>;

/** What the online filing asks beyond the person's file (ANEF steps 2 to 4, FR-G6). */
export const ApplicationDetailsSchema = z.object({
  /** FR-C1: the 22-digit code of an approved photographer or booth. */
  ephotoCode: z
    .string()
    .regex(/^\d{22}$/, 'validation.ephoto')
    .optional(),
  /** Sworn statements of step 2: needs a permit to work or train; aware of the penalties. */
  swornNeedsPermit: z.boolean().optional(),
  swornAwareOfPenalties: z.boolean().optional(),
  /** Step 4: observations for the administration. */
  observations: optionalText(4000),
});
export type ApplicationDetails = z.infer<typeof ApplicationDetailsSchema>;

export const CaseFileContentSchema = z.object({
  /** A pseudonym or the association's case number: never required to be the person's real name. */
  label: text(120).min(1, 'validation.required'),
  identity: IdentitySchema.default({}),
  contact: ContactSchema.default({}),
  person: PersonSchema.default({}),
  housing: HousingDetailsSchema.default({}),
  family: FamilySchema.default({ children: [] }),
  languages: LanguagesSchema.default({ spoken: [] }),
  situation: SituationSchema.default({}),
  proceedings: ProceedingsDetailsSchema.default({}),
  /** The worker who follows the case (their display name in the association). */
  worker: optionalText(),
  notes: optionalText(10_000),
  /** The planned filing date, against which documents' freshness is checked. */
  plannedFilingOn: PlainDateSchema.optional(),
  /**
   * The timeline and the document lines live inside the case: one encrypted record to decrypt per
   * case for the list and the dashboard, and item-level merges (by entry id, by line code) on sync.
   */
  timeline: z.array(TimelineEntrySchema).default([]),
  documents: z.record(z.string(), DocumentLineSchema).default({}),
  application: ApplicationDetailsSchema.default({}),
  /** Optional, so that records saved before appointments existed parse unchanged. */
  appointments: z.array(AppointmentSchema).optional(),
  /** Facts accepted from an interview, by field path ('person.arrivedOn'): their source. */
  sources: z.record(z.string(), FactSourceSchema).optional(),
});
export type CaseFileContent = z.infer<typeof CaseFileContentSchema>;
export type CaseFileContentInput = z.input<typeof CaseFileContentSchema>;

export const CaseFileSchema = CaseFileContentSchema.extend({
  id: z.string().min(1),
  pathway: z.enum(PATHWAYS),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  rev: z.number().int().positive(),
});
export type CaseFile = z.infer<typeof CaseFileSchema>;

export const NewCaseFileSchema = z.object({
  label: CaseFileContentSchema.shape.label,
  pathway: z.enum(PATHWAYS, 'validation.required'),
});
export type NewCaseFile = z.infer<typeof NewCaseFileSchema>;

/** The facts the domain core reads, straight from the case file. */
export function toCaseFacts(
  caseFile: Pick<CaseFile, 'pathway' | 'person' | 'situation' | 'timeline'>,
): CaseFacts {
  return {
    pathway: caseFile.pathway,
    person: caseFile.person,
    situation: caseFile.situation,
    events: caseFile.timeline.map((entry) => entry.event),
  };
}

/** The content of a case file, without the record's own fields. */
export function contentOf(caseFile: CaseFile): CaseFileContent {
  const {
    id: _id,
    pathway: _pathway,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    rev: _rev,
    ...content
  } = caseFile;
  return content;
}
