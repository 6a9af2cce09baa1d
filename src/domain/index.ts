/**
 * The public face of the domain core (docs/domain-contract.md; the rules: docs/rules.md). Pure
 * TypeScript + zod: no React, Dexie, i18next, fetch or clock — `today` is always an argument.
 */
export { assessCase, decideVerdict } from './assess-case';
export {
  CHECKLIST_CODES,
  DEADLINE_CODES,
  DEADLINE_STATUSES,
  FINDING_CODES,
  FINDING_EFFECT,
  FINDING_EFFECTS,
  NATIONALITY_PROOF_VARIANTS,
  VERDICTS,
  type Assessment,
  type ChecklistCode,
  type ChecklistItem,
  type Deadline,
  type DeadlineCode,
  type DeadlineStatus,
  type Finding,
  type FindingCode,
  type FindingEffect,
  type NationalityProofVariant,
  type Verdict,
} from './assessment';
export {
  APPEAL_COURTS,
  APPEAL_TARGETS,
  APPLICATION_KINDS,
  AppealFiledEventSchema,
  ApplicationFiledEventSchema,
  CaseEventSchema,
  CaseFactsSchema,
  ComplaintFiledEventSchema,
  ComplementAnsweredEventSchema,
  ComplementRequestedEventSchema,
  DECISION_OUTCOMES,
  DecisionEventSchema,
  EVENT_TYPES,
  FinalConvictionEventSchema,
  HOUSING,
  LegalAidRequestedEventSchema,
  OQTF_SITUATIONS,
  OqtfNotifiedEventSchema,
  OrderToLeaveNotifiedEventSchema,
  PARENTAL_AUTHORITY,
  PATHWAYS,
  PERMIT_KINDS,
  PROCEEDINGS,
  PathwaySchema,
  PermitIssuedEventSchema,
  PermitKindSchema,
  PersonSchema,
  ProlongationIssuedEventSchema,
  ReflectionGrantedEventSchema,
  SituationSchema,
  TestimonyGivenEventSchema,
  VALIDITY_ORDER_ISSUE,
  ClockTimeSchema,
  isValidityOrdered,
  type AppealCourt,
  type AppealFiledEvent,
  type AppealTarget,
  type ApplicationKind,
  type CaseEvent,
  type CaseFacts,
  type DecisionOutcome,
  type EventType,
  type Housing,
  type OqtfNotifiedEvent,
  type OqtfSituation,
  type OrderToLeaveNotifiedEvent,
  type ParentalAuthority,
  type Pathway,
  type PermitIssuedEvent,
  type PermitKind,
  type Person,
  type Proceedings,
  type ProlongationIssuedEvent,
  type Situation,
} from './case-facts-schema';
export { InvalidCaseFactsError, type CaseFactsIssue } from './invalid-case-facts-error';
export { checkPersonDates } from './parse-case-facts';
export { PlainDateSchema, isPlainDate, type PlainDate } from './plain-date-schema';
export { lastValidDay } from './last-valid-day';
export type { DateLength } from './read-length';
export { addTimeToAct, type TimeToAct } from './add-time-to-act';
export { countBackWindow, type CountBack, type DateWindow } from './count-back-window';
export { subtractOneMonth } from './subtract-one-month';
export { countFullYears, findAnniversary } from './find-anniversary';
export { findDeparturePeriodEnd } from './find-departure-period-end';
export {
  CONFIDENCES,
  PACK_IDS,
  RULE_IDS,
  RULE_PACKS,
  type BeTraffickingParams,
  type Confidence,
  type FrAppealsParams,
  type PackId,
  type RuleDefinition,
  type RuleId,
  type RulePack,
} from './rule-packs';
export { RULES, getRule, type RuleEntry } from './get-rule';
export { countDaysUntil, shiftDays } from './count-days';
export { USUAL_VALIDITY, suggestLastValidDay } from './suggest-last-valid-day';
export {
  NATIONALITY_CERTIFICATE_MAX_AGE_MONTHS,
  UPLOAD_LIMITS,
  checkUpload,
  findStaleFrom,
  isDocumentFresh,
  isEphotoCode,
  type UploadRefusal,
} from './check-document';
export {
  DOCUMENT_CHECKS,
  DOCUMENT_STATUSES,
  IDENTITY_DOCUMENT_VARIANTS,
  SHOWN_DOCUMENT_STATUSES,
  findDocumentCheck,
  trackDocuments,
  type DocumentCheck,
  type DocumentRecord,
  type DocumentStatus,
  type ShownDocumentStatus,
  type TrackedLine,
} from './track-documents';
export { dateOfEvent } from './date-of-event';
export { CASE_REFERENCE_LENGTH, toCaseReference } from './to-case-reference';
export { URGENCIES, classifyUrgency, type Urgency } from './classify-urgency';
export {
  APPOINTMENT_KINDS,
  AppointmentSchema,
  ApplicationDetailsSchema,
  CaseFileContentSchema,
  CaseFileSchema,
  ChildSchema,
  ContactSchema,
  CountryCodeSchema,
  DocumentLineSchema,
  FAMILY_STATUSES,
  FamilySchema,
  HousingDetailsSchema,
  IdentitySchema,
  LINE_STATUSES,
  LanguageTagSchema,
  LanguagesSchema,
  NewCaseFileSchema,
  ProceedingsDetailsSchema,
  SEXES,
  TimelineEntrySchema,
  FactSourceSchema,
  contentOf,
  toCaseFacts,
  type ApplicationDetails,
  type Appointment,
  type AppointmentKind,
  type CaseFile,
  type CaseFileContent,
  type CaseFileContentInput,
  type DocumentLine,
  type NewCaseFile,
  type FactSource,
  type TimelineEntry,
} from './case-file';
export {
  APPOINTMENT_TIME_ZONES,
  appointmentTimeZone,
  type AppointmentTimeZone,
} from './appointment-time-zone';
export { assessCaseFile, type CaseFileAssessment } from './assess-case-file';
export { timeDeadline, type TimedDeadline } from './time-deadline';
export {
  DOCUMENT_EXPIRY_REASONS,
  findDocumentExpiries,
  type DocumentExpiry,
  type DocumentExpiryReason,
} from './find-document-expiries';
export {
  assessFilingReadiness,
  type FilingField,
  type FilingFieldCode,
  type FilingReadiness,
} from './assess-filing-readiness';
export {
  APPEAL_DEADLINES,
  MILESTONE_DEADLINES,
  findAppealInformation,
  isAppealDeadline,
  isMilestone,
} from './deadline-kinds';
export { findFilingDate } from './find-filing-date';
export {
  isSameValue,
  mergeThreeWay,
  settleConflicts,
  type MergeConflict,
  type MergePath,
  type MergeResult,
} from './merge-three-way';
export { listDifferences, type Difference } from './list-differences';
// Interviews (issue 15, decision 020): scripts as versioned data, their words per language apart.
export {
  INTERVIEW_LANGUAGES,
  INTERVIEW_LANGUAGE_INFO,
  SCRIPT_FONTS,
  SOURCE_LANGUAGES,
  WRITING_SCRIPTS,
  isInterviewLanguage,
  type InterviewLanguage,
  type InterviewLanguageInfo,
  type WritingScript,
} from './interviews/interview-languages';
export {
  ANSWER_TYPES,
  CASE_FIELD_TARGETS,
  COMMON_TEXT_IDS,
  PERSON_MODE_TEXT_IDS,
  PROPOSED_EVENT_TYPES,
  TRANSCRIPT_TEXT_IDS,
  checkScript,
  listQuestions,
  listTextIds,
  type AnswerMapping,
  type AnswerType,
  type CaseFieldTarget,
  type Condition,
  type InterviewScript,
  type ProposedEventType,
  type Question,
  type ScriptProblem,
  type Section,
  type TextAudience,
  type TextId,
} from './interviews/interview-script';
export { INTERVIEW_SCRIPTS, findInterviewScript } from './interviews/interview-scripts';
export { SCREENING_SCRIPT_V1 } from './interviews/screening/screening-script';
export {
  InterviewTextEntrySchema,
  InterviewTextsFileSchema,
  TEXT_STATUSES,
  checkTextsFile,
  countTexts,
  expectedTextIds,
  interviewText,
  type InterviewText,
  type InterviewTexts,
  type InterviewTextsFile,
  type TextCompleteness,
  type TextStatus,
  type TextsFileProblem,
} from './interviews/interview-text';
export {
  ANSWER_LIMITS,
  AnswerValueSchema,
  InterviewAnswerSchema,
  InterviewSchema,
  isSameInterview,
  mergeAnswers,
  mergeInterviews,
  type AnswerLimit,
  type AnswerValue,
  type Interview,
  type InterviewAnswer,
} from './interviews/merge-answers';
export { compareInstants } from './interviews/instants';
export {
  INTERPRETER_MODES,
  SESSION_EVENT_KINDS,
  InterpreterSchema,
  SessionEventSchema,
  interviewState,
  mergeSessionLogs,
  nextSessionEvents,
  type Interpreter,
  type InterpreterMode,
  type InterviewState,
  type SessionEvent,
  type SessionEventKind,
} from './interviews/interview-session';
export {
  PROPOSAL_DECISIONS,
  ProposalDecisionSchema,
  decide,
  decisionOn,
  mergeDecisions,
  pendingProposals,
  proposalTarget,
  type ProposalDecision,
  type ProposalDecisionKind,
} from './interviews/proposal-decisions';
export {
  isValueOfType,
  visibleQuestions,
  visibleSections,
  type VisibleSection,
} from './interviews/visible-questions';
export {
  readConsent,
  shareableAnswers,
  type InterviewConsent,
} from './interviews/interview-consent';
export {
  applyProposal,
  proposeChanges,
  type CaseFieldValue,
  type ProposalSource,
  type ProposedChange,
  type ProposedEvent,
  type ProposedFieldChange,
} from './interviews/propose-changes';
export {
  TRANSCRIPT_COPIES,
  buildTranscript,
  listTranscriptVersions,
  type TranscriptAnswer,
  type TranscriptCopy,
  type TranscriptEntry,
  type TranscriptSection,
} from './interviews/interview-transcript';
