/**
 * Outsider's test of the domain contract (docs/domain-contract.md, version 1, as version 2 amends
 * it; version 2's own sentences are in contract-v2.test.ts): written from the contract and the
 * rule book alone, importing only the public face of the core
 * (src/domain/index.ts). Every name, code and sentence of the contract that is unambiguous is
 * exercised here on explicit dates; the data is fictional.
 */
import { describe, expect, it } from 'vitest';
import {
  assessCase,
  lastValidDay,
  type Assessment,
  type CaseEvent,
  type CaseFacts,
  type ChecklistItem,
  type Deadline,
  type DeadlineCode,
  type Finding,
  type FindingCode,
  type Pathway,
  type PermitKind,
  type PlainDate,
  type Verdict,
} from '../../src/domain';

type Person = CaseFacts['person'];
type Situation = CaseFacts['situation'];

function facts(
  pathway: Pathway,
  parts: { person?: Person; situation?: Situation; events?: CaseEvent[] } = {},
): CaseFacts {
  return {
    pathway,
    person: parts.person ?? {},
    situation: parts.situation ?? {},
    events: parts.events ?? [],
  };
}

function deadlineOf(assessment: Assessment, code: DeadlineCode): Deadline | undefined {
  return assessment.deadlines.find((deadline) => deadline.code === code);
}

function findingOf(assessment: Assessment, code: FindingCode): Finding | undefined {
  return assessment.findings.find((finding) => finding.code === code);
}

function lineOf(assessment: Assessment, code: string): ChecklistItem | undefined {
  return assessment.checklist.find((item) => item.code === code);
}

function deadlineCodes(assessment: Assessment): DeadlineCode[] {
  return assessment.deadlines.map((deadline) => deadline.code);
}

function findingCodes(assessment: Assessment): FindingCode[] {
  return assessment.findings.map((finding) => finding.code);
}

function lineCodes(assessment: Assessment): string[] {
  return assessment.checklist.map((item) => item.code).sort();
}

const reflection = (on: PlainDate): CaseEvent => ({ type: 'reflection-granted', on });
const complaint = (on: PlainDate): CaseEvent => ({ type: 'complaint-filed', on });
const testimony = (on: PlainDate): CaseEvent => ({ type: 'testimony-given', on });
const permit = (kind: PermitKind, validFrom: PlainDate, validUntil: PlainDate): CaseEvent => ({
  type: 'permit-issued',
  permit: kind,
  validFrom,
  validUntil,
});
const application = (
  on: PlainDate,
  kind: 'first' | 'renewal' | 'resident-card' = 'renewal',
): CaseEvent => ({ type: 'application-filed', on, application: kind });
const complementRequested = (openedOn: PlainDate): CaseEvent => ({
  type: 'complement-requested',
  openedOn,
});
const complementAnswered = (on: PlainDate): CaseEvent => ({ type: 'complement-answered', on });
const prolongation = (validFrom: PlainDate, validUntil: PlainDate): CaseEvent => ({
  type: 'prolongation-issued',
  validFrom,
  validUntil,
});
const decision = (on: PlainDate, outcome: 'granted' | 'refused' = 'granted'): CaseEvent => ({
  type: 'decision',
  on,
  outcome,
});
const conviction = (on: PlainDate): CaseEvent => ({ type: 'final-conviction', on });

const FR_PATHWAYS: Pathway[] = ['fr-trafficking', 'fr-humanitarian'];
const ALL_PATHWAYS: Pathway[] = ['fr-trafficking', 'fr-humanitarian', 'be-trafficking'];
const NATIONALITY_VARIANTS = [
  'passport',
  'consular-attestation',
  'identity-card',
  'consular-card',
  'nationality-certificate',
];

describe('contract: the public names', () => {
  it('D1 exports assessCase and lastValidDay, and the exact codes type-check', () => {
    expect(typeof assessCase).toBe('function');
    expect(typeof lastValidDay).toBe('function');
    const deadlineCodes: DeadlineCode[] = [
      'fr.reflection.end',
      'fr.permit.expiry',
      'fr.renewal.window',
      'fr.complement.answer',
      'fr.prolongation.expiry',
      'fr.majority',
      'be.reflection.end',
      'be.permit.expiry',
      'be.prosecutor.followup',
    ];
    const verdicts: Verdict[] = ['eligible', 'at-risk', 'incomplete', 'not-eligible'];
    const permits: PermitKind[] = [
      'fr-reflection-recepisse',
      'fr-cst-vpf',
      'fr-aps',
      'fr-carte-resident',
      'be-annexe-15',
      'be-attestation-immatriculation',
      'be-cire',
    ];
    expect(new Set([...deadlineCodes, ...verdicts, ...permits]).size).toBe(20);
  });

  it('D1 an assessment has verdict, findings, deadlines and checklist', () => {
    const assessment = assessCase(facts('fr-humanitarian'), '2025-01-10');
    expect(Object.keys(assessment)).toEqual(
      expect.arrayContaining(['verdict', 'findings', 'deadlines', 'checklist']),
    );
    expect(Array.isArray(assessment.findings)).toBe(true);
    expect(Array.isArray(assessment.deadlines)).toBe(true);
    expect(Array.isArray(assessment.checklist)).toBe(true);
  });
});

describe('D2 lastValidDay', () => {
  it.each<[PlainDate, { days?: number; months?: number; years?: number }, PlainDate]>([
    // The worked examples of docs/rules.md D2.
    ['2023-09-18', { years: 1 }, '2024-09-17'],
    ['2023-09-17', { months: 3 }, '2023-12-16'],
    ['2023-01-31', { months: 1 }, '2023-02-28'],
    ['2024-01-30', { months: 1 }, '2024-02-29'],
    ['2024-02-29', { years: 1 }, '2025-02-28'],
    // Month ends, leap years, year ends.
    ['2024-02-29', { years: 4 }, '2028-02-28'],
    ['2024-02-29', { months: 12 }, '2025-02-28'],
    ['2023-03-01', { years: 1 }, '2024-02-29'],
    ['2023-03-31', { months: 1 }, '2023-04-30'],
    ['2023-03-30', { months: 1 }, '2023-04-29'],
    ['2023-12-01', { months: 1 }, '2023-12-31'],
    ['2023-11-15', { months: 2 }, '2024-01-14'],
    ['2023-08-31', { months: 6 }, '2024-02-29'],
    ['2022-08-31', { months: 6 }, '2023-02-28'],
    ['2023-01-15', { months: 13 }, '2024-02-14'],
    ['2015-03-10', { years: 10 }, '2025-03-09'],
    // Days: S + N − 1.
    ['2024-01-01', { days: 1 }, '2024-01-01'],
    ['2024-01-01', { days: 30 }, '2024-01-30'],
    ['2024-02-15', { days: 30 }, '2024-03-15'],
    ['2023-02-15', { days: 30 }, '2023-03-16'],
    ['2024-12-20', { days: 45 }, '2025-02-02'],
    ['2024-12-31', { days: 2 }, '2025-01-01'],
    // Years and months first, then days.
    ['2023-01-15', { years: 1, months: 2 }, '2024-03-14'],
    ['2024-01-15', { months: 1, days: 10 }, '2024-02-24'],
    ['2024-01-15', { months: 1, days: 0 }, '2024-02-14'],
  ])('D2 %s valid for %o → last valid day %s', (start, length, expected) => {
    expect(lastValidDay(start, length)).toBe(expected);
  });

  it.each<{ days?: number; months?: number; years?: number }>([
    {},
    { days: 0 },
    { days: -5 },
    { months: 0 },
    { years: 0, months: 0, days: 0 },
    { years: -1 },
    { months: -2 },
  ])('D2 a total length that is not positive throws: %o', (length) => {
    expect(() => lastValidDay('2024-01-15', length)).toThrow();
  });
});

