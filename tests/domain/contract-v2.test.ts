/**
 * Outsider's test of the domain contract, version 2 (2026-11-30: late filings, decisions and
 * appeals, identity documents, personal dates), written from the contract and the rule book alone
 * and importing only the public face of the core (src/domain/index.ts). Each sentence of "Version 2"
 * and "Semantics of version 2" is exercised on explicit dates: the day before, on and after each
 * due date, and month ends for the deadlines counted in months (D3). The people are fictional.
 */
import { describe, expect, it } from 'vitest';
import {
  InvalidCaseFactsError,
  assessCase,
  type Assessment,
  type CaseEvent,
  type CaseFacts,
  type ChecklistItem,
  type Deadline,
  type DeadlineCode,
  type FindingCode,
  type Pathway,
  type PermitKind,
  type PlainDate,
} from '../../src/domain';

type Person = CaseFacts['person'];
type Situation = CaseFacts['situation'];
type AppealAgainst = 'refusal' | 'implicit-refusal' | 'oqtf' | 'order-to-leave';
type Court = 'tribunal' | 'administrative';
type OqtfSituation = 'free' | 'assigned-or-detained' | 'retention';

function facts(
  pathway: Pathway,
  events: CaseEvent[] = [],
  parts: { person?: Person; situation?: Situation } = {},
): CaseFacts {
  return { pathway, person: parts.person ?? {}, situation: parts.situation ?? {}, events };
}

function deadlineOf(assessment: Assessment, code: DeadlineCode): Deadline | undefined {
  return assessment.deadlines.find((deadline) => deadline.code === code);
}

function deadlinesOf(assessment: Assessment, code: DeadlineCode): Deadline[] {
  return assessment.deadlines.filter((deadline) => deadline.code === code);
}

function findingCodes(assessment: Assessment): FindingCode[] {
  return assessment.findings.map((finding) => finding.code);
}

function lineOf(assessment: Assessment, code: string): ChecklistItem | undefined {
  return assessment.checklist.find((item) => item.code === code);
}

const refused = (on: PlainDate): CaseEvent => ({ type: 'decision', on, outcome: 'refused' });
const granted = (on: PlainDate): CaseEvent => ({ type: 'decision', on, outcome: 'granted' });
const oqtf = (on: PlainDate, situation: OqtfSituation, departurePeriod?: boolean): CaseEvent =>
  departurePeriod === undefined
    ? { type: 'oqtf-notified', on, situation }
    : { type: 'oqtf-notified', on, situation, departurePeriod };
const order = (on: PlainDate, detained?: boolean): CaseEvent =>
  detained === undefined
    ? { type: 'order-to-leave-notified', on }
    : { type: 'order-to-leave-notified', on, detained };
const appeal = (on: PlainDate, against: AppealAgainst, court: Court = 'tribunal'): CaseEvent => ({
  type: 'appeal-filed',
  on,
  against,
  court,
});
const application = (
  on: PlainDate,
  kind: 'first' | 'renewal' | 'resident-card' = 'renewal',
): CaseEvent => ({ type: 'application-filed', on, application: kind });
const permit = (kind: PermitKind, validFrom: PlainDate, validUntil: PlainDate): CaseEvent => ({
  type: 'permit-issued',
  permit: kind,
  validFrom,
  validUntil,
});
const complaint = (on: PlainDate): CaseEvent => ({ type: 'complaint-filed', on });

const FR_PATHWAYS: Pathway[] = ['fr-trafficking', 'fr-humanitarian'];
const APPEAL_CODES: DeadlineCode[] = [
  'fr.appeal.refusal',
  'fr.appeal.oqtf',
  'fr.appeal.implicit',
  'be.appeal',
];

describe('contract v2: the new events are accepted', () => {
  it('FR-A6 BE-A1 the three new events and the decision’s notification day assess without error', () => {
    const events: CaseEvent[] = [
      oqtf('2026-01-05', 'free', true),
      oqtf('2026-01-06', 'assigned-or-detained'),
      order('2026-01-07', true),
      order('2026-01-08'),
      appeal('2026-01-09', 'refusal', 'administrative'),
      appeal('2026-01-10', 'implicit-refusal'),
      appeal('2026-01-11', 'oqtf'),
      appeal('2026-01-12', 'order-to-leave'),
      refused('2026-01-04'),
    ];
    for (const pathway of [...FR_PATHWAYS, 'be-trafficking'] as Pathway[]) {
      expect(() => assessCase(facts(pathway, events), '2026-01-20')).not.toThrow();
    }
  });

  const unknown = (value: unknown): never => value as never;

  it.each<[string, CaseEvent, RegExp]>([
    [
      'situation',
      unknown({ type: 'oqtf-notified', on: '2026-01-05', situation: 'hiding' }),
      /situation/,
    ],
    [
      'against',
      unknown({ type: 'appeal-filed', on: '2026-01-05', against: 'fine', court: 'tribunal' }),
      /against/,
    ],
    [
      'court',
      unknown({ type: 'appeal-filed', on: '2026-01-05', against: 'oqtf', court: 'council' }),
      /court/,
    ],
    ['on', unknown({ type: 'order-to-leave-notified', on: '2026-02-30' }), /\bon\b/],
  ])(
    'D1 an unknown code or impossible date in %s throws naming the field',
    (_label, event, field) => {
      expect(() => assessCase(facts('fr-trafficking', [event]), '2026-03-01')).toThrow(field);
    },
  );
});

