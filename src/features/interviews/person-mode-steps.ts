/**
 * The person mode goes through the interview one screen at a time: a section's statements (the
 * consent's purpose and rights are read before the person is asked to agree), then each of its
 * questions, then a last screen asking to give the device back. Built from the sections visible
 * now: a step is known by its key, so screens that appear with an answer do not move the person.
 */
import type { Question, Section } from '../../domain';

export type PersonModeStep =
  | { key: string; kind: 'statements'; section: Section }
  | { key: string; kind: 'question'; section: Section; question: Question }
  | { key: 'end'; kind: 'end' };

export function listPersonModeSteps(
  sections: readonly { section: Section; questions: readonly Question[] }[],
): PersonModeStep[] {
  const steps: PersonModeStep[] = [];
  for (const { section, questions } of sections) {
    if ((section.statements ?? []).length > 0) {
      steps.push({ key: `statements:${section.id}`, kind: 'statements', section });
    }
    for (const question of questions) {
      steps.push({ key: `question:${question.id}`, kind: 'question', section, question });
    }
  }
  steps.push({ key: 'end', kind: 'end' });
  return steps;
}

/**
 * Where the person is: the step of `key` if it is still shown, else (an answer changed and hid it)
 * the step now at the place it was, so the person is never thrown back to the start.
 */
export function findStep(
  steps: readonly PersonModeStep[],
  at: { key: string; index: number },
): number {
  const found = steps.findIndex((step) => step.key === at.key);
  return found >= 0 ? found : Math.max(0, Math.min(at.index, steps.length - 1));
}
