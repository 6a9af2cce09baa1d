import { describe, expect, it } from 'vitest';
import { assessCase, type CaseEvent } from '../../src/domain/index';
import { buildCaseFacts, findDeadline, listFindingCodes } from './build-case-facts';

/** The readings of docs/rules.md "Interpretations", where the contract leaves room. */
describe('interpretations', () => {
  const CARD: CaseEvent = {
    type: 'permit-issued',
    permit: 'fr-cst-vpf',
    validFrom: '2024-03-01',
    validUntil: '2025-02-28',
  };

  it('FR-G2: a refused renewal still answers the expiry and the window it was filed for', () => {
    const events: CaseEvent[] = [
      CARD,
      { type: 'application-filed', on: '2024-12-01', application: 'renewal' },
      { type: 'decision', on: '2025-01-15', outcome: 'refused' },
    ];
    const assessment = assessCase(buildCaseFacts({ events }), '2025-03-10');
    expect(findDeadline(assessment, 'fr.permit.expiry')?.status).toBe('met');
    expect(findDeadline(assessment, 'fr.renewal.window')?.status).toBe('met');
  });

  it('FR-T4: a complaint filed before the reflection period still counts as cooperation', () => {
    const events: CaseEvent[] = [
      { type: 'complaint-filed', on: '2024-12-01' },
      { type: 'reflection-granted', on: '2025-01-10' },
    ];
    const assessment = assessCase(buildCaseFacts({ events }), '2025-03-10');
    expect(listFindingCodes(assessment)).not.toContain('cooperation-missing');
    expect(findDeadline(assessment, 'fr.reflection.end')?.status).toBe('overdue');
  });

  it('D6: a child born today is a minor under 16 with 18 years to come (a birth date after today is an input error since version 2)', () => {
    const facts = buildCaseFacts({ person: { birthDate: '2025-06-15' } });
    const assessment = assessCase(facts, '2025-06-15');
    expect(listFindingCodes(assessment)).toContain('minor-under-16');
    expect(findDeadline(assessment, 'fr.majority')?.due).toBe('2043-06-15');
  });

  it('FR-G1: events after today are accepted: a card starting next month is already tracked', () => {
    const events: CaseEvent[] = [
      {
        type: 'permit-issued',
        permit: 'fr-cst-vpf',
        validFrom: '2025-07-01',
        validUntil: '2026-06-30',
      },
    ];
    const window = findDeadline(
      assessCase(buildCaseFacts({ events }), '2025-06-15'),
      'fr.renewal.window',
    );
    expect(window).toMatchObject({ opens: '2026-03-02', due: '2026-05-01', status: 'pending' });
  });

  it('assessing does not change the facts it was given', () => {
    const events: CaseEvent[] = [
      { type: 'complaint-filed', on: '2025-01-10' },
      CARD,
      { type: 'reflection-granted', on: '2024-12-01' },
    ];
    const facts = buildCaseFacts({ events, person: { housing: 'own' } });
    const copy = structuredClone(facts);
    assessCase(facts, '2025-03-10');
    expect(facts).toEqual(copy);
  });

  it('two assessments never share objects, so the UI may keep or change one freely', () => {
    const facts = buildCaseFacts({ events: [CARD], situation: { proceedings: 'trial' } });
    const first = assessCase(facts, '2025-01-10');
    const second = assessCase(facts, '2025-01-10');
    expect(second).toEqual(first);
    expect(second.checklist[0]).not.toBe(first.checklist[0]);
    expect(second.checklist[0]?.variants).not.toBe(first.checklist[0]?.variants);
  });
});
