/**
 * The short case reference: what names a case outside its own screens (a calendar event, a file
 * name, a printed cover) without naming the person. Made from the case's id alone, never from its
 * label or anyone's name.
 */

/** How many characters of the id's end make the reference. */
export const CASE_REFERENCE_LENGTH = 8;

/** The last 8 characters of the case's id, upper-cased: '0192e0a4-…-4e5d73b38a66' → '73B38A66'. */
export function toCaseReference(caseId: string): string {
  return caseId.slice(-CASE_REFERENCE_LENGTH).toUpperCase();
}