describe('fr.appeal.refusal (FR-A1): on + 2 months (D3) from the latest refused decision', () => {
  it.each<[PlainDate, PlainDate]>([
    ['2026-01-31', '2026-03-31'],
    ['2025-12-31', '2026-02-28'],
    ['2027-12-31', '2028-02-29'],
    ['2026-02-28', '2026-04-28'],
    ['2026-03-15', '2026-05-15'],
  ])('FR-A1 a refusal notified on %s may be appealed until %s', (on, due) => {
    for (const pathway of FR_PATHWAYS) {
      expect(
        deadlineOf(assessCase(facts(pathway, [refused(on)]), on), 'fr.appeal.refusal'),
      ).toEqual({ code: 'fr.appeal.refusal', due, status: 'open', basis: ['FR-A1'] });
    }
  });

  it.each<[PlainDate, Deadline['status']]>([
    ['2026-01-31', 'open'],
    ['2026-03-30', 'open'],
    ['2026-03-31', 'open'],
    ['2026-04-01', 'overdue'],
  ])('FR-A1 refusal notified 2026-01-31, on %s the appeal deadline is %s', (today, status) => {
    const assessment = assessCase(facts('fr-trafficking', [refused('2026-01-31')]), today);
    expect(deadlineOf(assessment, 'fr.appeal.refusal')?.status).toBe(status);
  });

  it('FR-A1 a granted decision makes no fr.appeal.refusal', () => {
    const assessment = assessCase(facts('fr-trafficking', [granted('2026-01-31')]), '2026-02-01');
    expect(deadlineOf(assessment, 'fr.appeal.refusal')).toBeUndefined();
  });

  it('FR-A1 computed once, from the latest refused decision', () => {
    const assessment = assessCase(
      facts('fr-humanitarian', [refused('2026-03-10'), refused('2026-01-05')]),
      '2026-03-12',
    );
    expect(deadlinesOf(assessment, 'fr.appeal.refusal')).toEqual([
      { code: 'fr.appeal.refusal', due: '2026-05-10', status: 'open', basis: ['FR-A1'] },
    ]);
  });

  it.each<[string, CaseEvent[], boolean]>([
    ['an OQTF notified the same day', [refused('2026-02-10'), oqtf('2026-02-10', 'free')], false],
    ['an OQTF notified the next day', [refused('2026-02-10'), oqtf('2026-02-11', 'free')], true],
    ['an OQTF notified the day before', [refused('2026-02-10'), oqtf('2026-02-09', 'free')], true],
    [
      'an earlier OQTF the same day as the latest refusal, a later OQTF after it',
      [refused('2026-02-10'), oqtf('2026-02-10', 'free'), oqtf('2026-02-20', 'retention')],
      false,
    ],
  ])('FR-A6 with %s, fr.appeal.refusal exists: %s', (_label, events, exists) => {
    const assessment = assessCase(facts('fr-trafficking', events), '2026-02-21');
    expect(deadlineOf(assessment, 'fr.appeal.refusal') !== undefined).toBe(exists);
    expect(deadlineOf(assessment, 'fr.appeal.oqtf')).toBeDefined();
  });
});

describe('fr.appeal.oqtf (FR-A6–FR-A8): from the latest oqtf-notified', () => {
  it.each<[OqtfSituation, boolean | undefined, PlainDate, PlainDate, string]>([
    ['free', undefined, '2026-01-31', '2026-02-28', 'FR-A6'],
    ['free', true, '2026-01-31', '2026-02-28', 'FR-A6'],
    ['free', true, '2026-01-15', '2026-02-15', 'FR-A6'],
    ['free', true, '2027-12-31', '2028-01-31', 'FR-A6'],
    ['free', false, '2026-01-31', '2026-02-07', 'FR-A6'],
    ['assigned-or-detained', undefined, '2026-02-25', '2026-03-04', 'FR-A7'],
    ['assigned-or-detained', true, '2028-02-25', '2028-03-03', 'FR-A7'],
    ['assigned-or-detained', false, '2026-02-25', '2026-03-04', 'FR-A7'],
    ['retention', undefined, '2026-12-31', '2027-01-01', 'FR-A8'],
    ['retention', false, '2026-02-28', '2026-03-01', 'FR-A8'],
    ['retention', true, '2028-02-28', '2028-02-29', 'FR-A8'],
  ])(
    'FR-A6 FR-A7 FR-A8 situation %s, departurePeriod %s, notified %s → due %s',
    (situation, departurePeriod, on, due, rule) => {
      for (const pathway of FR_PATHWAYS) {
        const deadline = deadlineOf(
          assessCase(facts(pathway, [oqtf(on, situation, departurePeriod)]), on),
          'fr.appeal.oqtf',
        );
        expect(deadline).toMatchObject({ code: 'fr.appeal.oqtf', due, status: 'open' });
        expect(deadline?.basis).toContain(rule);
      }
    },
  );

  it.each<[OqtfSituation, boolean | undefined, PlainDate, Deadline['status']]>([
    ['retention', undefined, '2026-03-10', 'open'],
    ['retention', undefined, '2026-03-11', 'open'],
    ['retention', undefined, '2026-03-12', 'overdue'],
    ['assigned-or-detained', undefined, '2026-03-16', 'open'],
    ['assigned-or-detained', undefined, '2026-03-17', 'open'],
    ['assigned-or-detained', undefined, '2026-03-18', 'overdue'],
    ['free', false, '2026-03-17', 'open'],
    ['free', false, '2026-03-18', 'overdue'],
    ['free', undefined, '2026-04-09', 'open'],
    ['free', undefined, '2026-04-10', 'open'],
    ['free', undefined, '2026-04-11', 'overdue'],
  ])(
    'FR-A7 an OQTF (%s, departure period %s) notified 2026-03-10: on %s its appeal deadline is %s',
    (situation, departurePeriod, today, status) => {
      const assessment = assessCase(
        facts('fr-trafficking', [oqtf('2026-03-10', situation, departurePeriod)]),
        today,
      );
      expect(deadlineOf(assessment, 'fr.appeal.oqtf')?.status).toBe(status);
    },
  );

  it('FR-A6 computed once, from the latest OQTF', () => {
    const assessment = assessCase(
      facts('fr-trafficking', [oqtf('2026-03-20', 'retention'), oqtf('2026-03-01', 'free')]),
      '2026-03-20',
    );
    expect(deadlinesOf(assessment, 'fr.appeal.oqtf').map((d) => d.due)).toEqual(['2026-03-21']);
  });
});

