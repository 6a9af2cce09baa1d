/**
 * Assesses a stored case file. Invalid facts are a result, not an exception: every screen handles
 * them the same way (the field at fault is shown), and a real bug still throws instead of hiding
 * behind "invalid facts".
 */
import { assessCase } from './assess-case';
import type { Assessment } from './assessment';
import { toCaseFacts, type CaseFile } from './case-file';
import { InvalidCaseFactsError } from './invalid-case-facts-error';
import type { PlainDate } from './plain-date-schema';

export type CaseFileAssessment =
  { ok: true; assessment: Assessment } | { ok: false; error: InvalidCaseFactsError };

export function assessCaseFile(
  caseFile: Pick<CaseFile, 'pathway' | 'person' | 'situation' | 'timeline'>,
  today: PlainDate,
): CaseFileAssessment {
  try {
    return { ok: true, assessment: assessCase(toCaseFacts(caseFile), today) };
  } catch (error) {
    if (error instanceof InvalidCaseFactsError) return { ok: false, error };
    throw error;
  }
}
