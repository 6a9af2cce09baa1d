/**
 * Every deadline of every case, computed by the rules for today, with how urgent it is. A case
 * whose facts are invalid is skipped here (its own page shows the error).
 */
import {
  assessCase,
  countDaysUntil,
  type Deadline,
  classifyUrgency,
  type Urgency,
} from '../../domain';
import { toCaseFacts, type CaseFile } from '../../storage/case-file';

export interface CaseDeadline extends Deadline {
  caseId: string;
  caseLabel: string;
  daysToDue: number;
  daysToOpen?: number | undefined;
  urgency: Urgency;
}

export function collectDeadlines(cases: readonly CaseFile[], today: string): CaseDeadline[] {
  const all: CaseDeadline[] = [];
  for (const caseFile of cases) {
    let deadlines: Deadline[];
    try {
      deadlines = assessCase(toCaseFacts(caseFile), today).deadlines;
    } catch {
      continue;
    }
    for (const deadline of deadlines) {
      const daysToDue = countDaysUntil(today, deadline.due);
      all.push({
        ...deadline,
        caseId: caseFile.id,
        caseLabel: caseFile.label,
        daysToDue,
        daysToOpen: deadline.opens ? countDaysUntil(today, deadline.opens) : undefined,
        urgency: classifyUrgency(deadline.status, daysToDue),
      });
    }
  }
  return all.sort((a, b) => a.due.localeCompare(b.due) || a.code.localeCompare(b.code));
}
