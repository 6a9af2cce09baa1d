import { describe, expect, it } from 'vitest';
import { PERMIT_KINDS, USUAL_VALIDITY, suggestLastValidDay } from '../../src/domain';

describe('suggested last valid day of a permit (D2)', () => {
  it.each([
    ['fr-reflection-recepisse', '2026-11-22', '2026-12-21', 'FR-T2'],
    ['fr-cst-vpf', '2023-09-18', '2024-09-17', 'FR-T6'],
    ['fr-cst-vpf', '2024-02-29', '2025-02-28', 'FR-T6'],
    ['fr-aps', '2026-08-31', '2027-02-28', 'FR-T10'],
    ['fr-carte-resident', '2026-01-01', '2035-12-31', 'FR-T8'],
    ['be-annexe-15', '2026-11-22', '2027-01-05', 'BE-2'],
    ['be-attestation-immatriculation', '2026-11-30', '2027-02-28', 'BE-4'],
    ['be-cire', '2026-05-31', '2026-11-30', 'BE-7'],
  ] as const)('%s from %s: last valid day %s (%s, D2)', (kind, from, expected, basis) => {
    expect(suggestLastValidDay(kind, from)).toBe(expected);
    expect(USUAL_VALIDITY[kind].basis).toBe(basis);
  });

  it('D2 knows a usual validity for every permit kind', () => {
    expect(Object.keys(USUAL_VALIDITY).sort()).toEqual([...PERMIT_KINDS].sort());
  });
});
