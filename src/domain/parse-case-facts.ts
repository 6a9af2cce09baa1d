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

/**
 * Contract version 2: the person's dates against today and each other. A birth date after today,
 * an arrival after today or before the birth are issues on 'person.birthDate' / 'person.arrivedOn'
 * (messages 'validation.date.future', 'validation.date.beforeBirth'). Exported so a form applies
 * the same check; events after today stay accepted (a worker may record a scheduled date).
 */
export function checkPersonDates(
  person: { birthDate?: PlainDate | undefined; arrivedOn?: PlainDate | undefined },
  today: PlainDate,
): CaseFactsIssue[] {
  const { birthDate, arrivedOn } = person;
  const issues: CaseFactsIssue[] = [];
  if (birthDate !== undefined && birthDate > today) {
    issues.push({ field: 'person.birthDate', message: 'validation.date.future' });
  }
  if (arrivedOn !== undefined && arrivedOn > today) {
    issues.push({ field: 'person.arrivedOn', message: 'validation.date.future' });
  } else if (arrivedOn !== undefined && birthDate !== undefined && arrivedOn < birthDate) {
    issues.push({ field: 'person.arrivedOn', message: 'validation.date.beforeBirth' });
  }
  return issues;
}