describe('deadlines: due and opens', () => {
  it.each<[PlainDate, PlainDate]>([
    ['2024-02-15', '2024-03-15'],
    ['2023-02-15', '2023-03-16'],
    ['2024-12-10', '2025-01-08'],
    ['2024-01-31', '2024-02-29'],
    ['2023-01-31', '2023-03-01'],
  ])('FR-T2 fr.reflection.end: reflection-granted on %s → due %s (S + 29)', (start, due) => {
    const assessment = assessCase(facts('fr-trafficking', { events: [reflection(start)] }), start);
    const deadline = deadlineOf(assessment, 'fr.reflection.end');
    expect(deadline?.due).toBe(due);
    expect(deadline?.opens).toBeUndefined();
    expect(deadline?.basis).toContain('FR-T2');
  });

  it.each<[PlainDate, PlainDate]>([
    ['2024-01-01', '2024-02-14'],
    ['2023-02-01', '2023-03-17'],
    ['2024-02-01', '2024-03-16'],
    ['2024-12-20', '2025-02-02'],
  ])('BE-2 be.reflection.end: reflection-granted on %s → due %s (S + 44)', (start, due) => {
    const assessment = assessCase(facts('be-trafficking', { events: [reflection(start)] }), start);
    const deadline = deadlineOf(assessment, 'be.reflection.end');
    expect(deadline?.due).toBe(due);
    expect(deadline?.opens).toBeUndefined();
    expect(deadline?.basis).toContain('BE-2');
  });

  it.each<[PermitKind, PlainDate, PlainDate, PlainDate]>([
    ['fr-cst-vpf', '2024-06-30', '2024-03-02', '2024-05-01'],
    ['fr-aps', '2025-03-01', '2024-11-01', '2024-12-31'],
    ['fr-aps', '2024-03-01', '2023-11-02', '2024-01-01'],
    ['fr-carte-resident', '2024-12-31', '2024-09-02', '2024-11-01'],
  ])(
    'FR-G1 %s valid until %s: fr.permit.expiry and fr.renewal.window from %s to %s',
    (kind, validUntil, opens, due) => {
      const assessment = assessCase(
        facts('fr-trafficking', { events: [permit(kind, '2022-01-01', validUntil)] }),
        '2022-06-01',
      );
      expect(deadlineOf(assessment, 'fr.permit.expiry')).toMatchObject({ due: validUntil });
      expect(deadlineOf(assessment, 'fr.permit.expiry')?.opens).toBeUndefined();
      const window = deadlineOf(assessment, 'fr.renewal.window');
      expect(window).toMatchObject({ opens, due });
      expect(window?.basis).toContain('FR-G1');
    },
  );

  it('D4 the worked example: last valid day 2023-10-26 → window 2023-06-28 … 2023-08-27', () => {
    const assessment = assessCase(
      facts('fr-trafficking', { events: [permit('fr-cst-vpf', '2022-10-27', '2023-10-26')] }),
      '2023-01-01',
    );
    expect(deadlineOf(assessment, 'fr.renewal.window')).toMatchObject({
      opens: '2023-06-28',
      due: '2023-08-27',
    });
  });

  it.each<[PlainDate, PlainDate]>([
    ['2024-01-31', '2024-03-01'],
    ['2023-01-31', '2023-03-02'],
    ['2024-12-15', '2025-01-14'],
    ['2024-02-29', '2024-03-30'],
  ])('FR-G4 fr.complement.answer: opened on %s → due %s (O + 30)', (openedOn, due) => {
    const assessment = assessCase(
      facts('fr-trafficking', { events: [complementRequested(openedOn)] }),
      openedOn,
    );
    const deadline = deadlineOf(assessment, 'fr.complement.answer');
    expect(deadline?.due).toBe(due);
    expect(deadline?.opens).toBeUndefined();
    expect(deadline?.basis).toContain('FR-G4');
  });

  it.each<[PlainDate, PlainDate]>([
    ['2024-01-10', '2024-04-09'],
    ['2024-11-30', '2025-02-28'],
  ])(
    'FR-G3 fr.prolongation.expiry: prolongation from %s until %s → due its validUntil',
    (from, until) => {
      const assessment = assessCase(
        facts('fr-humanitarian', { events: [prolongation(from, until)] }),
        from,
      );
      const deadline = deadlineOf(assessment, 'fr.prolongation.expiry');
      expect(deadline?.due).toBe(until);
      expect(deadline?.opens).toBeUndefined();
      expect(deadline?.basis).toContain('FR-G3');
    },
  );

  it.each<[PlainDate, PlainDate]>([
    ['2008-02-29', '2026-03-01'],
    ['2012-02-29', '2030-03-01'],
    ['2008-06-15', '2026-06-15'],
    ['2007-12-31', '2025-12-31'],
  ])('FR-T9 D6 fr.majority: born %s → due the 18th birthday %s', (birthDate, due) => {
    const assessment = assessCase(facts('fr-trafficking', { person: { birthDate } }), '2025-06-01');
    const deadline = deadlineOf(assessment, 'fr.majority');
    expect(deadline?.due).toBe(due);
    expect(deadline?.opens).toBeUndefined();
    expect(deadline?.status).toBe('open');
    expect(deadline?.basis).toContain('FR-T9');
  });

  it.each<[PlainDate, boolean]>([
    ['2026-02-28', true],
    ['2026-03-01', false],
    ['2027-01-01', false],
  ])('FR-T9 D6 born 2008-02-29, today %s: fr.majority present = %s', (today, present) => {
    const assessment = assessCase(
      facts('fr-trafficking', { person: { birthDate: '2008-02-29' } }),
      today,
    );
    expect(deadlineCodes(assessment).includes('fr.majority')).toBe(present);
  });

  it('FR-T9 no birth date, no fr.majority', () => {
    expect(deadlineCodes(assessCase(facts('fr-trafficking'), '2025-01-01'))).toEqual([]);
  });

  it.each<[PlainDate, PlainDate]>([
    ['2025-03-31', '2025-02-28'],
    ['2024-03-31', '2024-02-29'],
    ['2024-03-30', '2024-02-29'],
    ['2024-03-29', '2024-02-29'],
    ['2024-03-28', '2024-02-28'],
    ['2025-01-10', '2024-12-10'],
    ['2024-05-31', '2024-04-30'],
    ['2024-12-31', '2024-11-30'],
  ])(
    'BE-5 D5 be.prosecutor.followup: attestation valid until %s → due %s; be.permit.expiry = validUntil',
    (validUntil, due) => {
      const assessment = assessCase(
        facts('be-trafficking', {
          events: [permit('be-attestation-immatriculation', '2023-10-01', validUntil)],
        }),
        '2023-10-01',
      );
      const followup = deadlineOf(assessment, 'be.prosecutor.followup');
      expect(followup?.due).toBe(due);
      expect(followup?.opens).toBeUndefined();
      expect(followup?.basis).toContain('BE-5');
      expect(deadlineOf(assessment, 'be.permit.expiry')?.due).toBe(validUntil);
    },
  );

  it('BE-7 be.permit.expiry tracks be-cire too, with no prosecutor follow-up for a CIRE alone', () => {
    const assessment = assessCase(
      facts('be-trafficking', { events: [permit('be-cire', '2024-01-10', '2024-07-09')] }),
      '2024-02-01',
    );
    expect(deadlineOf(assessment, 'be.permit.expiry')?.due).toBe('2024-07-09');
    expect(deadlineCodes(assessment)).not.toContain('be.prosecutor.followup');
  });

  it('BE-2 an annexe 15 alone is tracked by neither be.permit.expiry nor be.prosecutor.followup', () => {
    const assessment = assessCase(
      facts('be-trafficking', { events: [permit('be-annexe-15', '2024-01-10', '2024-02-23')] }),
      '2024-01-20',
    );
    expect(deadlineCodes(assessment)).toEqual([]);
  });

  it('FR-T2 a récépissé alone is not tracked by fr.permit.expiry nor fr.renewal.window', () => {
    const assessment = assessCase(
      facts('fr-trafficking', {
        events: [permit('fr-reflection-recepisse', '2024-01-10', '2024-02-08')],
      }),
      '2024-01-20',
    );
    expect(deadlineCodes(assessment)).toEqual([]);
  });
});

describe('deadline status', () => {
  const windowCase = facts('fr-trafficking', {
    events: [permit('fr-cst-vpf', '2022-10-27', '2023-10-26')],
  });

  it.each<[PlainDate, Deadline['status']]>([
    ['2023-06-27', 'pending'],
    ['2023-06-28', 'open'],
    ['2023-08-27', 'open'],
    ['2023-08-28', 'overdue'],
  ])('FR-G1 renewal window 2023-06-28 … 2023-08-27, today %s → %s', (today, status) => {
    expect(deadlineOf(assessCase(windowCase, today), 'fr.renewal.window')?.status).toBe(status);
  });

  it.each<[PlainDate, Deadline['status']]>([
    ['2023-01-01', 'open'],
    ['2023-10-26', 'open'],
    ['2023-10-27', 'overdue'],
  ])('FR-G1 permit expiry 2023-10-26 (no opens), today %s → %s', (today, status) => {
    expect(deadlineOf(assessCase(windowCase, today), 'fr.permit.expiry')?.status).toBe(status);
  });

  it.each<[PlainDate, Deadline['status']]>([
    ['2024-02-15', 'open'],
    ['2024-03-15', 'open'],
    ['2024-03-16', 'overdue'],
  ])('FR-T2 reflection ending 2024-03-15, today %s → %s', (today, status) => {
    const assessment = assessCase(
      facts('fr-trafficking', { events: [reflection('2024-02-15')] }),
      today,
    );
    expect(deadlineOf(assessment, 'fr.reflection.end')?.status).toBe(status);
  });

  it('FR-G1 met wins over overdue and pending', () => {
    const answered = facts('fr-trafficking', {
      events: [permit('fr-cst-vpf', '2022-10-27', '2023-10-26'), application('2023-07-01')],
    });
    for (const today of ['2023-01-01', '2023-07-01', '2024-06-01']) {
      const assessment = assessCase(answered, today);
      expect(deadlineOf(assessment, 'fr.renewal.window')?.status).toBe('met');
      expect(deadlineOf(assessment, 'fr.permit.expiry')?.status).toBe('met');
    }
  });
});

