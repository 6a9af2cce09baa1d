/**
 * Every published interview script, each id with its versions in order. Like a rule pack, a
 * version is never edited once published: a change is a new version appended to its list.
 */
import type { InterviewScript } from './interview-script';
import { SCREENING_SCRIPT_V1 } from './screening/screening-script';

export const INTERVIEW_SCRIPTS: Readonly<Record<string, readonly InterviewScript[]>> = {
  screening: [SCREENING_SCRIPT_V1],
};

/** A script by id, at a version (its latest when no version is given). */
export function findInterviewScript(id: string, version?: number): InterviewScript | undefined {
  const versions = Object.hasOwn(INTERVIEW_SCRIPTS, id) ? INTERVIEW_SCRIPTS[id] : undefined;
  if (version === undefined) return versions?.at(-1);
  return versions?.find((script) => script.version === version);
}