describe('fr.implicit.refusal (FR-A4) and fr.appeal.implicit (FR-A5)', () => {
  it.each<[PlainDate, PlainDate]>([
    ['2025-10-31', '2026-02-28'],
    ['2023-10-31', '2024-02-29'],
    ['2026-01-15', '2026-05-15'],
    ['2026-08-31', '2026-12-31'],
  ])('FR-A4 an application filed on %s with no decision is implicitly refused on %s', (on, due) => {
    for (const pathway of FR_PATHWAYS) {
      for (const kind of ['first', 'renewal', 'resident-card'] as const) {
        expect(
          deadlineOf(
            assessCase(facts(pathway, [application(on, kind)]), on),
            'fr.implicit.refusal',
          ),
        ).toEqual({ code: 'fr.implicit.refusal', due, status: 'open', basis: ['FR-A4'] });
      }
    }
  });

  it.each<[PlainDate, Deadline['status'] | undefined, Deadline['status'] | undefined]>([
    ['2026-02-27', 'open', undefined],
    ['2026-02-28', 'open', undefined],
    ['2026-03-01', 'overdue', 'open'],
    ['2026-04-27', 'overdue', 'open'],
    ['2026-04-28', 'overdue', 'open'],
    ['2026-04-29', 'overdue', 'overdue'],
  ])(
    'FR-A5 application 2025-10-31: on %s fr.implicit.refusal is %s and fr.appeal.implicit (due 2026-04-28) %s',
    (today, implicit, appealStatus) => {
      const assessment = assessCase(facts('fr-trafficking', [application('2025-10-31')]), today);
      expect(deadlineOf(assessment, 'fr.implicit.refusal')?.status).toBe(implicit);
      expect(deadlineOf(assessment, 'fr.appeal.implicit')?.status).toBe(appealStatus);
      if (appealStatus !== undefined) {
        expect(deadlineOf(assessment, 'fr.appeal.implicit')).toMatchObject({
          due: '2026-04-28',
          basis: ['FR-A5'],
        });
      }
    },
  );

  it.each<[string, CaseEvent[], boolean]>([
    ['a decision dated the day of the application', [granted('2026-01-15')], false],
    ['a refused decision after it', [refused('2026-03-01')], false],
    ['a decision before it (on an earlier application)', [refused('2026-01-14')], true],
  ])('FR-A4 with %s, fr.implicit.refusal exists: %s', (_label, decisions, exists) => {
    const assessment = assessCase(
      facts('fr-trafficking', [application('2026-01-15'), ...decisions]),
      '2026-06-01',
    );
    expect(deadlineOf(assessment, 'fr.implicit.refusal') !== undefined).toBe(exists);
    expect(deadlineOf(assessment, 'fr.appeal.implicit') !== undefined).toBe(exists);
  });

  it('FR-A4 computed once, from the latest application', () => {
    const assessment = assessCase(
      facts('fr-humanitarian', [application('2026-03-01'), application('2026-01-10', 'first')]),
      '2026-03-02',
    );
    expect(deadlinesOf(assessment, 'fr.implicit.refusal').map((d) => d.due)).toEqual([
      '2026-07-01',
    ]);
  });

  it('FR-A4 fr.implicit.refusal is never met: an appeal against it answers fr.appeal.implicit only', () => {
    const assessment = assessCase(
      facts('fr-trafficking', [
        application('2025-10-31'),
        appeal('2026-03-05', 'implicit-refusal'),
      ]),
      '2026-03-10',
    );
    expect(deadlineOf(assessment, 'fr.implicit.refusal')).toEqual({
      code: 'fr.implicit.refusal',
      due: '2026-02-28',
      status: 'overdue',
      basis: ['FR-A4'],
    });
    expect(deadlineOf(assessment, 'fr.appeal.implicit')).toMatchObject({
      status: 'met',
      answeredOn: '2026-03-05',
    });
  });
});

describe('be.appeal (BE-A1, BE-A2): the later of the latest refusal and the latest order', () => {
  it.each<[string, CaseEvent[], PlainDate, string[]]>([
    ['a refusal', [refused('2026-01-31')], '2026-03-02', ['BE-A1']],
    ['an order to leave', [order('2026-01-31')], '2026-03-02', ['BE-A1']],
    ['an order, detained false', [order('2026-01-31', false)], '2026-03-02', ['BE-A1']],
    ['an order, detained', [order('2026-01-31', true)], '2026-02-10', ['BE-A1', 'BE-A2']],
    ['a leap-year order, detained', [order('2028-02-25', true)], '2028-03-06', ['BE-A1', 'BE-A2']],
    [
      'a refusal after a detained order',
      [order('2026-03-01', true), refused('2026-03-10')],
      '2026-04-09',
      ['BE-A1'],
    ],
    [
      'a detained order after a refusal',
      [refused('2026-03-01'), order('2026-03-10', true)],
      '2026-03-20',
      ['BE-A1', 'BE-A2'],
    ],
    [
      'a refusal and a detained order the same day (the order)',
      [refused('2026-03-10'), order('2026-03-10', true)],
      '2026-03-20',
      ['BE-A1', 'BE-A2'],
    ],
    [
      'two refusals and two orders',
      [
        refused('2026-02-01'),
        order('2026-01-01', true),
        refused('2026-01-15'),
        order('2026-01-20'),
      ],
      '2026-03-03',
      ['BE-A1'],
    ],
  ])('BE-A2 after %s, be.appeal is due %s', (_label, events, due, basis) => {
    const assessment = assessCase(facts('be-trafficking', events), '2026-01-31');
    const deadlines = deadlinesOf(assessment, 'be.appeal');
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]?.due).toBe(due);
    for (const rule of basis) expect(deadlines[0]?.basis).toContain(rule);
  });

  it.each<[PlainDate, Deadline['status']]>([
    ['2026-03-01', 'open'],
    ['2026-03-02', 'open'],
    ['2026-03-03', 'overdue'],
  ])('BE-A1 refusal notified 2026-01-31: on %s be.appeal is %s', (today, status) => {
    const assessment = assessCase(facts('be-trafficking', [refused('2026-01-31')]), today);
    expect(deadlineOf(assessment, 'be.appeal')?.status).toBe(status);
  });

  it.each<[PlainDate, Deadline['status']]>([
    ['2026-02-09', 'open'],
    ['2026-02-10', 'open'],
    ['2026-02-11', 'overdue'],
  ])('BE-A2 detained order notified 2026-01-31: on %s be.appeal is %s', (today, status) => {
    const assessment = assessCase(facts('be-trafficking', [order('2026-01-31', true)]), today);
    expect(deadlineOf(assessment, 'be.appeal')?.status).toBe(status);
  });
});