describe('what answers a deadline', () => {
  it.each<[string, CaseEvent[], Deadline['status']]>([
    ['nothing', [], 'overdue'],
    ['a complaint the same day', [complaint('2024-02-15')], 'met'],
    ['a testimony later', [testimony('2024-03-01')], 'met'],
    ['a first application', [application('2024-03-01', 'first')], 'met'],
    ['a complaint the day before', [complaint('2024-02-14')], 'overdue'],
    ['a testimony the day before', [testimony('2024-02-14')], 'overdue'],
    ['an application the day before', [application('2024-02-14', 'first')], 'overdue'],
    ['a decision', [decision('2024-03-01')], 'overdue'],
  ])('FR-T2 fr.reflection.end from 2024-02-15, answered by %s → %s', (_label, events, status) => {
    const assessment = assessCase(
      facts('fr-trafficking', { events: [reflection('2024-02-15'), ...events] }),
      '2024-06-01',
    );
    expect(deadlineOf(assessment, 'fr.reflection.end')?.status).toBe(status);
  });

  it.each<[string, CaseEvent[], Deadline['status']]>([
    ['nothing', [], 'overdue'],
    ['a complaint the same day', [complaint('2024-01-01')], 'met'],
    ['a testimony later', [testimony('2024-02-01')], 'met'],
    ['an application later', [application('2024-02-01', 'first')], 'met'],
    ['a testimony the day before', [testimony('2023-12-31')], 'overdue'],
  ])('BE-2 be.reflection.end from 2024-01-01, answered by %s → %s', (_label, events, status) => {
    const assessment = assessCase(
      facts('be-trafficking', { events: [reflection('2024-01-01'), ...events] }),
      '2024-06-01',
    );
    expect(deadlineOf(assessment, 'be.reflection.end')?.status).toBe(status);
  });

  it.each<[string, CaseEvent[], Deadline['status'], Deadline['status']]>([
    ['nothing', [], 'overdue', 'overdue'],
    ['a renewal on validFrom', [application('2023-01-10')], 'met', 'met'],
    ['a resident-card application', [application('2023-12-20', 'resident-card')], 'met', 'met'],
    ['a renewal filed late', [application('2024-02-01')], 'met', 'met'],
    ['a first application', [application('2023-09-01', 'first')], 'overdue', 'overdue'],
    ['a renewal the day before validFrom', [application('2023-01-09')], 'overdue', 'overdue'],
    ['a decision', [decision('2023-12-01')], 'overdue', 'overdue'],
  ])(
    'FR-G1 fr.permit.expiry / fr.renewal.window of a card from 2023-01-10, answered by %s',
    (_label, events, expiry, window) => {
      const assessment = assessCase(
        facts('fr-trafficking', {
          events: [permit('fr-cst-vpf', '2023-01-10', '2024-01-09'), ...events],
        }),
        '2024-06-01',
      );
      expect(deadlineOf(assessment, 'fr.permit.expiry')?.status).toBe(expiry);
      expect(deadlineOf(assessment, 'fr.renewal.window')?.status).toBe(window);
    },
  );

  it('FR-G1 an expired permit that was answered stays in the list as met', () => {
    const assessment = assessCase(
      facts('fr-humanitarian', {
        events: [permit('fr-cst-vpf', '2023-01-10', '2024-01-09'), application('2023-11-01')],
      }),
      '2025-01-01',
    );
    expect(deadlineOf(assessment, 'fr.permit.expiry')).toMatchObject({
      due: '2024-01-09',
      status: 'met',
    });
  });

  it.each<[string, CaseEvent[], Deadline['status']]>([
    ['nothing', [], 'overdue'],
    ['an answer the same day', [complementAnswered('2024-01-31')], 'met'],
    ['an answer later than due', [complementAnswered('2024-04-01')], 'met'],
    ['an answer the day before', [complementAnswered('2024-01-30')], 'overdue'],
    ['an application', [application('2024-02-10', 'first')], 'overdue'],
  ])(
    'FR-G4 fr.complement.answer opened 2024-01-31, answered by %s → %s',
    (_label, events, status) => {
      const assessment = assessCase(
        facts('fr-trafficking', { events: [complementRequested('2024-01-31'), ...events] }),
        '2024-06-01',
      );
      expect(deadlineOf(assessment, 'fr.complement.answer')?.status).toBe(status);
    },
  );

  it('FR-G4 computed from the latest complement-requested event: an earlier answer does not count', () => {
    const assessment = assessCase(
      facts('fr-trafficking', {
        events: [
          complementRequested('2024-05-01'),
          complementAnswered('2024-03-01'),
          complementRequested('2024-02-15'),
        ],
      }),
      '2024-05-10',
    );
    expect(assessment.deadlines.filter((d) => d.code === 'fr.complement.answer')).toEqual([
      expect.objectContaining({ due: '2024-05-31', status: 'open' }),
    ]);
  });

  it.each<[string, CaseEvent[], Deadline['status']]>([
    ['nothing', [], 'overdue'],
    ['a decision the same day', [decision('2024-01-10')], 'met'],
    ['a refusal later', [decision('2024-05-01', 'refused')], 'met'],
    ['a decision the day before', [decision('2024-01-09')], 'overdue'],
    ['a renewal application', [application('2024-02-01')], 'overdue'],
  ])(
    'FR-G3 fr.prolongation.expiry from 2024-01-10, answered by %s → %s',
    (_label, events, status) => {
      const assessment = assessCase(
        facts('fr-trafficking', { events: [prolongation('2024-01-10', '2024-04-09'), ...events] }),
        '2024-06-01',
      );
      expect(deadlineOf(assessment, 'fr.prolongation.expiry')?.status).toBe(status);
    },
  );

  it('FR-G3 a later prolongation replaces the earlier one', () => {
    const assessment = assessCase(
      facts('fr-trafficking', {
        events: [
          prolongation('2024-04-10', '2024-07-09'),
          prolongation('2024-01-10', '2024-04-09'),
        ],
      }),
      '2024-05-01',
    );
    expect(assessment.deadlines.filter((d) => d.code === 'fr.prolongation.expiry')).toEqual([
      expect.objectContaining({ due: '2024-07-09', status: 'open' }),
    ]);
  });

  it('BE-5 be.prosecutor.followup is met by a later CIRE; be.permit.expiry follows the CIRE', () => {
    const assessment = assessCase(
      facts('be-trafficking', {
        events: [
          permit('be-cire', '2024-04-10', '2024-10-09'),
          permit('be-attestation-immatriculation', '2024-01-10', '2024-04-09'),
        ],
      }),
      '2024-12-01',
    );
    expect(deadlineOf(assessment, 'be.prosecutor.followup')).toMatchObject({
      due: '2024-03-09',
      status: 'met',
    });
    expect(deadlineOf(assessment, 'be.permit.expiry')).toMatchObject({
      due: '2024-10-09',
      status: 'overdue',
    });
  });

  it.each<[string, CaseEvent[], Deadline['status'], Deadline['status']]>([
    ['nothing', [], 'overdue', 'overdue'],
    ['a renewal application', [application('2024-03-01')], 'overdue', 'met'],
    ['a first application', [application('2024-03-01', 'first')], 'overdue', 'overdue'],
    ['an application before validFrom', [application('2024-01-09')], 'overdue', 'overdue'],
    ['a decision', [decision('2024-03-01')], 'overdue', 'overdue'],
  ])(
    'BE-5 attestation from 2024-01-10 until 2024-04-09, answered by %s',
    (_label, events, followup, expiry) => {
      const assessment = assessCase(
        facts('be-trafficking', {
          events: [permit('be-attestation-immatriculation', '2024-01-10', '2024-04-09'), ...events],
        }),
        '2024-06-01',
      );
      expect(deadlineOf(assessment, 'be.prosecutor.followup')?.status).toBe(followup);
      expect(deadlineOf(assessment, 'be.permit.expiry')?.status).toBe(expiry);
    },
  );
  it('FR-G1 an answer dated after today is recorded, so the deadline is met', () => {
    const assessment = assessCase(
      facts('fr-trafficking', {
        events: [permit('fr-cst-vpf', '2024-01-10', '2025-01-09'), application('2024-12-01')],
      }),
      '2024-06-01',
    );
    expect(deadlineOf(assessment, 'fr.renewal.window')?.status).toBe('met');
    expect(deadlineOf(assessment, 'fr.permit.expiry')?.status).toBe('met');
  });

  it('BE-5 a CIRE with the same validFrom is not later: the follow-up stays unanswered', () => {
    const assessment = assessCase(
      facts('be-trafficking', {
        events: [
          permit('be-cire', '2024-01-10', '2024-07-09'),
          permit('be-attestation-immatriculation', '2024-01-10', '2024-04-09'),
        ],
      }),
      '2024-03-01',
    );
    expect(deadlineOf(assessment, 'be.prosecutor.followup')).toMatchObject({
      due: '2024-03-09',
      status: 'open',
    });
    expect(deadlineOf(assessment, 'be.permit.expiry')?.due).toBe('2024-07-09');
  });

  it('FR-T4 a complaint before the reflection period counts as cooperation but does not answer it', () => {
    const assessment = assessCase(
      facts('fr-trafficking', { events: [complaint('2024-01-05'), reflection('2024-02-15')] }),
      '2024-02-20',
    );
    expect(findingCodes(assessment)).not.toContain('cooperation-missing');
    expect(deadlineOf(assessment, 'fr.reflection.end')?.status).toBe('open');
  });
});

