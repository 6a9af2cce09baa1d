/** Test builders for interviews: a fictional person's answers on a fictional day. */
import type { AnswerValue, Interview, InterviewAnswer } from '../../../src/domain/index';

export const HELD_ON = '2026-12-10';
export const ANSWERED_AT = '2026-12-10T10:00:00Z';

/** An answer given in French to the current screening script. */
export function answer(
  questionId: string,
  value: AnswerValue | readonly string[],
  parts: Partial<InterviewAnswer> = {},
): InterviewAnswer {
  return {
    questionId,
    status: 'answered',
    value: typeof value === 'object' ? [...value] : value,
    scriptVersion: 1,
    shownLanguage: 'fr',
    answeredAt: ANSWERED_AT,
    ...parts,
  };
}

export function declined(
  questionId: string,
  parts: Partial<InterviewAnswer> = {},
): InterviewAnswer {
  return {
    questionId,
    status: 'declined',
    scriptVersion: 1,
    shownLanguage: 'fr',
    answeredAt: ANSWERED_AT,
    ...parts,
  } as InterviewAnswer;
}

/** The person agreed to answer, to the use of the answers for the file and to sharing them. */
export const FULL_CONSENT: InterviewAnswer[] = [
  answer('consent.agrees', true),
  answer('consent.use-for-file', true),
  answer('consent.share-with-team', true),
];

export function buildInterview(
  answers: InterviewAnswer[],
  parts: Partial<Interview> = {},
): Interview {
  return {
    id: 'interview-demo-0001',
    caseId: 'case-demo-0001',
    scriptId: 'screening',
    heldOn: HELD_ON,
    language: 'fr',
    answers,
    ...parts,
    log: parts.log ?? [],
    decisions: parts.decisions ?? [],
  };
}