describe('v2 semantics: what answers the new deadlines', () => {
  it.each<[string, CaseEvent[], PlainDate | undefined]>([
    ['an appeal to the tribunal', [appeal('2026-02-10', 'refusal')], '2026-02-10'],
    [
      'an administrative appeal (FR-A3)',
      [appeal('2026-02-10', 'refusal', 'administrative')],
      '2026-02-10',
    ],
    ['an appeal the day of the refusal', [appeal('2026-01-31', 'refusal')], '2026-01-31'],
    ['an appeal dated before the refusal', [appeal('2026-01-30', 'refusal')], undefined],
    ['an appeal against the OQTF', [appeal('2026-02-10', 'oqtf')], undefined],
    [
      'an appeal against an implicit refusal',
      [appeal('2026-02-10', 'implicit-refusal')],
      undefined,
    ],
    [
      'two appeals: the earliest on or after the refusal',
      [
        appeal('2026-03-01', 'refusal'),
        appeal('2026-01-20', 'refusal'),
        appeal('2026-02-10', 'refusal', 'administrative'),
      ],
      '2026-02-10',
    ],
  ])('FR-A3 fr.appeal.refusal answered by %s: answeredOn %s', (_label, appeals, answeredOn) => {
    const assessment = assessCase(
      facts('fr-trafficking', [refused('2026-01-31'), ...appeals]),
      '2026-03-05',
    );
    const deadline = deadlineOf(assessment, 'fr.appeal.refusal');
    expect(deadline?.status).toBe(answeredOn === undefined ? 'open' : 'met');
    expect(deadline?.answeredOn).toBe(answeredOn);
  });

  it('FR-A3 the rejection of an administrative appeal, a new refused decision, opens a new deadline', () => {
    const assessment = assessCase(
      facts('fr-trafficking', [
        refused('2026-01-31'),
        appeal('2026-02-15', 'refusal', 'administrative'),
        refused('2026-04-30'),
      ]),
      '2026-05-02',
    );
    expect(deadlinesOf(assessment, 'fr.appeal.refusal')).toEqual([
      { code: 'fr.appeal.refusal', due: '2026-06-30', status: 'open', basis: ['FR-A1'] },
    ]);
  });

  it.each<[string, CaseEvent[], PlainDate | undefined]>([
    ['an appeal to the tribunal', [appeal('2026-03-12', 'oqtf')], '2026-03-12'],
    [
      'an administrative appeal (it does not extend it)',
      [appeal('2026-03-12', 'oqtf', 'administrative')],
      undefined,
    ],
    ['an appeal against the refusal', [appeal('2026-03-12', 'refusal')], undefined],
    ['an appeal before the OQTF', [appeal('2026-03-09', 'oqtf')], undefined],
    [
      'an administrative appeal, then the tribunal',
      [appeal('2026-03-11', 'oqtf', 'administrative'), appeal('2026-03-14', 'oqtf')],
      '2026-03-14',
    ],
  ])('FR-A6 fr.appeal.oqtf answered by %s: answeredOn %s', (_label, appeals, answeredOn) => {
    const assessment = assessCase(
      facts('fr-trafficking', [oqtf('2026-03-10', 'free'), ...appeals]),
      '2026-03-15',
    );
    expect(deadlineOf(assessment, 'fr.appeal.oqtf')?.answeredOn).toBe(answeredOn);
    expect(deadlineOf(assessment, 'fr.appeal.oqtf')?.status).toBe(
      answeredOn === undefined ? 'open' : 'met',
    );
  });

  it.each<[string, CaseEvent, PlainDate | undefined]>([
    [
      'the tribunal, after the implicit refusal',
      appeal('2026-03-05', 'implicit-refusal'),
      '2026-03-05',
    ],
    [
      'an administrative appeal',
      appeal('2026-03-05', 'implicit-refusal', 'administrative'),
      '2026-03-05',
    ],
    [
      'an appeal dated on the application, before the refusal arose',
      appeal('2025-10-31', 'implicit-refusal'),
      '2025-10-31',
    ],
    ['an appeal dated before the application', appeal('2025-10-30', 'implicit-refusal'), undefined],
    ['an appeal against a refusal', appeal('2026-03-05', 'refusal'), undefined],
  ])('FR-A5 fr.appeal.implicit answered by %s: answeredOn %s', (_label, answer, answeredOn) => {
    const assessment = assessCase(
      facts('fr-trafficking', [application('2025-10-31'), answer]),
      '2026-03-10',
    );
    expect(deadlineOf(assessment, 'fr.appeal.implicit')?.answeredOn).toBe(answeredOn);
  });

  it.each<[CaseEvent, PlainDate | undefined]>([
    [appeal('2026-02-05', 'refusal'), '2026-02-05'],
    [appeal('2026-02-05', 'order-to-leave'), '2026-02-05'],
    [appeal('2026-02-05', 'order-to-leave', 'administrative'), '2026-02-05'],
    [appeal('2026-02-05', 'refusal', 'administrative'), '2026-02-05'],
    [appeal('2026-02-05', 'oqtf'), undefined],
    [appeal('2026-01-30', 'order-to-leave'), undefined],
  ])(
    'BE-A1 be.appeal answered by %o (the court is ignored): answeredOn %s',
    (answer, answeredOn) => {
      const assessment = assessCase(
        facts('be-trafficking', [order('2026-01-31'), answer]),
        '2026-02-06',
      );
      expect(deadlineOf(assessment, 'be.appeal')?.answeredOn).toBe(answeredOn);
      expect(deadlineOf(assessment, 'be.appeal')?.status).toBe(
        answeredOn === undefined ? 'open' : 'met',
      );
    },
  );
});

