/**
 * From an interview's answers to proposed changes of the case file: only fields and events of the
 * case file schema, each value checked against its schema, each with its source. Nothing is
 * proposed without the consent to use answers for the file, from a declined, unanswered, hidden or
 * limited answer, nor where the case already says the same.
 */
import { z } from 'zod';
import { HOUSING, PARENTAL_AUTHORITY, type CaseEvent } from '../case-facts-schema';
import {
  ContactSchema,
  CountryCodeSchema,
  IdentitySchema,
  LanguageTagSchema,
  type CaseFile,
  type CaseFileContent,
  type TimelineEntry,
} from '../case-file';
import { isSameValue } from '../merge-three-way';
import { PlainDateSchema, isPlainDate, type PlainDate } from '../plain-date-schema';
import { readConsent } from './interview-consent';
import type {
  CaseFieldTarget,
  InterviewScript,
  ProposedEventType,
  Question,
} from './interview-script';
import type { AnswerValue, Interview, InterviewAnswer } from './merge-answers';
import { isConditionMet, walkScript } from './visible-questions';

/** Each target's schema (the case file's own) and where its current value is read. */
const FIELDS = {
  'person.birthDate': { schema: PlainDateSchema, read: (c: CaseFile) => c.person.birthDate },
  'person.arrivedOn': { schema: PlainDateSchema, read: (c: CaseFile) => c.person.arrivedOn },
  'person.housing': { schema: z.enum(HOUSING), read: (c: CaseFile) => c.person.housing },
  'person.parentalAuthority': {
    schema: z.enum(PARENTAL_AUTHORITY),
    read: (c: CaseFile) => c.person.parentalAuthority,
  },
  'identity.birthCountry': {
    schema: CountryCodeSchema,
    read: (c: CaseFile) => c.identity.birthCountry,
  },
  'identity.birthPlace': {
    schema: IdentitySchema.shape.birthPlace.unwrap(),
    read: (c: CaseFile) => c.identity.birthPlace,
  },
  'identity.nationality': {
    schema: CountryCodeSchema,
    read: (c: CaseFile) => c.identity.nationality,
  },
  'situation.contactWithPerpetrators': {
    schema: z.boolean(),
    read: (c: CaseFile) => c.situation.contactWithPerpetrators,
  },
  'family.dependentChildren': {
    schema: z.boolean(),
    read: (c: CaseFile) => c.family.dependentChildren,
  },
  'languages.spoken': {
    schema: z.array(LanguageTagSchema),
    read: (c: CaseFile) => c.languages.spoken,
  },
  'contact.safeContactNote': {
    schema: ContactSchema.shape.safeContactNote.unwrap(),
    read: (c: CaseFile) => c.contact.safeContactNote,
  },
} as const satisfies Record<CaseFieldTarget, { schema: z.ZodType; read: (c: CaseFile) => unknown }>;

export type CaseFieldValue<F extends CaseFieldTarget> = z.output<(typeof FIELDS)[F]['schema']>;

/** Where a proposal comes from: "from the interview of <heldOn>", question, version and language. */
export interface ProposalSource {
  interviewId: string;
  heldOn: PlainDate;
  scriptId: string;
  questionId: string;
  scriptVersion: number;
  shownLanguage: InterviewAnswer['shownLanguage'];
  answeredAt: string;
}

export type ProposedFieldChange = {
  [F in CaseFieldTarget]: {
    kind: 'field';
    field: F;
    value: CaseFieldValue<F>;
    current: CaseFieldValue<F> | undefined;
    source: ProposalSource;
  };
}[CaseFieldTarget];

export interface ProposedEvent {
  kind: 'event';
  event: Extract<CaseEvent, { type: ProposedEventType }>;
  source: ProposalSource;
}

export type ProposedChange = ProposedFieldChange | ProposedEvent;

