/**
 * Every deadline of every case, seen from today, soonest first, for the dashboard and the badge.
 * A case whose facts are invalid has none here (its own page shows the error).
 */
import type { TimedDeadline } from '../../domain';
import type { CaseOverview } from '../../queries/case-overviews';

export interface CaseDeadline extends TimedDeadline {
  caseId: string;
  caseLabel: string;
}

export function collectDeadlines(overviews: readonly CaseOverview[]): CaseDeadline[] {
  const all: CaseDeadline[] = [];
  for (const { caseFile, deadlines } of overviews)
    for (const deadline of deadlines)
      all.push({ ...deadline, caseId: caseFile.id, caseLabel: caseFile.label });
  return all.sort((a, b) => a.due.localeCompare(b.due) || a.code.localeCompare(b.code));
}