describe('which deadlines exist', () => {
  const everyTrigger: CaseEvent[] = [
    reflection('2024-01-01'),
    permit('fr-cst-vpf', '2024-02-01', '2025-01-31'),
    complementRequested('2024-03-01'),
    prolongation('2024-04-01', '2024-06-30'),
    permit('be-attestation-immatriculation', '2024-02-01', '2024-04-30'),
    permit('be-cire', '2024-05-01', '2024-10-31'),
  ];
  const person: Person = { birthDate: '2008-06-15' };

  it.each<[Pathway, DeadlineCode[]]>([
    [
      'fr-trafficking',
      [
        'fr.complement.answer',
        'fr.majority',
        'fr.permit.expiry',
        'fr.prolongation.expiry',
        'fr.reflection.end',
        'fr.renewal.window',
      ],
    ],
    [
      'fr-humanitarian',
      ['fr.complement.answer', 'fr.permit.expiry', 'fr.prolongation.expiry', 'fr.renewal.window'],
    ],
    ['be-trafficking', ['be.permit.expiry', 'be.prosecutor.followup', 'be.reflection.end']],
  ])('FR-T2 FR-T9 BE-2 on %s, every trigger present → exactly %o', (pathway, expected) => {
    const assessment = assessCase(facts(pathway, { person, events: everyTrigger }), '2024-03-05');
    expect([...deadlineCodes(assessment)].sort()).toEqual(expected);
  });

  it.each(ALL_PATHWAYS)(
    'D1 no triggering event and no birth date on %s → no deadline',
    (pathway) => {
      expect(assessCase(facts(pathway), '2024-03-05').deadlines).toEqual([]);
    },
  );

  it('FR-T2 computed from the latest reflection-granted event, once', () => {
    const assessment = assessCase(
      facts('fr-trafficking', {
        events: [reflection('2024-03-01'), reflection('2024-01-01'), complaint('2024-02-01')],
      }),
      '2024-03-05',
    );
    expect(assessment.deadlines).toEqual([
      expect.objectContaining({ code: 'fr.reflection.end', due: '2024-03-30', status: 'open' }),
    ]);
  });

  it.each<[string, CaseEvent[], PlainDate]>([
    [
      'a later validFrom wins even with an earlier validUntil',
      [
        permit('fr-cst-vpf', '2024-01-01', '2024-12-31'),
        permit('fr-aps', '2024-05-01', '2024-10-31'),
      ],
      '2024-10-31',
    ],
    [
      'the same validFrom: the greater validUntil wins',
      [
        permit('fr-cst-vpf', '2024-01-01', '2024-12-31'),
        permit('fr-cst-vpf', '2024-01-01', '2024-06-30'),
      ],
      '2024-12-31',
    ],
    [
      'a carte de résident after a card',
      [
        permit('fr-carte-resident', '2025-01-01', '2034-12-31'),
        permit('fr-cst-vpf', '2024-01-01', '2024-12-31'),
      ],
      '2034-12-31',
    ],
    [
      'a récépissé does not count',
      [
        permit('fr-cst-vpf', '2024-01-01', '2024-12-31'),
        permit('fr-reflection-recepisse', '2024-06-01', '2024-06-30'),
      ],
      '2024-12-31',
    ],
  ])('FR-G1 the latest FR permit, %s', (_label, events, due) => {
    const assessment = assessCase(facts('fr-trafficking', { events }), '2024-03-05');
    const expiries = assessment.deadlines.filter((d) => d.code === 'fr.permit.expiry');
    expect(expiries.map((d) => d.due)).toEqual([due]);
    expect(assessment.deadlines.filter((d) => d.code === 'fr.renewal.window')).toHaveLength(1);
  });

  it('BE-5 the latest attestation is the one followed up; the latest of both kinds expires', () => {
    const assessment = assessCase(
      facts('be-trafficking', {
        events: [
          permit('be-attestation-immatriculation', '2024-04-10', '2024-07-09'),
          permit('be-attestation-immatriculation', '2024-01-10', '2024-04-09'),
        ],
      }),
      '2024-05-01',
    );
    expect(assessment.deadlines).toEqual([
      expect.objectContaining({
        code: 'be.prosecutor.followup',
        due: '2024-06-09',
        status: 'open',
      }),
      expect.objectContaining({ code: 'be.permit.expiry', due: '2024-07-09', status: 'open' }),
    ]);
  });

  it('FR-G1 FR permits, complements and prolongations make no deadline on be-trafficking', () => {
    const assessment = assessCase(
      facts('be-trafficking', {
        events: [
          permit('fr-cst-vpf', '2024-01-01', '2024-12-31'),
          complementRequested('2024-02-01'),
          prolongation('2024-03-01', '2024-05-31'),
        ],
      }),
      '2024-03-05',
    );
    expect(assessment.deadlines).toEqual([]);
  });

  it('BE-7 Belgian permits make no deadline on the French pathways', () => {
    for (const pathway of FR_PATHWAYS) {
      const assessment = assessCase(
        facts(pathway, {
          events: [
            permit('be-attestation-immatriculation', '2024-01-10', '2024-04-09'),
            permit('be-cire', '2024-04-10', '2024-10-09'),
          ],
        }),
        '2024-03-05',
      );
      expect(assessment.deadlines).toEqual([]);
    }
  });

  it('D1 events in any order give the same assessment', () => {
    const events: CaseEvent[] = [
      reflection('2024-01-01'),
      complaint('2024-01-05'),
      permit('fr-cst-vpf', '2024-02-01', '2025-01-31'),
      complementRequested('2024-03-01'),
      complementAnswered('2024-03-10'),
      prolongation('2024-04-01', '2024-06-30'),
      application('2024-10-01'),
    ];
    const forward = assessCase(facts('fr-trafficking', { events }), '2024-11-01');
    const backward = assessCase(
      facts('fr-trafficking', { events: [...events].reverse() }),
      '2024-11-01',
    );
    expect(backward).toEqual(forward);
  });
});

describe('deadlines are sorted by due date, then code', () => {
  it('FR-G1 FR-G3 FR-G4 FR-T2 FR-T9 a full French case', () => {
    const assessment = assessCase(
      facts('fr-trafficking', {
        person: { birthDate: '2007-03-10' },
        events: [
          prolongation('2024-04-01', '2025-01-31'),
          permit('fr-cst-vpf', '2024-02-01', '2025-01-31'),
          complementRequested('2024-03-01'),
          reflection('2024-01-01'),
        ],
      }),
      '2024-03-05',
    );
    expect(assessment.deadlines.map((d) => [d.due, d.code])).toEqual([
      ['2024-01-30', 'fr.reflection.end'],
      ['2024-03-31', 'fr.complement.answer'],
      ['2024-12-02', 'fr.renewal.window'],
      ['2025-01-31', 'fr.permit.expiry'],
      ['2025-01-31', 'fr.prolongation.expiry'],
      ['2025-03-10', 'fr.majority'],
    ]);
  });

  it('BE-5 BE-2 a full Belgian case', () => {
    const assessment = assessCase(
      facts('be-trafficking', {
        events: [
          permit('be-attestation-immatriculation', '2024-03-01', '2024-05-31'),
          reflection('2024-01-15'),
        ],
      }),
      '2024-03-05',
    );
    expect(assessment.deadlines.map((d) => [d.due, d.code])).toEqual([
      ['2024-02-28', 'be.reflection.end'],
      ['2024-04-30', 'be.prosecutor.followup'],
      ['2024-05-31', 'be.permit.expiry'],
    ]);
  });
});

