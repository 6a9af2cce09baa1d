/** The one entry point of the rules: facts and today in, verdict, findings, deadlines, checklist out. */
import {
  FINDING_EFFECTS,
  type Assessment,
  type Finding,
  type FindingEffect,
  type Verdict,
} from './assessment';
import { buildCaseContext } from './build-case-context';
import { buildChecklist } from './build-checklist';
import type { CaseFacts } from './case-facts-schema';
import { collectDeadlines } from './collect-deadlines';
import { collectFindings } from './collect-findings';
import { InvalidCaseFactsError } from './invalid-case-facts-error';
import { checkPersonDates, parseCaseFacts, parseToday } from './parse-case-facts';
import type { PlainDate } from './plain-date-schema';

const VERDICT_OF_EFFECT: Readonly<Record<FindingEffect, Verdict>> = {
  blocking: 'not-eligible',
  incomplete: 'incomplete',
  risk: 'at-risk',
  info: 'eligible',
};

/** Worst effect wins: FINDING_EFFECTS is ordered worst first. */
export function decideVerdict(findings: readonly Finding[]): Verdict {
  for (const effect of FINDING_EFFECTS) {
    if (findings.some((finding) => finding.effect === effect)) return VERDICT_OF_EFFECT[effect];
  }
  return 'eligible';
}

/**
 * Assesses a case on `today` (the user's local calendar date, D1) with the rule packs in force
 * that day. Throws InvalidCaseFactsError naming the field when the facts or `today` are invalid,
 * or when the person's dates are impossible on `today` (born or arrived after it, arrived before
 * birth).
 */
export function assessCase(facts: CaseFacts, today: PlainDate): Assessment {
  const validFacts = parseCaseFacts(facts);
  const validToday = parseToday(today);
  const dateIssues = checkPersonDates(validFacts.person, validToday);
  if (dateIssues.length > 0) throw new InvalidCaseFactsError(dateIssues);
  const context = buildCaseContext(validFacts, validToday);
  const deadlines = collectDeadlines(context);
  const findings = collectFindings(context, deadlines);
  return {
    verdict: decideVerdict(findings),
    findings,
    deadlines,
    checklist: buildChecklist(context),
  };
}
