import { describe, expect, it } from 'vitest';
import { CASE_REFERENCE_LENGTH, toCaseReference } from '../../src/domain';

describe('the short case reference', () => {
  it.each([
    ['0192e0a4-7c1b-7d2e-9f3a-4e5d73b38a66', '73B38A66'],
    ['01a2f3c4-0000-7000-8000-00000000abcd', '0000ABCD'],
    ['01a2f3c4-0000-7000-8000-000000000001', '00000001'],
  ])('names case %s as %s: the end of its id, upper-cased', (caseId, reference) => {
    expect(toCaseReference(caseId)).toBe(reference);
    expect(reference).toHaveLength(CASE_REFERENCE_LENGTH);
  });

  it('is the same whatever the case of the id it is made from', () => {
    expect(toCaseReference('0192E0A4-7C1B-7D2E-9F3A-4E5D73B38A66')).toBe(
      toCaseReference('0192e0a4-7c1b-7d2e-9f3a-4e5d73b38a66'),
    );
  });

  it('keeps two cases made in the same millisecond apart: their ids differ in the random tail', () => {
    // UUID v7: the time is at the start, the random bits at the end, which the reference keeps.
    expect(toCaseReference('0192e0a4-7c1b-7d2e-9f3a-4e5d73b38a66')).not.toBe(
      toCaseReference('0192e0a4-7c1b-7d2e-9f3a-91c0e25f4d07'),
    );
  });
});
