/**
 * An interview script as versioned data (issue 15): sections of questions with stable ids, answer
 * types, conditions, guidance for the worker and the case fields each answer may propose. The
 * words live apart, in one texts file per language, keyed by the text ids `listTextIds` derives.
 * A script version once used is never edited: a change is a new version appended to its list; a
 * question whose meaning changes gets a new id.
 */
import type { PlainDate } from '../plain-date-schema';

export const ANSWER_TYPES = [
  'text',
  'yes-no',
  'single-choice',
  'multiple-choice',
  'date',
  'number',
  'country',
  'language',
] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

/**
 * When a question or a section is shown. Only earlier questions are read (`checkScript`); a question
 * hidden, unanswered or declined has no value, so a condition on its value is not met.
 */
export type Condition =
  /** A yes-no answer (`true`/`false`) or the choice of a single-choice question. */
  | { question: string; equals: boolean | string }
  /** One of the choices of a multiple-choice question. */
  | { question: string; includes: string }
  /** The question has no value: not asked, hidden or declined. */
  | { question: string; hasNoValue: true }
  /** The age on the day of the interview, from a date question's answer, is below `ageBelow`. */
  | { birthDate: string; ageBelow: number }
  | { anyOf: readonly Condition[] }
  | { allOf: readonly Condition[] }
  | { not: Condition };

/**
 * The case fields an answer may propose to change: only fields of the case file schema, each with
 * the answer types that can fill it (`proposeChanges` checks the value against the field's schema).
 */
export const CASE_FIELD_TARGETS = [
  'person.birthDate',
  'person.arrivedOn',
  'person.housing',
  'person.parentalAuthority',
  'identity.birthCountry',
  'identity.birthPlace',
  'identity.nationality',
  'situation.contactWithPerpetrators',
  'family.dependentChildren',
  'languages.spoken',
  'contact.safeContactNote',
] as const;
export type CaseFieldTarget = (typeof CASE_FIELD_TARGETS)[number];

/** The timeline events an answer (a date) may propose. */
export const PROPOSED_EVENT_TYPES = ['complaint-filed', 'testimony-given'] as const;
export type ProposedEventType = (typeof PROPOSED_EVENT_TYPES)[number];

/**
 * What an answer proposes. `values` translates a choice (or `yes`/`no`) into the field's value; a
 * choice it does not list proposes nothing. Without `values`, the answer's value is proposed as it
 * is. `when` limits the mapping to answers given under a condition.
 */
export type AnswerMapping =
  | {
      field: CaseFieldTarget;
      values?: Readonly<Record<string, string | boolean>>;
      when?: Condition;
    }
  | { event: ProposedEventType; when?: Condition };

export interface Question {
  /** Stable forever: answers are kept by it, and its texts are found by it. */
  id: string;
  type: AnswerType;
  /** single-choice and multiple-choice: the choice codes, in the order shown. */
  choices?: readonly string[];
  /** A language question that takes several languages. */
  multiple?: true;
  /** The question has a guidance text for the worker (collapsed by default in the UI). */
  guidance?: true;
  showWhen?: Condition;
  proposes?: readonly AnswerMapping[];
}

export interface Section {
  id: string;
  /** Sentences read aloud before the questions (the consent's purpose and rights). */
  statements?: readonly string[];
  showWhen?: Condition;
  questions: readonly Question[];
}

export interface InterviewScript {
  id: string;
  version: number;
  /** The day the version was published (like a rule pack's `appliesFrom`). */
  publishedOn: PlainDate;
  /** The questions whose yes gives each part of the consent (`readConsent`). */
  consent: { agrees: string; useForFile: string; shareWithTeam: string };
  sections: readonly Section[];
}

/** Texts shared by every script: the yes/no buttons and what the person may always say. */
export const COMMON_TEXT_IDS = [
  'common.yes',
  'common.no',
  'common.declined',
  'common.break',
  'common.stop',
] as const;

/**
 * The words of the "show to the person" mode, which the person reads on the device handed over:
 * content in their language like the questions (a UI string would be in the worker's language).
 * The person's "I prefer not to answer" is `common.declined`.
 */
export const PERSON_MODE_TEXT_IDS = [
  'person-mode.previous',
  'person-mode.next',
  'person-mode.progress',
  'person-mode.read-aloud',
  'person-mode.stop-reading',
  'person-mode.worker-notes',
  'person-mode.give-back',
] as const;

/**
 * Texts of the copy of the answers printed for the person, in their language alone (decision 021):
 * its heading, the day, a word on keeping it safe, the marks of a limited answer, of a text not yet
 * translated and of a draft translation. Shared by every script, like the common texts.
 */
export const TRANSCRIPT_TEXT_IDS = [
  'transcript.title',
  'transcript.held-on',
  'transcript.keep-safe',
  'transcript.confidential',
  'transcript.not-for-file',
  'transcript.fallback',
  'transcript.draft',
] as const;

/** Who reads a text: the person (read aloud or shown), or the worker (guidance). */
export type TextAudience = 'person' | 'worker';