export function proposeChanges(
  script: InterviewScript,
  interview: Interview,
  caseFile: CaseFile,
): ProposedChange[] {
  if (!readConsent(script, interview.answers).useForFile) return [];
  const walk = walkScript(script, interview.answers, interview.heldOn);
  const proposals: ProposedChange[] = [];
  for (const question of walk.sections.flatMap((section) => section.questions)) {
    const answer = walk.answers.get(question.id);
    const value = walk.values.get(question.id);
    if (answer === undefined || value === undefined || answer.limit !== undefined) continue;
    const source: ProposalSource = {
      interviewId: interview.id,
      heldOn: interview.heldOn,
      scriptId: script.id,
      questionId: question.id,
      scriptVersion: answer.scriptVersion,
      shownLanguage: answer.shownLanguage,
      answeredAt: answer.answeredAt,
    };
    for (const mapping of question.proposes ?? []) {
      if (!isConditionMet(mapping.when, walk.values, interview.heldOn)) continue;
      const proposal =
        'event' in mapping
          ? proposeEvent(mapping.event, value, caseFile, source)
          : proposeField(mapping.field, mapping.values, question, value, caseFile, source);
      if (proposal !== undefined) proposals.push(proposal);
    }
  }
  return proposals;
}

function proposeField(
  field: CaseFieldTarget,
  values: Readonly<Record<string, string | boolean>> | undefined,
  question: Question,
  value: AnswerValue,
  caseFile: CaseFile,
  source: ProposalSource,
): ProposedFieldChange | undefined {
  const { schema, read } = FIELDS[field];
  const current = read(caseFile);
  let candidate: unknown = value;
  if (values !== undefined) {
    const key = question.type === 'yes-no' ? (value === true ? 'yes' : 'no') : String(value);
    candidate = Object.hasOwn(values, key) ? values[key] : undefined;
  }
  // The languages the person speaks are added to those the case knows, never put in their place.
  if (field === 'languages.spoken' && Array.isArray(value)) {
    candidate = [...new Set([...caseFile.languages.spoken, ...value])];
  }
  const parsed = schema.safeParse(candidate);
  if (!parsed.success || isSameValue(parsed.data, current)) return undefined;
  // The field and its value were checked together against that field's schema just above.
  return { kind: 'field', field, value: parsed.data, current, source } as ProposedFieldChange;
}

function proposeEvent(
  type: ProposedEventType,
  value: AnswerValue,
  caseFile: CaseFile,
  source: ProposalSource,
): ProposedEvent | undefined {
  // Only a date makes an event (checkScript refuses an event mapped from another type).
  if (!isPlainDate(value)) return undefined;
  const known = caseFile.timeline.some(
    (entry) => entry.event.type === type && 'on' in entry.event && entry.event.on === value,
  );
  return known ? undefined : { kind: 'event', event: { type, on: value }, source };
}

/**
 * The case content once the worker accepted a proposal: the field set, with the interview as its
 * source; or the event added to the timeline (id and instant given by the caller), with its source.
 * A proposal made on another version of the case is applied to this one as it stands.
 */
export function applyProposal(
  content: CaseFileContent,
  proposal: ProposedChange,
  entry: { id: string; recordedAt: string },
): CaseFileContent {
  const { interviewId, heldOn, questionId } = proposal.source;
  const source = { kind: 'interview' as const, interviewId, heldOn, questionId };
  if (proposal.kind === 'event') {
    const timeline: TimelineEntry[] = [
      ...content.timeline,
      { id: entry.id, event: proposal.event, recordedAt: entry.recordedAt, source },
    ];
    return { ...content, timeline };
  }
  const [group, key] = proposal.field.split('.') as [FieldGroup, string];
  const value = FIELDS[proposal.field].schema.parse(proposal.value);
  return {
    ...content,
    [group]: { ...content[group], [key]: value },
    sources: { ...content.sources, [proposal.field]: { ...source, value } },
  };
}

type FieldGroup = 'person' | 'identity' | 'situation' | 'family' | 'languages' | 'contact';
