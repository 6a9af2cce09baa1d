/** The one error assessCase throws for bad input: it names the field, so a form can point at it. */

export interface CaseFactsIssue {
  /** The path of the field, e.g. 'events.2.validUntil', 'pathway', 'today'; 'facts' for the whole. */
  field: string;
  /** A translation key such as 'validation.date.impossible', or zod's own message. */
  message: string;
}

export class InvalidCaseFactsError extends Error {
  override readonly name = 'InvalidCaseFactsError';
  /** The field of the first issue. */
  readonly field: string;
  readonly issues: readonly CaseFactsIssue[];

  constructor(issues: readonly CaseFactsIssue[]) {
    const [first] = issues;
    const field = first === undefined ? 'facts' : first.field;
    const detail = first === undefined ? 'invalid' : first.message;
    super(`Invalid case facts at ${field}: ${detail}`);
    this.field = field;
    this.issues = issues;
  }
}