export interface TextId {
  id: string;
  audience: TextAudience;
}

/** Every text a script needs, in the order of the script: the ids of each language's file. */
export function listTextIds(script: InterviewScript): TextId[] {
  const person = (id: string): TextId => ({ id, audience: 'person' });
  const ids: TextId[] = [...COMMON_TEXT_IDS, ...TRANSCRIPT_TEXT_IDS].map(person);
  for (const section of script.sections) {
    ids.push(person(`section.${section.id}.title`));
    for (const statement of section.statements ?? []) {
      ids.push(person(`section.${section.id}.statement.${statement}`));
    }
    for (const question of section.questions) {
      ids.push(person(`question.${question.id}`));
      for (const choice of question.choices ?? []) {
        ids.push(person(`choice.${question.id}.${choice}`));
      }
      if (question.guidance) ids.push({ id: `guidance.${question.id}`, audience: 'worker' });
    }
  }
  ids.push(...PERSON_MODE_TEXT_IDS.map(person));
  return ids;
}

/** All the questions of a script, in order. */
export function listQuestions(script: InterviewScript): Question[] {
  return script.sections.flatMap((section) => section.questions);
}

/** Codes of what is wrong in a script; the meta-test requires none for every published script. */
export type ScriptProblem =
  | { code: 'duplicate-id'; id: string }
  | { code: 'choices-missing'; questionId: string }
  | { code: 'choices-unexpected'; questionId: string }
  | { code: 'condition-reads-unknown-or-later-question'; questionId: string; reads: string }
  | { code: 'condition-type-mismatch'; questionId: string; reads: string }
  | { code: 'mapping-choice-unknown'; questionId: string; choice: string }
  | { code: 'event-mapping-not-a-date'; questionId: string }
  | { code: 'consent-question-not-yes-no'; questionId: string };

const CHOICE_TYPES: readonly AnswerType[] = ['single-choice', 'multiple-choice'];

/** Checks a script's own consistency: ids, choices, conditions reading earlier questions, mappings. */
export function checkScript(script: InterviewScript): ScriptProblem[] {
  const problems: ScriptProblem[] = [];
  const seen = new Map<string, Question>();
  const sectionIds = new Set<string>();
  const checkCondition = (owner: string, condition: Condition | undefined): void => {
    for (const [reads, expected] of readsOf(condition)) {
      const read = seen.get(reads);
      if (read === undefined) {
        problems.push({
          code: 'condition-reads-unknown-or-later-question',
          questionId: owner,
          reads,
        });
      } else if (!expected.includes(read.type)) {
        problems.push({ code: 'condition-type-mismatch', questionId: owner, reads });
      }
    }
  };
  for (const section of script.sections) {
    if (sectionIds.has(section.id)) problems.push({ code: 'duplicate-id', id: section.id });
    sectionIds.add(section.id);
    checkCondition(section.id, section.showWhen);
    for (const question of section.questions) {
      if (seen.has(question.id)) problems.push({ code: 'duplicate-id', id: question.id });
      const hasChoices = (question.choices?.length ?? 0) > 0;
      if (CHOICE_TYPES.includes(question.type) && !hasChoices) {
        problems.push({ code: 'choices-missing', questionId: question.id });
      }
      if (!CHOICE_TYPES.includes(question.type) && question.choices !== undefined) {
        problems.push({ code: 'choices-unexpected', questionId: question.id });
      }
      checkCondition(question.id, question.showWhen);
      seen.set(question.id, question);
      for (const mapping of question.proposes ?? []) {
        checkCondition(question.id, mapping.when);
        if ('event' in mapping && question.type !== 'date') {
          problems.push({ code: 'event-mapping-not-a-date', questionId: question.id });
        }
        if ('field' in mapping) {
          const known = question.type === 'yes-no' ? ['yes', 'no'] : (question.choices ?? []);
          for (const choice of Object.keys(mapping.values ?? {})) {
            if (!known.includes(choice)) {
              problems.push({ code: 'mapping-choice-unknown', questionId: question.id, choice });
            }
          }
        }
      }
    }
  }
  for (const questionId of Object.values(script.consent)) {
    if (seen.get(questionId)?.type !== 'yes-no') {
      problems.push({ code: 'consent-question-not-yes-no', questionId });
    }
  }
  return problems;
}

/** The questions a condition reads, each with the answer types that can meet it. */
function readsOf(condition: Condition | undefined): [string, readonly AnswerType[]][] {
  if (condition === undefined) return [];
  if ('anyOf' in condition) return condition.anyOf.flatMap(readsOf);
  if ('allOf' in condition) return condition.allOf.flatMap(readsOf);
  if ('not' in condition) return readsOf(condition.not);
  if ('birthDate' in condition) return [[condition.birthDate, ['date']]];
  if ('includes' in condition) return [[condition.question, ['multiple-choice', 'language']]];
  if ('hasNoValue' in condition) return [[condition.question, ANSWER_TYPES]];
  return [[condition.question, ['yes-no', 'single-choice']]];
}