describe('v2 semantics: which deadlines exist', () => {
  it.each<[Pathway, CaseEvent[], DeadlineCode[]]>([
    [
      'fr-trafficking',
      [
        refused('2026-01-10'),
        oqtf('2026-01-20', 'free'),
        order('2026-01-21'),
        application('2026-01-15'),
      ],
      ['fr.implicit.refusal', 'fr.appeal.refusal', 'fr.appeal.oqtf'],
    ],
    [
      'fr-humanitarian',
      [
        refused('2026-01-10'),
        oqtf('2026-01-20', 'free'),
        order('2026-01-21'),
        application('2026-01-15'),
      ],
      ['fr.implicit.refusal', 'fr.appeal.refusal', 'fr.appeal.oqtf'],
    ],
    [
      'be-trafficking',
      [
        refused('2026-01-10'),
        oqtf('2026-01-20', 'free'),
        order('2026-01-21'),
        application('2026-01-15'),
      ],
      ['be.appeal'],
    ],
  ])('FR-A4 BE-A1 on %s only the pathway’s own appeal codes exist', (pathway, events, codes) => {
    const assessment = assessCase(facts(pathway, events), '2026-01-22');
    const present = assessment.deadlines.map((deadline) => deadline.code);
    expect(
      present.filter((code) => [...APPEAL_CODES, 'fr.implicit.refusal'].includes(code)).sort(),
    ).toEqual([...codes].sort());
  });

  it.each<[PlainDate, boolean]>([
    ['2026-02-10', true],
    ['2026-02-11', false],
  ])(
    'FR-A1 a granted decision on %s after a refusal of 2026-02-10: the appeal deadline exists: %s',
    (on, exists) => {
      const assessment = assessCase(
        facts('fr-trafficking', [refused('2026-02-10'), granted(on)]),
        '2026-02-12',
      );
      expect(deadlineOf(assessment, 'fr.appeal.refusal') !== undefined).toBe(exists);
    },
  );

  it.each<[PermitKind, PlainDate, boolean]>([
    ['fr-cst-vpf', '2026-03-10', true],
    ['fr-cst-vpf', '2026-03-11', false],
    ['fr-aps', '2026-04-01', false],
    ['fr-carte-resident', '2026-03-09', true],
  ])(
    'FR-A6 a %s valid from %s after an OQTF of 2026-03-10: the appeal deadline exists: %s',
    (kind, validFrom, exists) => {
      const assessment = assessCase(
        facts('fr-humanitarian', [
          oqtf('2026-03-10', 'free'),
          permit(kind, validFrom, '2027-03-09'),
        ]),
        '2026-03-12',
      );
      expect(deadlineOf(assessment, 'fr.appeal.oqtf') !== undefined).toBe(exists);
    },
  );

  it.each<[string, CaseEvent, boolean]>([
    ['a granted decision the next day', granted('2026-02-01'), false],
    ['a granted decision the same day', granted('2026-01-31'), true],
    ['a CIRE starting the next day', permit('be-cire', '2026-02-01', '2026-07-31'), false],
    ['a CIRE that started before', permit('be-cire', '2025-08-01', '2026-01-31'), true],
    ['a refused decision before the order', refused('2026-01-20'), true],
  ])('BE-A1 after an order of 2026-01-31 and %s, be.appeal exists: %s', (_label, event, exists) => {
    const assessment = assessCase(
      facts('be-trafficking', [order('2026-01-31'), event]),
      '2026-02-02',
    );
    expect(deadlineOf(assessment, 'be.appeal') !== undefined).toBe(exists);
  });

  it('FR-A5 a permit starting after the application removes fr.appeal.implicit (fr.implicit.refusal stays: only a decision answers it)', () => {
    const assessment = assessCase(
      facts('fr-trafficking', [
        application('2025-10-31'),
        permit('fr-cst-vpf', '2026-01-10', '2027-01-09'),
      ]),
      '2026-03-10',
    );
    expect(deadlineOf(assessment, 'fr.appeal.implicit')).toBeUndefined();
    expect(deadlineOf(assessment, 'fr.implicit.refusal')?.status).toBe('overdue');
  });
});

describe('v2 semantics: answeredOn and late on every met deadline', () => {
  it.each<[string, CaseEvent[], DeadlineCode, PlainDate, boolean]>([
    [
      'a renewal on time, the earliest of two',
      [
        permit('fr-cst-vpf', '2025-07-01', '2026-06-30'),
        application('2026-05-20'),
        application('2026-04-01'),
      ],
      'fr.renewal.window',
      '2026-04-01',
      false,
    ],
    [
      'a renewal after the window',
      [permit('fr-cst-vpf', '2025-07-01', '2026-06-30'), application('2026-05-02')],
      'fr.renewal.window',
      '2026-05-02',
      true,
    ],
    [
      'a renewal on the last valid day',
      [permit('fr-cst-vpf', '2025-07-01', '2026-06-30'), application('2026-06-30')],
      'fr.permit.expiry',
      '2026-06-30',
      false,
    ],
    [
      'a renewal the day after expiry',
      [
        permit('fr-cst-vpf', '2025-07-01', '2026-06-30'),
        application('2026-07-01', 'resident-card'),
      ],
      'fr.permit.expiry',
      '2026-07-01',
      true,
    ],
    [
      'a complaint after the reflection period',
      [{ type: 'reflection-granted', on: '2026-01-10' }, complaint('2026-02-09')],
      'fr.reflection.end',
      '2026-02-09',
      true,
    ],
    [
      'a complaint on its last day',
      [{ type: 'reflection-granted', on: '2026-01-10' }, complaint('2026-02-08')],
      'fr.reflection.end',
      '2026-02-08',
      false,
    ],
    [
      'the documents sent on the 30th day',
      [
        { type: 'complement-requested', openedOn: '2026-01-31' },
        { type: 'complement-answered', on: '2026-03-02' },
      ],
      'fr.complement.answer',
      '2026-03-02',
      false,
    ],
    [
      'a decision after the prolongation expired',
      [
        { type: 'prolongation-issued', validFrom: '2026-01-01', validUntil: '2026-03-31' },
        refused('2026-04-01'),
      ],
      'fr.prolongation.expiry',
      '2026-04-01',
      true,
    ],
    [
      'an appeal on the last day of an OQTF in retention',
      [oqtf('2026-03-10', 'retention'), appeal('2026-03-11', 'oqtf')],
      'fr.appeal.oqtf',
      '2026-03-11',
      false,
    ],
    [
      'an appeal the day after a refusal’s two months',
      [refused('2026-01-31'), appeal('2026-04-01', 'refusal')],
      'fr.appeal.refusal',
      '2026-04-01',
      true,
    ],
  ])(
    'FR-G1 FR-G2 FR-G3 FR-G4 FR-T2 FR-A1 FR-A8 met by %s',
    (_label, events, code, answeredOn, late) => {
      const deadline = deadlineOf(assessCase(facts('fr-trafficking', events), '2026-08-01'), code);
      expect(deadline?.status).toBe('met');
      expect(deadline?.answeredOn).toBe(answeredOn);
      expect(deadline?.late === true).toBe(late);
    },
  );

  it.each<[string, CaseEvent[], DeadlineCode, PlainDate, boolean]>([
    [
      'statements during the annexe 15',
      [
        { type: 'reflection-granted', on: '2026-01-10' },
        { type: 'testimony-given', on: '2026-02-23' },
      ],
      'be.reflection.end',
      '2026-02-23',
      false,
    ],
    [
      'a CIRE after the follow-up day (the earliest later permit)',
      [
        permit('be-attestation-immatriculation', '2026-01-01', '2026-03-31'),
        permit('be-cire', '2026-05-01', '2026-10-31'),
        permit('be-cire', '2026-04-15', '2026-10-14'),
      ],
      'be.prosecutor.followup',
      '2026-04-15',
      true,
    ],
    [
      'an appeal within the 10 days',
      [order('2026-01-31', true), appeal('2026-02-10', 'order-to-leave')],
      'be.appeal',
      '2026-02-10',
      false,
    ],
    [
      'an appeal on the 11th day of detention',
      [order('2026-01-31', true), appeal('2026-02-11', 'order-to-leave')],
      'be.appeal',
      '2026-02-11',
      true,
    ],
  ])('BE-2 BE-5 BE-A2 met by %s', (_label, events, code, answeredOn, late) => {
    const deadline = deadlineOf(assessCase(facts('be-trafficking', events), '2026-08-01'), code);
    expect(deadline?.status).toBe('met');
    expect(deadline?.answeredOn).toBe(answeredOn);
    expect(deadline?.late === true).toBe(late);
  });

  it('FR-G1 a deadline that is not met carries neither answeredOn nor late', () => {
    const assessment = assessCase(
      facts(
        'fr-trafficking',
        [permit('fr-cst-vpf', '2025-07-01', '2026-06-30'), refused('2026-03-01')],
        {
          person: { birthDate: '2010-05-05' },
        },
      ),
      '2026-05-10',
    );
    expect(assessment.deadlines.length).toBeGreaterThan(2);
    for (const deadline of assessment.deadlines) {
      expect(deadline.status).not.toBe('met');
      expect(deadline).not.toHaveProperty('answeredOn');
      expect(deadline.late).not.toBe(true);
    }
  });
});

