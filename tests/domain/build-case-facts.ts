/**
 * Test builders. The people are fictional by construction: a case holds codes and dates only,
 * never a name, and the dates are invented for the rule under test.
 */
import type { Assessment, CaseFacts, Deadline, DeadlineCode } from '../../src/domain/index';

export function buildCaseFacts(parts: Partial<CaseFacts> = {}): CaseFacts {
  return { pathway: 'fr-trafficking', person: {}, situation: {}, events: [], ...parts };
}

export function findDeadline(assessment: Assessment, code: DeadlineCode): Deadline | undefined {
  return assessment.deadlines.find((deadline) => deadline.code === code);
}

export function listFindingCodes(assessment: Assessment): string[] {
  return assessment.findings.map((finding) => finding.code);
}

export function listChecklistCodes(assessment: Assessment): string[] {
  return assessment.checklist.map((item) => item.code);
}
