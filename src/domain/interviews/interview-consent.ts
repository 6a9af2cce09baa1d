/**
 * The consent given at the start of an interview, read from its answers and enforced here (WHO 2003:
 * informed consent includes the right to limit how answers are used). Silence is not consent: a
 * consent question unanswered or declined counts as no.
 */
import type { InterviewScript } from './interview-script';
import { findInterviewScript } from './interview-scripts';
import { mergeAnswers, type Interview, type InterviewAnswer } from './merge-answers';

export interface InterviewConsent {
  /** The person agrees to answer questions today; without it only the consent section is shown. */
  agrees: boolean;
  /** Answers may propose changes to the case file (which the team that follows the case reads). */
  useForFile: boolean;
  /** The team's other workers may read the answers (they are synced); else they stay on this device. */
  shareWithTeam: boolean;
}

export function readConsent(
  script: InterviewScript,
  answers: readonly InterviewAnswer[],
): InterviewConsent {
  const latest = new Map(mergeAnswers(answers, []).map((answer) => [answer.questionId, answer]));
  const saidYes = (questionId: string): boolean => {
    const answer = latest.get(questionId);
    return answer?.status === 'answered' && answer.value === true;
  };
  return {
    agrees: saidYes(script.consent.agrees),
    useForFile: saidYes(script.consent.useForFile),
    shareWithTeam: saidYes(script.consent.shareWithTeam),
  };
}

/**
 * The answers the storage and sync layers may send to the team: none without the consent to share
 * (nor for a script this version does not know), and never an answer the person asked to keep
 * confidential. The others stay on the device that recorded them.
 */
export function shareableAnswers(interview: Interview): InterviewAnswer[] {
  const script = findInterviewScript(interview.scriptId);
  if (script === undefined) return [];
  const answers = mergeAnswers(interview.answers, []);
  if (!readConsent(script, answers).shareWithTeam) return [];
  return answers.filter((answer) => answer.limit !== 'confidential');
}