describe('findings', () => {
  const cooperating: CaseEvent[] = [complaint('2024-01-05')];

  it.each<
    [FindingCode, Pathway, Situation | undefined, Person | undefined, Finding['effect'], string[]]
  >([
    [
      'eu-citizen-excluded',
      'fr-trafficking',
      undefined,
      { euCitizenOrFamily: true },
      'blocking',
      ['FR-T3'],
    ],
    [
      'eu-citizen-excluded',
      'fr-humanitarian',
      undefined,
      { euCitizenOrFamily: true },
      'blocking',
      ['FR-H1'],
    ],
    [
      'public-order-threat',
      'fr-trafficking',
      { publicOrderThreat: true },
      undefined,
      'blocking',
      [],
    ],
    [
      'public-order-threat',
      'fr-humanitarian',
      { publicOrderThreat: true },
      undefined,
      'blocking',
      [],
    ],
    [
      'public-order-threat',
      'be-trafficking',
      { publicOrderThreat: true },
      undefined,
      'blocking',
      [],
    ],
    [
      'contact-with-perpetrators',
      'fr-trafficking',
      { contactWithPerpetrators: true },
      undefined,
      'blocking',
      ['FR-T4'],
    ],
    [
      'contact-with-perpetrators',
      'be-trafficking',
      { contactWithPerpetrators: true },
      undefined,
      'blocking',
      ['BE-7'],
    ],
    ['polygamy-excluded', 'fr-humanitarian', { polygamy: true }, undefined, 'blocking', ['FR-H1']],
    [
      'refusal-risk-oqtf',
      'fr-trafficking',
      { oqtfNotComplied: true },
      undefined,
      'risk',
      ['FR-T5'],
    ],
    [
      'refusal-risk-oqtf',
      'fr-humanitarian',
      { oqtfNotComplied: true },
      undefined,
      'risk',
      ['FR-T5'],
    ],
    ['refusal-risk-fraud', 'fr-trafficking', { documentFraud: true }, undefined, 'risk', ['FR-T5']],
    [
      'refusal-risk-fraud',
      'fr-humanitarian',
      { documentFraud: true },
      undefined,
      'risk',
      ['FR-T5'],
    ],
    [
      'refusal-risk-serious-offence',
      'fr-trafficking',
      { seriousOffence: true },
      undefined,
      'risk',
      ['FR-T5'],
    ],
    [
      'refusal-risk-serious-offence',
      'fr-humanitarian',
      { seriousOffence: true },
      undefined,
      'risk',
      ['FR-T5'],
    ],
    [
      'refusal-risk-violence-officials',
      'fr-trafficking',
      { violenceAgainstOfficials: true },
      undefined,
      'risk',
      ['FR-T5'],
    ],
    [
      'refusal-risk-violence-officials',
      'fr-humanitarian',
      { violenceAgainstOfficials: true },
      undefined,
      'risk',
      ['FR-T5'],
    ],
    [
      'renewal-ground-lost',
      'fr-trafficking',
      { proceedings: 'acquittal' },
      undefined,
      'risk',
      ['FR-T12'],
    ],
    [
      'renewal-ground-lost',
      'fr-trafficking',
      { proceedings: 'closed' },
      undefined,
      'risk',
      ['FR-T12'],
    ],
    [
      'resident-card-right',
      'fr-trafficking',
      { proceedings: 'final-conviction' },
      undefined,
      'info',
      ['FR-T8'],
    ],
    [
      'indefinite-stay-possible',
      'be-trafficking',
      { proceedings: 'final-conviction' },
      undefined,
      'info',
      ['BE-8'],
    ],
    ['discretionary', 'fr-humanitarian', undefined, undefined, 'info', ['FR-H1']],
  ])(
    'FR-T3 FR-T4 FR-T5 FR-H1 %s on %s: trigger %o %o → %s, basis %o',
    (code, pathway, situation, person, effect, basis) => {
      const assessment = assessCase(
        facts(pathway, {
          person,
          situation: { centreSupport: true, ...situation },
          events: cooperating,
        }),
        '2025-01-10',
      );
      const finding = findingOf(assessment, code);
      expect(finding?.effect).toBe(effect);
      expect(finding?.basis).toEqual(expect.arrayContaining(basis));
      expect(finding?.basis.length).toBeGreaterThan(0);
    },
  );

  it.each<[FindingCode, Pathway, Situation | undefined, Person | undefined]>([
    ['eu-citizen-excluded', 'be-trafficking', undefined, { euCitizenOrFamily: true }],
    ['contact-with-perpetrators', 'fr-humanitarian', { contactWithPerpetrators: true }, undefined],
    ['polygamy-excluded', 'fr-trafficking', { polygamy: true }, undefined],
    ['polygamy-excluded', 'be-trafficking', { polygamy: true }, undefined],
    ['refusal-risk-oqtf', 'be-trafficking', { oqtfNotComplied: true }, undefined],
    ['refusal-risk-fraud', 'be-trafficking', { documentFraud: true }, undefined],
    ['refusal-risk-serious-offence', 'be-trafficking', { seriousOffence: true }, undefined],
    [
      'refusal-risk-violence-officials',
      'be-trafficking',
      { violenceAgainstOfficials: true },
      undefined,
    ],
    ['renewal-ground-lost', 'fr-humanitarian', { proceedings: 'acquittal' }, undefined],
    ['renewal-ground-lost', 'be-trafficking', { proceedings: 'closed' }, undefined],
    ['resident-card-right', 'fr-humanitarian', { proceedings: 'final-conviction' }, undefined],
    ['resident-card-right', 'be-trafficking', { proceedings: 'final-conviction' }, undefined],
    ['indefinite-stay-possible', 'fr-trafficking', { proceedings: 'final-conviction' }, undefined],
    ['indefinite-stay-possible', 'fr-humanitarian', { proceedings: 'final-conviction' }, undefined],
    ['discretionary', 'fr-trafficking', undefined, undefined],
    ['discretionary', 'be-trafficking', undefined, undefined],
    ['cooperation-missing', 'fr-humanitarian', undefined, undefined],
    ['centre-support-missing', 'fr-trafficking', { centreSupport: false }, undefined],
    ['centre-support-missing', 'fr-humanitarian', { centreSupport: false }, undefined],
    ['minor-under-16', 'fr-humanitarian', undefined, { birthDate: '2012-01-01' }],
    ['minor-under-16', 'be-trafficking', undefined, { birthDate: '2012-01-01' }],
    ['commission-required', 'fr-trafficking', undefined, { arrivedOn: '2000-01-01' }],
    ['commission-required', 'be-trafficking', undefined, { arrivedOn: '2000-01-01' }],
  ])('FR-T12 FR-T8 BE-8 FR-H4 %s is out of scope on %s', (code, pathway, situation, person) => {
    const assessment = assessCase(facts(pathway, { person, situation, events: [] }), '2025-01-10');
    expect(findingCodes(assessment)).not.toContain(code);
  });

  it.each<[Situation['proceedings']]>([['investigation'], ['trial'], ['appeal'], [undefined]])(
    'FR-T12 proceedings %s: no renewal-ground-lost, no resident-card-right',
    (proceedings) => {
      const assessment = assessCase(
        facts('fr-trafficking', { situation: { proceedings }, events: cooperating }),
        '2025-01-10',
      );
      expect(findingCodes(assessment)).not.toContain('renewal-ground-lost');
      expect(findingCodes(assessment)).not.toContain('resident-card-right');
    },
  );

  it('FR-T8 BE-8 a final-conviction event triggers resident-card-right / indefinite-stay-possible', () => {
    const events = [...cooperating, conviction('2024-12-01')];
    const fr = assessCase(facts('fr-trafficking', { events }), '2025-01-10');
    expect(findingOf(fr, 'resident-card-right')).toMatchObject({ effect: 'info' });
    expect(findingCodes(fr)).not.toContain('indefinite-stay-possible');
    const be = assessCase(
      facts('be-trafficking', { situation: { centreSupport: true }, events }),
      '2025-01-10',
    );
    expect(findingOf(be, 'indefinite-stay-possible')).toMatchObject({ effect: 'info' });
    expect(findingCodes(be)).not.toContain('resident-card-right');
  });

  it.each<[Pathway, CaseEvent[], boolean]>([
    ['fr-trafficking', [], true],
    ['be-trafficking', [], true],
    ['fr-trafficking', [complaint('2024-01-01')], false],
    ['fr-trafficking', [testimony('2024-01-01')], false],
    ['be-trafficking', [complaint('2024-01-01')], false],
    ['be-trafficking', [testimony('2024-01-01')], false],
    ['fr-trafficking', [application('2024-01-01', 'first'), reflection('2023-12-01')], true],
  ])('FR-T4 BE-4 cooperation-missing on %s with %o → %s', (pathway, events, present) => {
    const assessment = assessCase(facts(pathway, { events }), '2025-01-10');
    const finding = findingOf(assessment, 'cooperation-missing');
    expect(finding !== undefined).toBe(present);
    if (finding) expect(finding.effect).toBe('incomplete');
  });

  it.each<[boolean | undefined, boolean]>([
    [undefined, true],
    [false, true],
    [true, false],
  ])('BE-1 centreSupport %s → centre-support-missing present = %s', (centreSupport, present) => {
    const assessment = assessCase(
      facts('be-trafficking', { situation: { centreSupport }, events: cooperating }),
      '2025-01-10',
    );
    const finding = findingOf(assessment, 'centre-support-missing');
    expect(finding !== undefined).toBe(present);
    if (finding) {
      expect(finding.effect).toBe('incomplete');
      expect(finding.basis).toContain('BE-1');
    }
  });

  it.each<[PlainDate, PlainDate, boolean]>([
    ['2008-02-29', '2024-02-28', true],
    ['2008-02-29', '2024-02-29', false],
    ['2009-02-28', '2025-02-27', true],
    ['2009-02-28', '2025-02-28', false],
    ['2012-02-29', '2028-02-28', true],
    ['2012-02-29', '2028-02-29', false],
    ['2000-01-01', '2025-01-01', false],
  ])('FR-T9 D6 born %s, today %s: minor-under-16 = %s', (birthDate, today, present) => {
    const assessment = assessCase(
      facts('fr-trafficking', { person: { birthDate }, events: cooperating }),
      today,
    );
    const finding = findingOf(assessment, 'minor-under-16');
    expect(finding !== undefined).toBe(present);
    if (finding) {
      expect(finding.effect).toBe('incomplete');
      expect(finding.basis).toContain('FR-T9');
    }
  });

  it('FR-T9 no birth date → no minor-under-16', () => {
    const assessment = assessCase(facts('fr-trafficking', { events: cooperating }), '2025-01-10');
    expect(findingCodes(assessment)).not.toContain('minor-under-16');
  });

  it.each<[PlainDate, PlainDate, boolean]>([
    ['2014-03-10', '2024-03-09', false],
    ['2014-03-10', '2024-03-10', false],
    ['2014-03-10', '2024-03-11', true],
    ['2012-02-29', '2022-02-28', false],
    ['2012-02-29', '2022-03-01', false],
    ['2012-02-29', '2022-03-02', true],
    ['2004-02-29', '2014-03-01', false],
    ['2004-02-29', '2014-03-02', true],
    ['2010-02-28', '2020-02-29', true],
    ['2020-01-01', '2025-01-10', false],
  ])('FR-H4 D6 arrived %s, today %s: commission-required = %s', (arrivedOn, today, present) => {
    const assessment = assessCase(facts('fr-humanitarian', { person: { arrivedOn } }), today);
    const finding = findingOf(assessment, 'commission-required');
    expect(finding !== undefined).toBe(present);
    if (finding) {
      expect(finding.effect).toBe('info');
      expect(finding.basis).toContain('FR-H4');
    }
  });

  it('FR-H4 no arrival date → no commission-required', () => {
    const assessment = assessCase(facts('fr-humanitarian'), '2025-01-10');
    expect(findingCodes(assessment)).not.toContain('commission-required');
  });

  it.each<[Pathway, PlainDate, PlainDate, boolean]>([
    ['fr-trafficking', '2024-02-15', '2024-02-15', true],
    ['fr-trafficking', '2024-02-15', '2024-03-15', true],
    ['fr-trafficking', '2024-02-15', '2024-03-16', false],
    ['be-trafficking', '2024-01-01', '2024-02-14', true],
    ['be-trafficking', '2024-01-01', '2024-02-15', false],
  ])(
    'FR-T2 BE-2 on %s, reflection from %s, today %s: in-reflection-period = %s',
    (pathway, start, today, present) => {
      const assessment = assessCase(
        facts(pathway, { situation: { centreSupport: true }, events: [reflection(start)] }),
        today,
      );
      const finding = findingOf(assessment, 'in-reflection-period');
      expect(finding !== undefined).toBe(present);
      if (finding) expect(finding.effect).toBe('info');
    },
  );

  it('FR-T2 in-reflection-period follows the latest reflection-granted event', () => {
    const assessment = assessCase(
      facts('fr-trafficking', { events: [reflection('2024-03-01'), reflection('2024-01-01')] }),
      '2024-03-20',
    );
    expect(findingCodes(assessment)).toContain('in-reflection-period');
  });

  it('FR-T2 no reflection-granted event → no in-reflection-period', () => {
    const assessment = assessCase(facts('fr-trafficking', { events: cooperating }), '2024-03-20');
    expect(findingCodes(assessment)).not.toContain('in-reflection-period');
  });

  it('FR-T5 one code per ground, all four at once', () => {
    const assessment = assessCase(
      facts('fr-trafficking', {
        situation: {
          oqtfNotComplied: true,
          documentFraud: true,
          seriousOffence: true,
          violenceAgainstOfficials: true,
        },
        events: cooperating,
      }),
      '2025-01-10',
    );
    expect(
      findingCodes(assessment)
        .filter((code) => code.startsWith('refusal-risk-'))
        .sort(),
    ).toEqual([
      'refusal-risk-fraud',
      'refusal-risk-oqtf',
      'refusal-risk-serious-offence',
      'refusal-risk-violence-officials',
    ]);
  });

  it.each<[Pathway, Situation, Person]>([
    ['fr-trafficking', { centreSupport: false, polygamy: false }, { euCitizenOrFamily: false }],
    ['be-trafficking', { centreSupport: true }, {}],
  ])('FR-T3 FR-T4 false flags raise nothing on %s', (pathway, situation, person) => {
    const assessment = assessCase(
      facts(pathway, {
        person,
        situation: {
          ...situation,
          publicOrderThreat: false,
          contactWithPerpetrators: false,
          oqtfNotComplied: false,
          documentFraud: false,
          seriousOffence: false,
          violenceAgainstOfficials: false,
        },
        events: cooperating,
      }),
      '2025-01-10',
    );
    expect(assessment.findings).toEqual([]);
    expect(assessment.verdict).toBe('eligible');
  });
});

