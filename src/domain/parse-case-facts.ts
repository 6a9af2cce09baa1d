/** Input validation of assessCase: all or nothing, never a half-computed assessment. */
import type { z } from 'zod';
import { CaseFactsSchema, type CaseFacts } from './case-facts-schema';
import { InvalidCaseFactsError, type CaseFactsIssue } from './invalid-case-facts-error';
import { PlainDateSchema, type PlainDate } from './plain-date-schema';

function toIssue(issue: z.core.$ZodIssue, root: string): CaseFactsIssue {
  const field = issue.path.map(String).join('.');
  return { field: field === '' ? root : field, message: issue.message };
}

/** Throws InvalidCaseFactsError naming the field; returns the facts stripped of unknown keys. */
export function parseCaseFacts(facts: unknown): CaseFacts {
  const result = CaseFactsSchema.safeParse(facts);
  if (!result.success) {
    throw new InvalidCaseFactsError(result.error.issues.map((issue) => toIssue(issue, 'facts')));
  }
  return result.data;
}

/** Throws InvalidCaseFactsError with field 'today' when `today` is not an existing plain date. */
export function parseToday(today: unknown): PlainDate {
  const result = PlainDateSchema.safeParse(today);
  if (!result.success) {
    throw new InvalidCaseFactsError(result.error.issues.map((issue) => toIssue(issue, 'today')));
  }
  return result.data;
}
