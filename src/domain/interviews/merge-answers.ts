/**
 * An interview's record and its answers. Each answer keeps the script version and the language its
 * question was shown in (a supervisor reading it later in another language must know what the
 * person heard). "Declined to answer" is an answer; "not asked" is the absence of one.
 */
import { z } from 'zod';
import { PlainDateSchema } from '../plain-date-schema';
import { compareInstants } from './instants';
import {
  InterpreterSchema,
  SessionEventSchema,
  mergeInterpreters,
  mergeSessionLogs,
} from './interview-session';
import { INTERVIEW_LANGUAGES } from './interview-languages';
import { ProposalDecisionSchema, mergeDecisions } from './proposal-decisions';

export const AnswerValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
]);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;

/**
 * A limit the person set on one answer: `not-for-file` (the team may read it, it changes nothing in
 * the case file), `confidential` (stays with the worker who asked: not shared, not used).
 */
export const ANSWER_LIMITS = ['not-for-file', 'confidential'] as const;
export type AnswerLimit = (typeof ANSWER_LIMITS)[number];

const answerBase = {
  questionId: z.string().min(1),
  scriptVersion: z.number().int().positive(),
  /** The language of the question's text as it was shown, after any fallback. */
  shownLanguage: z.enum(INTERVIEW_LANGUAGES),
  answeredAt: z.iso.datetime(),
  limit: z.enum(ANSWER_LIMITS).optional(),
};

export const InterviewAnswerSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('answered'), value: AnswerValueSchema, ...answerBase }),
  z.object({ status: z.literal('declined'), ...answerBase }),
]);
export type InterviewAnswer = z.infer<typeof InterviewAnswerSchema>;

export const InterviewSchema = z.object({
  id: z.string().min(1),
  caseId: z.string().min(1),
  scriptId: z.string().min(1),
  /** The day the interview was held: proposals say "from the interview of <heldOn>". */
  heldOn: PlainDateSchema,
  /** The language the interview was held in (questions may have fallen back, see each answer). */
  language: z.enum(INTERVIEW_LANGUAGES),
  answers: z.array(InterviewAnswerSchema).default([]),
  /** The script's version the interview started with (absent on records of before: version 1). */
  scriptVersion: z.number().int().positive().optional(),
  interpreter: InterpreterSchema.optional(),
  /** Breaks, pauses, resumptions and the end, as they happened (see interview-session). */
  log: z.array(SessionEventSchema).default([]),
  /** The worker's decision on each change the interview proposed to the case. */
  decisions: z.array(ProposalDecisionSchema).default([]),
});
export type Interview = z.infer<typeof InterviewSchema>;

/**
 * Merges two devices' answers by question id: for each question the answer given last
 * (`answeredAt`) wins. Commutative and idempotent, so every device converges whatever the order of
 * sync; equal instants are settled by content, the same way on both sides. Sorted by question id.
 */
export function mergeAnswers(
  ours: readonly InterviewAnswer[],
  theirs: readonly InterviewAnswer[],
): InterviewAnswer[] {
  const latest = new Map<string, InterviewAnswer>();
  for (const answer of [...ours, ...theirs]) {
    const kept = latest.get(answer.questionId);
    if (kept === undefined || isLater(answer, kept)) latest.set(answer.questionId, answer);
  }
  return [...latest.values()].sort((a, b) => (a.questionId < b.questionId ? -1 : 1));
}

function isLater(candidate: InterviewAnswer, kept: InterviewAnswer): boolean {
  const order = compareInstants(candidate.answeredAt, kept.answeredAt);
  if (order !== 0) return order > 0;
  return JSON.stringify(candidate) > JSON.stringify(kept);
}

/**
 * Two versions of one interview (two tabs, two devices): answers, breaks and decisions merged item
 * by item, the interpreter noted last; what the interview is (script, day, language) is set when it
 * starts and the same on both. Commutative; merging a version with nothing puts it in canonical
 * order, so that two versions holding the same can be compared.
 */
export function mergeInterviews(ours: Interview | undefined, theirs: Interview): Interview {
  const interpreter = mergeInterpreters(ours?.interpreter, theirs.interpreter);
  const scriptVersion = theirs.scriptVersion ?? ours?.scriptVersion;
  return {
    id: theirs.id,
    caseId: theirs.caseId,
    scriptId: theirs.scriptId,
    heldOn: theirs.heldOn,
    language: theirs.language,
    answers: mergeAnswers(ours?.answers ?? [], theirs.answers),
    ...(scriptVersion === undefined ? {} : { scriptVersion }),
    ...(interpreter === undefined ? {} : { interpreter }),
    log: mergeSessionLogs(ours?.log ?? [], theirs.log),
    decisions: mergeDecisions(ours?.decisions ?? [], theirs.decisions),
  };
}

/** Whether two versions of an interview hold the same, whatever the order of their items. */
export function isSameInterview(a: Interview, b: Interview): boolean {
  return (
    JSON.stringify(mergeInterviews(undefined, a)) === JSON.stringify(mergeInterviews(undefined, b))
  );
}