describe('v2 semantics: the renewal findings (FR-G8)', () => {
  const CARD = permit('fr-cst-vpf', '2025-07-01', '2026-06-30'); // window 2026-03-02 … 2026-05-01
  const RENEWAL_FINDINGS: FindingCode[] = [
    'renewal-filed-late',
    'renewal-after-expiry',
    'renewal-window-missed',
  ];
  const renewalFindings = (assessment: Assessment) =>
    findingCodes(assessment).filter((code) => RENEWAL_FINDINGS.includes(code));

  it.each<[string, CaseEvent[], PlainDate, FindingCode[]]>([
    ['filed when the window opens', [application('2026-03-02')], '2026-06-01', []],
    ['filed before the window opens', [application('2026-02-01')], '2026-06-01', []],
    ['filed on the window’s last day', [application('2026-05-01')], '2026-06-01', []],
    [
      'filed the day after the window',
      [application('2026-05-02')],
      '2026-06-01',
      ['renewal-filed-late'],
    ],
    [
      'filed on the last valid day',
      [application('2026-06-30')],
      '2026-07-02',
      ['renewal-filed-late'],
    ],
    [
      'filed the day after expiry',
      [application('2026-07-01')],
      '2026-07-02',
      ['renewal-after-expiry'],
    ],
    [
      'a resident-card application after expiry',
      [application('2026-08-15', 'resident-card')],
      '2026-08-20',
      ['renewal-after-expiry'],
    ],
    [
      'late, then again after expiry: the earliest counts',
      [application('2026-07-05'), application('2026-05-10')],
      '2026-07-06',
      ['renewal-filed-late'],
    ],
    ['nothing filed, the window open', [], '2026-05-01', []],
    ['nothing filed, the window just closed', [], '2026-05-02', ['renewal-window-missed']],
    ['nothing filed, the last valid day', [], '2026-06-30', ['renewal-window-missed']],
    ['nothing filed, the permit expired', [], '2026-07-01', []],
    [
      'a first application only, the window closed',
      [application('2026-04-01', 'first')],
      '2026-05-02',
      ['renewal-window-missed'],
    ],
  ])('FR-G8 %s → %o', (_label, events, today, expected) => {
    for (const pathway of FR_PATHWAYS) {
      expect(renewalFindings(assessCase(facts(pathway, [CARD, ...events]), today))).toEqual(
        expected,
      );
    }
  });

  it.each<[FindingCode, CaseEvent[], PlainDate, string[]]>([
    ['renewal-filed-late', [application('2026-05-02')], '2026-05-03', ['FR-G8']],
    ['renewal-after-expiry', [application('2026-07-01')], '2026-07-02', ['FR-G2', 'FR-G8']],
    ['renewal-window-missed', [], '2026-05-02', ['FR-G1', 'FR-G8']],
  ])('FR-G8 %s is a risk: the verdict is at least at-risk', (code, events, today, basis) => {
    const assessment = assessCase(
      facts('fr-trafficking', [CARD, complaint('2025-05-01'), ...events]),
      today,
    );
    expect(assessment.findings.find((finding) => finding.code === code)).toEqual({
      code,
      effect: 'risk',
      basis,
    });
    expect(assessment.verdict).toBe('at-risk');
  });

  it('FR-G8 the renewal findings concern the latest permit only', () => {
    const assessment = assessCase(
      facts('fr-trafficking', [
        permit('fr-cst-vpf', '2024-07-01', '2025-06-30'),
        application('2025-07-15'),
        CARD,
        application('2026-04-01'),
      ]),
      '2026-04-02',
    );
    expect(renewalFindings(assessment)).toEqual([]);
  });
});

