/**
 * What an interview's printed transcript holds (issue 15, decision 021): the questions asked, in
 * the order of the script, each with its answer as given, and the person's limits applied for the
 * copy being printed. The words are the UI's; this says only what is printed and how it is marked.
 */
import type { PlainDate } from '../plain-date-schema';
import type { InterviewLanguage } from './interview-languages';
import type { InterviewScript, Question, Section } from './interview-script';
import type { AnswerLimit, AnswerValue, InterviewAnswer } from './merge-answers';
import { isValueOfType, walkScript } from './visible-questions';

/**
 * `bilingual`: the worker's language beside the person's, the copy the association files and may
 * hand on (a lawyer, a colleague); `person`: the person's language alone, the copy they take away.
 */
export const TRANSCRIPT_COPIES = ['bilingual', 'person'] as const;
export type TranscriptCopy = (typeof TRANSCRIPT_COPIES)[number];

/**
 * How one asked question is printed. `withheld`: the person asked that the answer stay between
 * them and the worker who asked (`confidential`), so the filed copy says there is an answer and
 * prints none of it, not even whether it was declined.
 */
export type TranscriptAnswer =
  | { kind: 'answered'; value: AnswerValue; limit?: AnswerLimit }
  | { kind: 'declined'; limit?: AnswerLimit }
  | { kind: 'withheld' };

export interface TranscriptEntry {
  question: Question;
  answer: TranscriptAnswer;
  /** The language the person was shown the question in (a fallback at the time, maybe). */
  shownLanguage: InterviewLanguage;
  scriptVersion: number;
}

export interface TranscriptSection {
  section: Section;
  entries: TranscriptEntry[];
}

/**
 * The sections and questions a transcript prints: the questions shown on the day of the interview
 * that have an answer kept, a value of their type or "declined". A question not asked, emptied
 * again or hidden by a later answer is left out (the transcript says so once), and so is a section
 * with no question left.
 */
export function buildTranscript(
  script: InterviewScript,
  answers: readonly InterviewAnswer[],
  on: PlainDate,
  copy: TranscriptCopy,
): TranscriptSection[] {
  const walk = walkScript(script, answers, on);
  const sections: TranscriptSection[] = [];
  for (const { section, questions } of walk.sections) {
    const entries: TranscriptEntry[] = [];
    for (const question of questions) {
      const answer = walk.answers.get(question.id);
      if (answer === undefined) continue;
      if (answer.status === 'answered' && !isValueOfType(question, answer.value)) continue;
      entries.push({
        question,
        answer: printedAnswer(answer, copy),
        shownLanguage: answer.shownLanguage,
        scriptVersion: answer.scriptVersion,
      });
    }
    if (entries.length > 0) sections.push({ section, entries });
  }
  return sections;
}

/** The person's own copy shows every answer of theirs, marked; the filed copy withholds the confidential. */
function printedAnswer(answer: InterviewAnswer, copy: TranscriptCopy): TranscriptAnswer {
  if (answer.limit === 'confidential' && copy === 'bilingual') return { kind: 'withheld' };
  const limit = answer.limit === undefined ? {} : { limit: answer.limit };
  return answer.status === 'declined'
    ? { kind: 'declined', ...limit }
    : { kind: 'answered', value: answer.value, ...limit };
}

/** The script versions the printed answers were given under, in order (the header names them). */
export function listTranscriptVersions(sections: readonly TranscriptSection[]): number[] {
  const versions = new Set(
    sections.flatMap((section) => section.entries.map((entry) => entry.scriptVersion)),
  );
  return [...versions].sort((a, b) => a - b);
}
