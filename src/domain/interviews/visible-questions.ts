/**
 * Which sections and questions an interview shows, given the answers so far: the conditions of
 * the script, read in order. A question hidden by its condition has no value for later conditions,
 * nor for the case (`proposeChanges`), even if it was answered before it was hidden.
 */
import { LanguageTagSchema, CountryCodeSchema } from '../case-file';
import { countFullYears } from '../find-anniversary';
import { isPlainDate, type PlainDate } from '../plain-date-schema';
import type { Condition, InterviewScript, Question, Section } from './interview-script';
import { mergeAnswers, type AnswerValue, type InterviewAnswer } from './merge-answers';

export interface VisibleSection {
  section: Section;
  questions: Question[];
}

/** What a walk through the script found: what is shown, and the values that count. */
export interface ScriptWalk {
  sections: VisibleSection[];
  /** The answer kept for each visible question (the latest), answered or declined. */
  answers: Map<string, InterviewAnswer>;
  /** The value of each visible question answered with a value of its type. */
  values: Map<string, AnswerValue>;
}

/** The script walked with the answers, on the day of the interview (ages are counted on it). */
export function walkScript(
  script: InterviewScript,
  answers: readonly InterviewAnswer[],
  on: PlainDate,
): ScriptWalk {
  const latest = new Map(mergeAnswers(answers, []).map((answer) => [answer.questionId, answer]));
  const walk: ScriptWalk = { sections: [], answers: new Map(), values: new Map() };
  for (const section of script.sections) {
    if (!isConditionMet(section.showWhen, walk.values, on)) continue;
    const questions: Question[] = [];
    for (const question of section.questions) {
      if (!isConditionMet(question.showWhen, walk.values, on)) continue;
      questions.push(question);
      const answer = latest.get(question.id);
      if (answer === undefined) continue;
      walk.answers.set(question.id, answer);
      if (answer.status === 'answered' && isValueOfType(question, answer.value)) {
        walk.values.set(question.id, answer.value);
      }
    }
    walk.sections.push({ section, questions });
  }
  return walk;
}

/** The sections shown, each with its questions shown (the consent section is always first). */
export function visibleSections(
  script: InterviewScript,
  answers: readonly InterviewAnswer[],
  on: PlainDate,
): VisibleSection[] {
  return walkScript(script, answers, on).sections;
}

/** The questions shown, in order. */
export function visibleQuestions(
  script: InterviewScript,
  answers: readonly InterviewAnswer[],
  on: PlainDate,
): Question[] {
  return visibleSections(script, answers, on).flatMap((section) => section.questions);
}

/** Whether a value fits its question: an answer of another shape counts as no value. */
export function isValueOfType(question: Question, value: AnswerValue): boolean {
  const choices: readonly unknown[] = question.choices ?? [];
  switch (question.type) {
    case 'text':
      return typeof value === 'string' && value.trim() !== '';
    case 'yes-no':
      return typeof value === 'boolean';
    case 'single-choice':
      return choices.includes(value);
    case 'multiple-choice':
      return Array.isArray(value) && value.every((item) => choices.includes(item));
    case 'date':
      return isPlainDate(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0;
    case 'country':
      return CountryCodeSchema.safeParse(value).success;
    case 'language':
      return question.multiple
        ? Array.isArray(value) && value.every((tag) => LanguageTagSchema.safeParse(tag).success)
        : LanguageTagSchema.safeParse(value).success;
  }
}

export function isConditionMet(
  condition: Condition | undefined,
  values: ReadonlyMap<string, AnswerValue>,
  on: PlainDate,
): boolean {
  if (condition === undefined) return true;
  if ('anyOf' in condition) return condition.anyOf.some((c) => isConditionMet(c, values, on));
  if ('allOf' in condition) return condition.allOf.every((c) => isConditionMet(c, values, on));
  if ('not' in condition) return !isConditionMet(condition.not, values, on);
  if ('birthDate' in condition) {
    const birth = values.get(condition.birthDate);
    return (
      typeof birth === 'string' && birth <= on && countFullYears(birth, on) < condition.ageBelow
    );
  }
  const value = values.get(condition.question);
  if ('hasNoValue' in condition) return value === undefined;
  if ('includes' in condition) return Array.isArray(value) && value.includes(condition.includes);
  return value === condition.equals;
}