describe('v2 findings: permit-expired and the appeal deadlines', () => {
  it.each<[Pathway, CaseEvent[], PlainDate, boolean, string[]]>([
    ['fr-trafficking', [permit('fr-cst-vpf', '2025-07-01', '2026-06-30')], '2026-06-30', false, []],
    [
      'fr-trafficking',
      [permit('fr-cst-vpf', '2025-07-01', '2026-06-30')],
      '2026-07-01',
      true,
      ['FR-G2'],
    ],
    [
      'fr-humanitarian',
      [permit('fr-aps', '2026-01-01', '2026-06-30')],
      '2026-07-01',
      true,
      ['FR-G2'],
    ],
    [
      'fr-trafficking',
      [permit('fr-cst-vpf', '2025-07-01', '2026-06-30'), application('2026-07-10')],
      '2026-07-20',
      false,
      [],
    ],
    ['be-trafficking', [permit('be-cire', '2026-01-01', '2026-06-30')], '2026-06-30', false, []],
    [
      'be-trafficking',
      [permit('be-cire', '2026-01-01', '2026-06-30')],
      '2026-07-01',
      true,
      ['BE-7'],
    ],
    [
      'be-trafficking',
      [permit('be-attestation-immatriculation', '2026-01-01', '2026-03-31')],
      '2026-04-01',
      true,
      ['BE-7'],
    ],
  ])(
    'FR-G2 BE-7 on %s with %o, on %s permit-expired: %s',
    (pathway, events, today, present, basis) => {
      const assessment = assessCase(facts(pathway, events), today);
      const finding = assessment.findings.find((f) => f.code === 'permit-expired');
      expect(finding !== undefined).toBe(present);
      if (finding) expect(finding).toEqual({ code: 'permit-expired', effect: 'risk', basis });
    },
  );

  it.each<[Pathway, CaseEvent[], PlainDate, FindingCode | undefined, string]>([
    ['fr-trafficking', [refused('2026-01-31')], '2026-03-31', 'appeal-deadline-running', 'FR-A1'],
    ['fr-trafficking', [refused('2026-01-31')], '2026-04-01', 'appeal-deadline-missed', 'FR-A1'],
    [
      'fr-trafficking',
      [refused('2026-01-31'), appeal('2026-02-01', 'refusal')],
      '2026-02-02',
      undefined,
      'FR-A1',
    ],
    [
      'fr-humanitarian',
      [oqtf('2026-03-10', 'assigned-or-detained')],
      '2026-03-17',
      'appeal-deadline-running',
      'FR-A7',
    ],
    [
      'fr-humanitarian',
      [oqtf('2026-03-10', 'retention')],
      '2026-03-12',
      'appeal-deadline-missed',
      'FR-A8',
    ],
    [
      'fr-trafficking',
      [oqtf('2026-03-10', 'free')],
      '2026-04-10',
      'appeal-deadline-running',
      'FR-A6',
    ],
    ['fr-trafficking', [application('2025-10-31')], '2026-02-28', undefined, 'FR-A5'],
    [
      'fr-trafficking',
      [application('2025-10-31')],
      '2026-03-01',
      'appeal-deadline-running',
      'FR-A5',
    ],
    [
      'fr-trafficking',
      [application('2025-10-31')],
      '2026-04-29',
      'appeal-deadline-missed',
      'FR-A5',
    ],
    [
      'be-trafficking',
      [order('2026-01-31', true)],
      '2026-02-10',
      'appeal-deadline-running',
      'BE-A2',
    ],
    ['be-trafficking', [refused('2026-01-31')], '2026-03-03', 'appeal-deadline-missed', 'BE-A1'],
  ])(
    'FR-A5 BE-A1 on %s with %o, on %s the finding is %s (citing %s)',
    (pathway, events, today, code, rule) => {
      const assessment = assessCase(facts(pathway, events), today);
      const appealFindings = assessment.findings.filter(
        (f) => f.code === 'appeal-deadline-running' || f.code === 'appeal-deadline-missed',
      );
      expect(appealFindings.map((f) => f.code)).toEqual(code === undefined ? [] : [code]);
      for (const finding of appealFindings) {
        expect(finding.effect).toBe('risk');
        expect(finding.basis).toContain(rule);
      }
    },
  );

  it('FR-A1 FR-A6 one deadline running and one missed give both findings, and at-risk', () => {
    const assessment = assessCase(
      facts('fr-trafficking', [
        refused('2026-01-02'),
        oqtf('2026-03-10', 'free'),
        complaint('2025-12-01'),
      ]),
      '2026-03-11',
    );
    expect(findingCodes(assessment)).toEqual(
      expect.arrayContaining(['appeal-deadline-running', 'appeal-deadline-missed']),
    );
    expect(assessment.verdict).toBe('at-risk');
  });

  it('FR-A4 fr.implicit.refusal overdue is not an appeal deadline missed', () => {
    const assessment = assessCase(
      facts('fr-trafficking', [
        application('2025-10-31'),
        appeal('2026-03-02', 'implicit-refusal'),
      ]),
      '2026-06-01',
    );
    expect(deadlineOf(assessment, 'fr.implicit.refusal')?.status).toBe('overdue');
    expect(findingCodes(assessment)).not.toContain('appeal-deadline-missed');
    expect(findingCodes(assessment)).not.toContain('appeal-deadline-running');
  });
});