describe('verdict: the worst effect wins', () => {
  it.each<[string, Pathway, Situation, CaseEvent[], Verdict]>([
    ['nothing wrong', 'fr-trafficking', {}, [complaint('2024-01-05')], 'eligible'],
    ['info only (discretionary)', 'fr-humanitarian', {}, [], 'eligible'],
    [
      'info only (resident card)',
      'fr-trafficking',
      { proceedings: 'final-conviction' },
      [complaint('2024-01-05')],
      'eligible',
    ],
    ['a risk', 'fr-trafficking', { oqtfNotComplied: true }, [complaint('2024-01-05')], 'at-risk'],
    [
      'a risk (acquittal)',
      'fr-trafficking',
      { proceedings: 'acquittal' },
      [testimony('2024-01-05')],
      'at-risk',
    ],
    ['incomplete beats risk', 'fr-trafficking', { documentFraud: true }, [], 'incomplete'],
    ['incomplete (centre)', 'be-trafficking', {}, [complaint('2024-01-05')], 'incomplete'],
    [
      'blocking beats incomplete',
      'fr-trafficking',
      { contactWithPerpetrators: true },
      [],
      'not-eligible',
    ],
    [
      'blocking beats risk',
      'fr-humanitarian',
      { polygamy: true, seriousOffence: true },
      [],
      'not-eligible',
    ],
    [
      'blocking on Belgium',
      'be-trafficking',
      { publicOrderThreat: true, centreSupport: true },
      [complaint('2024-01-05')],
      'not-eligible',
    ],
  ])('FR-T4 FR-T5 FR-H1 BE-1 %s → %s', (_label, pathway, situation, events, verdict) => {
    expect(assessCase(facts(pathway, { situation, events }), '2025-01-10').verdict).toBe(verdict);
  });
});