describe('v2 checklist', () => {
  const adult: Person = { birthDate: '1994-02-11', housing: 'hosted' };
  const CARD = permit('fr-cst-vpf', '2025-07-01', '2026-06-30');

  it.each<[Pathway, Person]>([
    ['be-trafficking', {}],
    ['be-trafficking', { housing: 'own', birthDate: '2009-05-05' }],
  ])(
    'BE-C1 the Belgian list always includes identity-document, valid on the filing date (%s %o)',
    (pathway, person) => {
      const line = lineOf(
        assessCase(facts(pathway, [], { person }), '2026-03-01'),
        'identity-document',
      );
      expect(line).toMatchObject({ code: 'identity-document', mustBeValid: true });
      expect(typeof line?.required).toBe('boolean');
      expect(line?.maxAgeMonths).toBeUndefined();
    },
  );

  it.each<[string, CaseEvent[]]>([
    ['first application', [complaint('2025-06-01')]],
    ['renewal', [complaint('2025-06-01'), CARD]],
  ])(
    'FR-C2 %s: host-identity must be valid, host-attestation and host-domicile-proof keep 6 months',
    (_label, events) => {
      const assessment = assessCase(
        facts('fr-trafficking', events, { person: adult }),
        '2026-03-01',
      );
      expect(lineOf(assessment, 'host-identity')).toMatchObject({ mustBeValid: true });
      expect(lineOf(assessment, 'host-identity')?.maxAgeMonths).toBeUndefined();
      expect(lineOf(assessment, 'host-attestation')?.maxAgeMonths).toBe(6);
      expect(lineOf(assessment, 'host-domicile-proof')?.maxAgeMonths).toBe(6);
      expect(lineOf(assessment, 'host-attestation')?.mustBeValid).toBeUndefined();
    },
  );

  it.each(['own', 'hotel'] as const)(
    'FR-C2 the %s domicile lines keep maxAgeMonths 6',
    (housing) => {
      const assessment = assessCase(
        facts('fr-humanitarian', [], { person: { ...adult, housing } }),
        '2026-03-01',
      );
      const lines = assessment.checklist.filter((item) => /domicile|hotel/.test(item.code));
      expect(lines.length).toBeGreaterThan(0);
      for (const item of lines) expect(item.maxAgeMonths).toBe(6);
    },
  );

  it('FR-C5 the renewal’s current-permit must be valid, with no maxAgeMonths', () => {
    const line = lineOf(
      assessCase(
        facts('fr-trafficking', [complaint('2025-06-01'), CARD], { person: adult }),
        '2026-03-01',
      ),
      'current-permit',
    );
    expect(line).toMatchObject({ required: true, mustBeValid: true });
    expect(line?.maxAgeMonths).toBeUndefined();
  });

  it.each<[string, CaseEvent[]]>([
    ['first application', [complaint('2025-06-01')]],
    ['renewal', [complaint('2025-06-01'), CARD]],
  ])('FR-C1 %s: nationality-proof keeps its version 1 shape', (_label, events) => {
    const line = lineOf(
      assessCase(facts('fr-trafficking', events, { person: adult }), '2026-03-01'),
      'nationality-proof',
    );
    expect(line).toEqual({
      code: 'nationality-proof',
      required: true,
      variants: [
        'passport',
        'consular-attestation',
        'identity-card',
        'consular-card',
        'nationality-certificate',
      ],
      basis: expect.any(Array) as unknown,
    });
  });

  it.each<[Person, string[]]>([
    [{ birthDate: '2009-06-01' }, ['representative-consent', 'representative-identity']],
    [
      { birthDate: '2009-06-01', parentalAuthority: 'divorced' },
      ['representative-consent', 'representative-identity', 'divorce-judgment'],
    ],
    [{ birthDate: '2009-06-01', emancipated: true }, ['emancipation-proof']],
    [{ birthDate: '2010-03-02' }, []],
    [{ birthDate: '2008-03-01' }, []],
    [{ birthDate: '2008-03-02' }, ['representative-consent', 'representative-identity']],
  ])(
    'FR-T9 the renewal list of a person %o has the minor lines %o (16 or 17 on 2026-03-01)',
    (person, expected) => {
      const MINOR = [
        'representative-consent',
        'representative-identity',
        'parents-marriage-certificate',
        'divorce-judgment',
        'birth-certificate-recognition',
        'joint-authority-declaration',
        'separation-order',
        'authority-delegation',
        'emancipation-proof',
      ];
      const assessment = assessCase(
        facts('fr-trafficking', [complaint('2025-06-01'), CARD], { person }),
        '2026-03-01',
      );
      expect(lineOf(assessment, 'current-permit')).toBeDefined();
      expect(
        assessment.checklist
          .map((item) => item.code)
          .filter((code) => MINOR.includes(code))
          .sort(),
      ).toEqual([...expected].sort());
    },
  );

  it.each<[Situation['proceedings'], boolean]>([
    ['acquittal', false],
    ['closed', false],
    ['investigation', true],
    ['trial', true],
    ['appeal', true],
    [undefined, true],
  ])(
    'FR-T12 proceedings %s: the renewal list has proceedings-proof: %s',
    (proceedings, present) => {
      const situation: Situation = proceedings === undefined ? {} : { proceedings };
      const assessment = assessCase(
        facts('fr-trafficking', [complaint('2025-06-01'), CARD], { person: adult, situation }),
        '2026-03-01',
      );
      expect(lineOf(assessment, 'proceedings-proof') !== undefined).toBe(present);
      expect(lineOf(assessment, 'current-permit')).toBeDefined();
    },
  );
});

describe('v2 input errors', () => {
  const base = (person: Person) => facts('fr-trafficking', [complaint('2025-06-01')], { person });

  function errorOf(person: Person, today: PlainDate): InvalidCaseFactsError | undefined {
    try {
      assessCase(base(person), today);
      return undefined;
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidCaseFactsError);
      return error as InvalidCaseFactsError;
    }
  }

  it.each<[string, Person, PlainDate, string | undefined]>([
    ['born the day after today', { birthDate: '2026-03-02' }, '2026-03-01', 'person.birthDate'],
    ['born today', { birthDate: '2026-03-01' }, '2026-03-01', undefined],
    ['arrived the day after today', { arrivedOn: '2026-03-02' }, '2026-03-01', 'person.arrivedOn'],
    ['arrived today', { arrivedOn: '2026-03-01' }, '2026-03-01', undefined],
    [
      'arrived the day before birth',
      { birthDate: '2000-05-10', arrivedOn: '2000-05-09' },
      '2026-03-01',
      'person.arrivedOn',
    ],
    [
      'arrived the day of birth',
      { birthDate: '2000-05-10', arrivedOn: '2000-05-10' },
      '2026-03-01',
      undefined,
    ],
    ['arrived with no birth date known', { arrivedOn: '1990-01-01' }, '2026-03-01', undefined],
  ])('D6 %s: the error names %s', (_label, person, today, field) => {
    const error = errorOf(person, today);
    expect(error?.field).toBe(field);
    if (field !== undefined) expect(() => assessCase(base(person), today)).toThrow(field);
  });

  it('D6 a person born after today who arrived before the birth: both fields are named', () => {
    const error = errorOf({ birthDate: '2026-03-05', arrivedOn: '2026-03-03' }, '2026-03-04');
    expect(error?.field).toBe('person.birthDate');
    expect(error?.issues.map((issue) => issue.field)).toEqual([
      'person.birthDate',
      'person.arrivedOn',
    ]);
  });

  it.each<[Pathway, PermitKind]>([
    ['fr-trafficking', 'be-cire'],
    ['fr-humanitarian', 'be-attestation-immatriculation'],
    ['be-trafficking', 'fr-cst-vpf'],
    ['be-trafficking', 'fr-carte-resident'],
  ])('BE-7 a %s case holding a %s permit is not rejected', (pathway, kind) => {
    expect(() =>
      assessCase(facts(pathway, [permit(kind, '2025-09-01', '2026-02-28')]), '2026-03-01'),
    ).not.toThrow();
  });
});