describe('checklist', () => {
  const adult: Person = { birthDate: '1990-05-05' };
  const cooperating: CaseEvent[] = [complaint('2024-01-05')];

  it('FR-T4 first application on fr-trafficking, housing unknown, after 2024-07-17', () => {
    const assessment = assessCase(
      facts('fr-trafficking', { person: adult, events: cooperating }),
      '2025-01-10',
    );
    expect(lineCodes(assessment)).toEqual([
      'birth-certificate',
      'complaint-receipt',
      'ephoto',
      'nationality-proof',
      'republic-commitment',
    ]);
    for (const item of assessment.checklist) {
      expect(item.required).toBe(true);
      expect(item.basis.length).toBeGreaterThan(0);
    }
  });

  it.each(['fr-trafficking', 'fr-humanitarian'] as Pathway[])(
    'FR-T6 nationality-proof on %s has the five variants in order',
    (pathway) => {
      const assessment = assessCase(
        facts(pathway, { person: adult, events: cooperating }),
        '2025-01-10',
      );
      const line = lineOf(assessment, 'nationality-proof');
      expect(line?.required).toBe(true);
      expect(line?.variants).toEqual(NATIONALITY_VARIANTS);
    },
  );

  it('FR-T7 nationality-proof on the renewal has the five variants in order', () => {
    const assessment = assessCase(
      facts('fr-trafficking', {
        person: adult,
        events: [...cooperating, permit('fr-cst-vpf', '2024-02-01', '2025-01-31')],
      }),
      '2024-11-01',
    );
    expect(lineOf(assessment, 'nationality-proof')?.variants).toEqual(NATIONALITY_VARIANTS);
  });

  it.each<[Person['housing'], [string, boolean][]]>([
    ['own', [['domicile-proof', true]]],
    [
      'hotel',
      [
        ['hotel-attestation', true],
        ['hotel-invoice', true],
      ],
    ],
    [
      'hosted',
      [
        ['host-attestation', true],
        ['host-identity', true],
        ['host-domicile-proof', false],
      ],
    ],
    [undefined, []],
  ])(
    'FR-T4 housing %s → domicile lines %o, each maxAgeMonths 6 but host-identity (version 2: valid, no age)',
    (housing, expected) => {
      const domicileCodes = [
        'domicile-proof',
        'hotel-attestation',
        'hotel-invoice',
        'host-attestation',
        'host-identity',
        'host-domicile-proof',
      ];
      const check = (assessment: Assessment) => {
        const lines = assessment.checklist.filter((item) => domicileCodes.includes(item.code));
        expect(lines.map((item) => [item.code, item.required]).sort()).toEqual(
          [...expected].sort(),
        );
        for (const item of lines) {
          if (item.code === 'host-identity') {
            expect(item.mustBeValid).toBe(true);
            expect(item.maxAgeMonths).toBeUndefined();
          } else {
            expect(item.maxAgeMonths).toBe(6);
          }
        }
      };
      // First application, renewal and humanitarian all carry the domicile lines of the housing.
      check(
        assessCase(
          facts('fr-trafficking', { person: { ...adult, housing }, events: cooperating }),
          '2025-01-10',
        ),
      );
      check(
        assessCase(
          facts('fr-trafficking', {
            person: { ...adult, housing },
            events: [...cooperating, permit('fr-cst-vpf', '2024-02-01', '2025-01-31')],
          }),
          '2025-01-10',
        ),
      );
      check(assessCase(facts('fr-humanitarian', { person: { ...adult, housing } }), '2025-01-10'));
    },
  );

  it.each<[string, Situation, CaseEvent[]]>([
    ['a final-conviction event', {}, [conviction('2024-12-01')]],
    ['proceedings final-conviction', { proceedings: 'final-conviction' }, []],
  ])(
    'FR-T8 conviction-judgment replaces complaint-receipt after %s',
    (_label, situation, events) => {
      const assessment = assessCase(
        facts('fr-trafficking', { person: adult, situation, events: [...cooperating, ...events] }),
        '2025-01-10',
      );
      expect(lineOf(assessment, 'conviction-judgment')?.required).toBe(true);
      expect(lineCodes(assessment)).not.toContain('complaint-receipt');
    },
  );

  it('FR-T8 no final conviction → complaint-receipt, no conviction-judgment', () => {
    const assessment = assessCase(
      facts('fr-trafficking', {
        person: adult,
        situation: { proceedings: 'trial' },
        events: cooperating,
      }),
      '2025-01-10',
    );
    expect(lineOf(assessment, 'complaint-receipt')?.required).toBe(true);
    expect(lineCodes(assessment)).not.toContain('conviction-judgment');
  });

  it.each<[string, CaseEvent[], PlainDate, boolean]>([
    ['no application, today 2024-07-16', [], '2024-07-16', false],
    ['no application, today 2024-07-17', [], '2024-07-17', true],
    [
      'an undecided application filed 2024-07-16',
      [application('2024-07-16', 'first')],
      '2025-01-10',
      false,
    ],
    [
      'an undecided application filed 2024-07-17',
      [application('2024-07-17', 'first')],
      '2025-01-10',
      true,
    ],
    [
      'an undecided application filed after, today before',
      [application('2024-08-01', 'first')],
      '2024-07-01',
      true,
    ],
    [
      'an application of 2024-07-10 decided 2024-09-01',
      [application('2024-07-10', 'first'), decision('2024-09-01', 'refused')],
      '2025-01-10',
      true,
    ],
    [
      'an application of 2024-07-10 decided the same day',
      [application('2024-07-10', 'first'), decision('2024-07-10', 'refused')],
      '2025-01-10',
      true,
    ],
    [
      'an application of 2024-07-10, a decision only before it',
      [decision('2024-07-01', 'refused'), application('2024-07-10', 'first')],
      '2025-01-10',
      false,
    ],
    [
      'the latest of two undecided applications',
      [application('2024-08-01', 'first'), application('2024-06-01', 'first')],
      '2024-07-01',
      true,
    ],
    [
      'a decided application then a newer undecided one before the date',
      [
        application('2024-05-01', 'first'),
        decision('2024-06-01', 'refused'),
        application('2024-07-01', 'first'),
      ],
      '2025-01-10',
      false,
    ],
  ])('FR-T4 republic-commitment with %s → %s', (_label, events, today, present) => {
    const assessment = assessCase(
      facts('fr-trafficking', { person: adult, events: [...cooperating, ...events] }),
      today,
    );
    const line = lineOf(assessment, 'republic-commitment');
    expect(line !== undefined).toBe(present);
    if (line) expect(line.required).toBe(true);
  });

  it.each<[string, CaseEvent[], PlainDate, boolean]>([
    ['no application, today 2024-07-16', [], '2024-07-16', false],
    ['no application, today 2024-07-17', [], '2024-07-17', true],
    ['an undecided renewal filed 2024-06-01', [application('2024-06-01')], '2024-09-01', false],
    ['an undecided renewal filed 2024-07-20', [application('2024-07-20')], '2024-09-01', true],
  ])('FR-T7 republic-commitment at renewal, with %s → %s', (_label, events, today, present) => {
    const assessment = assessCase(
      facts('fr-trafficking', {
        person: adult,
        events: [...cooperating, permit('fr-cst-vpf', '2023-10-01', '2024-09-30'), ...events],
      }),
      today,
    );
    expect(lineCodes(assessment).includes('republic-commitment')).toBe(present);
  });

  it.each<[Person['parentalAuthority'], string[]]>([
    ['married', ['parents-marriage-certificate']],
    ['divorced', ['divorce-judgment']],
    ['recognised-before-1', ['birth-certificate-recognition']],
    ['recognised-after-1', ['joint-authority-declaration']],
    ['separated', ['separation-order']],
    ['third-party', ['authority-delegation']],
    [undefined, []],
  ])(
    'FR-T9 a 16-year-old, parental authority %s → minor lines',
    (parentalAuthority, authorityLines) => {
      const assessment = assessCase(
        facts('fr-trafficking', {
          person: { birthDate: '2008-02-29', parentalAuthority },
          events: cooperating,
        }),
        '2024-09-01',
      );
      expect(lineCodes(assessment)).toEqual(
        [
          'birth-certificate',
          'complaint-receipt',
          'ephoto',
          'nationality-proof',
          'republic-commitment',
          'representative-consent',
          'representative-identity',
          ...authorityLines,
        ].sort(),
      );
      for (const code of ['representative-consent', 'representative-identity', ...authorityLines]) {
        expect(lineOf(assessment, code)?.required).toBe(true);
      }
    },
  );

  it.each<[PlainDate, boolean]>([
    ['2024-02-28', false],
    ['2024-02-29', true],
    ['2025-02-28', true],
    ['2025-03-01', true],
    ['2026-02-28', true],
    ['2026-03-01', false],
  ])('FR-T9 D6 born 2008-02-29, today %s: minor lines = %s', (today, present) => {
    const assessment = assessCase(
      facts('fr-trafficking', {
        person: { birthDate: '2008-02-29', parentalAuthority: 'married' },
        events: cooperating,
      }),
      today,
    );
    const minorLines = [
      'representative-consent',
      'representative-identity',
      'parents-marriage-certificate',
    ];
    for (const code of minorLines) expect(lineCodes(assessment).includes(code)).toBe(present);
    expect(lineCodes(assessment)).not.toContain('emancipation-proof');
  });

  it('FR-T9 an emancipated 17-year-old: emancipation-proof alone', () => {
    const assessment = assessCase(
      facts('fr-trafficking', {
        person: { birthDate: '2007-06-01', emancipated: true, parentalAuthority: 'divorced' },
        events: cooperating,
      }),
      '2025-01-10',
    );
    expect(lineOf(assessment, 'emancipation-proof')?.required).toBe(true);
    for (const code of ['representative-consent', 'representative-identity', 'divorce-judgment']) {
      expect(lineCodes(assessment)).not.toContain(code);
    }
  });

  it('FR-T9 an emancipated adult or an unknown birth date: no minor line', () => {
    for (const person of [{ birthDate: '2000-01-01', emancipated: true }, { emancipated: true }]) {
      const assessment = assessCase(
        facts('fr-trafficking', { person, events: cooperating }),
        '2025-01-10',
      );
      expect(lineCodes(assessment)).toEqual([
        'birth-certificate',
        'complaint-receipt',
        'ephoto',
        'nationality-proof',
        'republic-commitment',
      ]);
    }
  });

  it.each<PermitKind>(['fr-cst-vpf', 'fr-aps'])(
    'FR-T7 once %s is issued, the renewal table',
    (kind) => {
      const assessment = assessCase(
        facts('fr-trafficking', {
          person: { ...adult, housing: 'own' },
          events: [...cooperating, permit(kind, '2024-02-01', '2025-01-31')],
        }),
        '2024-11-01',
      );
      expect(lineCodes(assessment)).toEqual([
        'current-permit',
        'domicile-proof',
        'ephoto',
        'nationality-proof',
        'proceedings-proof',
        'republic-commitment',
      ]);
    },
  );

  it('FR-T8 renewal with a final conviction and a resident-card application: conviction-judgment', () => {
    const assessment = assessCase(
      facts('fr-trafficking', {
        person: adult,
        situation: { proceedings: 'final-conviction' },
        events: [
          ...cooperating,
          permit('fr-cst-vpf', '2024-02-01', '2025-01-31'),
          conviction('2024-10-01'),
          application('2024-11-01', 'resident-card'),
        ],
      }),
      '2024-11-15',
    );
    expect(lineCodes(assessment)).toContain('conviction-judgment');
    expect(lineCodes(assessment)).toContain('current-permit');
    expect(lineCodes(assessment)).not.toContain('proceedings-proof');
    expect(lineCodes(assessment)).not.toContain('complaint-receipt');
  });

  it('FR-T2 a récépissé alone keeps the first-application lines', () => {
    const assessment = assessCase(
      facts('fr-trafficking', {
        person: adult,
        events: [...cooperating, permit('fr-reflection-recepisse', '2024-01-05', '2024-02-03')],
      }),
      '2025-01-10',
    );
    expect(lineCodes(assessment)).toContain('complaint-receipt');
    expect(lineCodes(assessment)).toContain('birth-certificate');
    expect(lineCodes(assessment)).not.toContain('current-permit');
  });

  it('FR-H2 fr-humanitarian uses the codes of §3 and the identity, domicile, e-photo, republic lines', () => {
    const assessment = assessCase(
      facts('fr-humanitarian', { person: { ...adult, housing: 'own', arrivedOn: '2010-01-01' } }),
      '2025-01-10',
    );
    const allowed = new Set([
      'residence-evidence',
      'family-ties-evidence',
      'employment-evidence',
      'talent-evidence',
      'birth-certificate',
      'nationality-proof',
      'ephoto',
      'republic-commitment',
      'domicile-proof',
    ]);
    for (const code of lineCodes(assessment)) expect(allowed.has(code)).toBe(true);
    for (const code of [
      'family-ties-evidence',
      'employment-evidence',
      'talent-evidence',
      'nationality-proof',
      'ephoto',
      'republic-commitment',
      'domicile-proof',
    ]) {
      expect(lineCodes(assessment)).toContain(code);
    }
    expect(lineOf(assessment, 'residence-evidence')?.required).toBe(true);
    expect(lineOf(assessment, 'domicile-proof')?.maxAgeMonths).toBe(6);
  });

  it('FR-H4 fr-humanitarian before 2024-07-17: no republic-commitment', () => {
    const assessment = assessCase(facts('fr-humanitarian', { person: adult }), '2024-07-16');
    expect(lineCodes(assessment)).not.toContain('republic-commitment');
  });

  it('BE-1 be-trafficking uses the codes of §5 only', () => {
    const assessment = assessCase(
      facts('be-trafficking', {
        person: { ...adult, housing: 'own' },
        situation: { proceedings: 'final-conviction' },
        events: [...cooperating, conviction('2024-12-01')],
      }),
      '2025-01-10',
    );
    const allowed = new Set([
      'identity-document',
      'statement-reference',
      'centre-support-attestation',
      'court-decision',
    ]);
    for (const code of lineCodes(assessment)) expect(allowed.has(code)).toBe(true);
    expect(lineCodes(assessment)).toContain('centre-support-attestation');
    expect(lineCodes(assessment)).toContain('court-decision');
  });
});

describe('input errors name the field', () => {
  const valid = facts('fr-trafficking', {
    person: { birthDate: '1990-05-05' },
    events: [complaint('2024-01-05')],
  });

  it.each<[string, string]>([
    ['2025-02-30', 'impossible'],
    ['2025-02-29', 'not a leap year'],
    ['2025-13-01', 'month 13'],
    ['2025-00-10', 'month 0'],
    ['2025-01-32', 'day 32'],
    ['2025-1-05', 'unpadded'],
    ['20250105', 'no dashes'],
    ['2025-01-05T00:00', 'a time'],
    [' 2025-01-05', 'a space'],
    ['today', 'a word'],
    ['', 'empty'],
  ])('D1 a malformed today %j (%s) throws naming today', (today) => {
    expect(() => assessCase(valid, today)).toThrow(/today/);
  });

  it.each<[string, CaseFacts, RegExp]>([
    ['birthDate', { ...valid, person: { birthDate: '2025-02-30' } }, /birthDate/],
    ['arrivedOn', { ...valid, person: { arrivedOn: '2023-13-01' } }, /arrivedOn/],
    ['on', { ...valid, events: [complaint('2025-02-29')] }, /\bon\b/],
    ['openedOn', { ...valid, events: [complementRequested('2024-04-31')] }, /openedOn/],
    [
      'validFrom',
      { ...valid, events: [permit('fr-cst-vpf', '2024-02-30', '2025-01-31')] },
      /validFrom/,
    ],
    [
      'validUntil malformed',
      { ...valid, events: [permit('fr-cst-vpf', '2024-02-01', '2025-1-31')] },
      /validUntil/,
    ],
    [
      'validUntil before validFrom (permit)',
      { ...valid, events: [permit('fr-cst-vpf', '2024-02-01', '2024-01-31')] },
      /validUntil/,
    ],
    [
      'validUntil before validFrom (prolongation)',
      { ...valid, events: [prolongation('2024-02-01', '2024-01-31')] },
      /validUntil/,
    ],
  ])('D1 an invalid date in %s throws naming the field', (_label, invalid, field) => {
    expect(() => assessCase(invalid, '2025-01-10')).toThrow(field);
  });

  const unknown = (value: unknown): never => value as never;

  it.each<[string, CaseFacts, RegExp]>([
    ['pathway', { ...valid, pathway: unknown('de-trafficking') }, /pathway/],
    [
      'permit',
      { ...valid, events: [permit(unknown('fr-visa'), '2024-02-01', '2025-01-31')] },
      /permit/,
    ],
    ['type', { ...valid, events: [unknown({ type: 'arrest', on: '2024-01-01' })] }, /type/],
    [
      'application',
      {
        ...valid,
        events: [unknown({ type: 'application-filed', on: '2024-01-01', application: 'other' })],
      },
      /application/,
    ],
    [
      'outcome',
      { ...valid, events: [unknown({ type: 'decision', on: '2024-01-01', outcome: 'maybe' })] },
      /outcome/,
    ],
    ['housing', { ...valid, person: { housing: unknown('tent') } }, /housing/],
    [
      'parentalAuthority',
      { ...valid, person: { parentalAuthority: unknown('grandparents') } },
      /parentalAuthority/,
    ],
    ['proceedings', { ...valid, situation: { proceedings: unknown('pending') } }, /proceedings/],
  ])('D1 an unknown code in %s throws naming the field', (_label, invalid, field) => {
    expect(() => assessCase(invalid, '2025-01-10')).toThrow(field);
  });

  it.each<[PlainDate, PlainDate]>([
    ['2024-02-01', '2024-02-01'],
    ['2024-02-28', '2024-02-29'],
  ])('D1 validUntil equal to or after validFrom is accepted (%s … %s)', (from, until) => {
    expect(() =>
      assessCase(
        { ...valid, events: [permit('fr-cst-vpf', from, until), prolongation(from, until)] },
        '2025-01-10',
      ),
    ).not.toThrow();
  });
});
