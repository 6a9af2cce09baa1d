import { describe, expect, it } from 'vitest';
import {
  CHECKLIST_CODES,
  HOUSING,
  NATIONALITY_PROOF_VARIANTS,
  assessCase,
  type CaseEvent,
  type CaseFacts,
  type ChecklistItem,
  type Housing,
  type Pathway,
} from '../../src/domain/index';
import { buildCaseFacts, listChecklistCodes } from './build-case-facts';

const TODAY = '2025-06-15';
const COOPERATED: CaseEvent[] = [{ type: 'complaint-filed', on: '2025-01-10' }];
const CARD: CaseEvent = {
  type: 'permit-issued',
  permit: 'fr-cst-vpf',
  validFrom: '2024-09-01',
  validUntil: '2025-08-31',
};

function checklistOf(parts: Partial<CaseFacts>, today = TODAY): ChecklistItem[] {
  return assessCase(buildCaseFacts(parts), today).checklist;
}

function findLine(
  parts: Partial<CaseFacts>,
  code: string,
  today = TODAY,
): ChecklistItem | undefined {
  return checklistOf(parts, today).find((item) => item.code === code);
}

describe('fr-trafficking, first application', () => {
  it('FR-C1: a first application lists identity, e-photo, proof of cooperation and the commitment', () => {
    expect(checklistOf({ events: COOPERATED })).toEqual([
      { code: 'birth-certificate', required: true, basis: ['FR-C1'] },
      {
        code: 'nationality-proof',
        required: true,
        variants: [...NATIONALITY_PROOF_VARIANTS],
        basis: ['FR-C1'],
      },
      { code: 'ephoto', required: true, basis: ['FR-C1'] },
      { code: 'complaint-receipt', required: true, basis: ['FR-C4', 'FR-T4'] },
      { code: 'republic-commitment', required: true, basis: ['FR-C3'] },
    ]);
  });

  it('FR-C1: nationality-proof accepts any one of five documents', () => {
    expect(findLine({}, 'nationality-proof')?.variants).toEqual([
      'passport',
      'consular-attestation',
      'identity-card',
      'consular-card',
      'nationality-certificate',
    ]);
  });

  it.each<[Housing, [string, boolean][]]>([
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
        ['host-domicile-proof', false],
      ],
    ],
  ])(
    'FR-C2: housing %s gives its domicile lines, each less than 6 months old',
    (housing, lines) => {
      const domicile = checklistOf({ person: { housing } }).filter(
        (item) => item.maxAgeMonths !== undefined,
      );
      expect(domicile).toEqual(
        lines.map(([code, required]) => ({ code, required, maxAgeMonths: 6, basis: ['FR-C2'] })),
      );
    },
  );

  it('FR-C2: a hosted person’s host-identity must be valid on the filing date, with no age limit', () => {
    expect(findLine({ person: { housing: 'hosted' } }, 'host-identity')).toEqual({
      code: 'host-identity',
      required: true,
      mustBeValid: true,
      basis: ['FR-C2'],
    });
  });

  it('FR-C2: no domicile line when the housing is unknown, and only domicile lines carry an age limit', () => {
    const codes = listChecklistCodes(assessCase(buildCaseFacts(), TODAY));
    expect(codes.some((code) => /domicile|hotel|host/.test(code))).toBe(false);
    for (const housing of HOUSING) {
      for (const item of checklistOf({ person: { housing } })) {
        expect(item.maxAgeMonths !== undefined).toBe(
          /domicile|hotel|host/.test(item.code) && item.code !== 'host-identity',
        );
        expect(item.mustBeValid === true && item.maxAgeMonths !== undefined).toBe(false);
      }
    }
  });

  it.each<[string, Partial<CaseFacts>]>([
    ['a final-conviction event', { events: [{ type: 'final-conviction', on: '2025-03-01' }] }],
    ['proceedings ended in final conviction', { situation: { proceedings: 'final-conviction' } }],
  ])(
    'FR-C4: after %s the conviction judgment replaces the complaint receipt (FR-T8)',
    (_label, parts) => {
      const codes = listChecklistCodes(assessCase(buildCaseFacts(parts), TODAY));
      expect(codes).toContain('conviction-judgment');
      expect(codes).not.toContain('complaint-receipt');
      expect(findLine(parts, 'conviction-judgment')).toEqual({
        code: 'conviction-judgment',
        required: true,
        basis: ['FR-C4', 'FR-T8'],
      });
    },
  );
});

describe('republic-commitment', () => {
  it.each<[string, CaseEvent[], string, boolean]>([
    ['nothing filed, today 2024-07-16', [], '2024-07-16', false],
    ['nothing filed, today 2024-07-17', [], '2024-07-17', true],
    [
      'pending application filed 2024-07-16',
      [{ type: 'application-filed', on: '2024-07-16', application: 'first' }],
      '2024-09-01',
      false,
    ],
    [
      'pending application filed 2024-07-17',
      [{ type: 'application-filed', on: '2024-07-17', application: 'first' }],
      '2024-09-01',
      true,
    ],
    [
      'application of 2024-07-01 decided on its day, today 2024-09-01',
      [
        { type: 'application-filed', on: '2024-07-01', application: 'first' },
        { type: 'decision', on: '2024-07-01', outcome: 'refused' },
      ],
      '2024-09-01',
      true,
    ],
    [
      'application of 2024-07-01 with only an older decision',
      [
        { type: 'decision', on: '2024-06-30', outcome: 'refused' },
        { type: 'application-filed', on: '2024-07-01', application: 'first' },
      ],
      '2024-09-01',
      false,
    ],
    [
      'the latest undecided of two applications is 2024-07-01',
      [
        { type: 'application-filed', on: '2024-07-01', application: 'first' },
        { type: 'application-filed', on: '2023-01-05', application: 'first' },
        { type: 'decision', on: '2023-05-05', outcome: 'refused' },
      ],
      '2025-01-01',
      false,
    ],
  ])('FR-C3: %s → republic-commitment: %s', (_label, events, today, present) => {
    const line = findLine({ events }, 'republic-commitment', today);
    expect(line).toEqual(
      present ? { code: 'republic-commitment', required: true, basis: ['FR-C3'] } : undefined,
    );
  });

  it('FR-C3: a renewal filed before 2024-07-17 and still pending needs no commitment; one filed later does', () => {
    const before: CaseEvent[] = [
      CARD,
      { type: 'application-filed', on: '2024-07-10', application: 'renewal' },
    ];
    expect(findLine({ events: before }, 'republic-commitment', '2024-08-01')).toBeUndefined();
    const after: CaseEvent[] = [
      CARD,
      { type: 'application-filed', on: '2025-05-10', application: 'renewal' },
    ];
    expect(findLine({ events: after }, 'republic-commitment')).toBeDefined();
  });

  it.each<Pathway>(['fr-humanitarian', 'fr-prostitution-exit'])(
    'FR-C3: the commitment follows the same date on %s',
    (pathway) => {
      expect(findLine({ pathway }, 'republic-commitment', '2024-07-16')).toBeUndefined();
      expect(findLine({ pathway }, 'republic-commitment', '2024-07-17')).toBeDefined();
    },
  );
});

describe('minors aged 16 and 17', () => {
  const BASIS = ['FR-C6', 'FR-T9'];

  it.each([
    ['married', 'parents-marriage-certificate'],
    ['divorced', 'divorce-judgment'],
    ['recognised-before-1', 'birth-certificate-recognition'],
    ['recognised-after-1', 'joint-authority-declaration'],
    ['separated', 'separation-order'],
    ['third-party', 'authority-delegation'],
  ] as const)(
    'FR-C6: a minor of 16 whose parents are %s adds consent, identity and %s',
    (parentalAuthority, line) => {
      const checklist = checklistOf({
        person: { birthDate: '2009-03-10', parentalAuthority },
        events: COOPERATED,
      });
      expect(checklist.slice(-3)).toEqual([
        { code: 'representative-consent', required: true, basis: BASIS },
        { code: 'representative-identity', required: true, basis: BASIS },
        { code: line, required: true, basis: BASIS },
      ]);
    },
  );

  it('FR-C6: without a known parental-authority case only consent and identity are listed', () => {
    const codes = listChecklistCodes(
      assessCase(buildCaseFacts({ person: { birthDate: '2008-01-01' } }), TODAY),
    );
    expect(codes.slice(-2)).toEqual(['representative-consent', 'representative-identity']);
  });

  it('FR-C6: an emancipated minor gives the emancipation proof alone', () => {
    const parts = {
      person: { birthDate: '2009-03-10', emancipated: true, parentalAuthority: 'married' as const },
    };
    const codes = listChecklistCodes(assessCase(buildCaseFacts(parts), TODAY));
    expect(codes.slice(-2)).toEqual(['republic-commitment', 'emancipation-proof']);
    expect(codes).not.toContain('representative-consent');
    expect(codes).not.toContain('parents-marriage-certificate');
  });

  it.each([
    ['2009-03-10', '2025-03-09', false],
    ['2009-03-10', '2025-03-10', true],
    ['2009-03-10', '2027-03-09', true],
    ['2009-03-10', '2027-03-10', false],
    ['2008-02-29', '2024-02-28', false],
    ['2008-02-29', '2024-02-29', true],
    ['2008-02-29', '2026-02-28', true],
    ['2008-02-29', '2026-03-01', false],
  ])('FR-T9: born %s, on %s the minor lines are listed: %s', (birthDate, today, present) => {
    const line = findLine({ person: { birthDate } }, 'representative-consent', today);
    expect(line !== undefined).toBe(present);
  });
});

describe('fr-trafficking, renewal', () => {
  it.each<CaseEvent>([
    CARD,
    { type: 'permit-issued', permit: 'fr-aps', validFrom: '2024-09-01', validUntil: '2025-02-28' },
  ])('FR-C5: once a $permit has been issued the next application is a renewal', (permit) => {
    expect(
      checklistOf({
        person: { housing: 'own', birthDate: '2008-09-01' },
        events: [...COOPERATED, permit],
      }),
    ).toEqual([
      {
        code: 'nationality-proof',
        required: true,
        variants: [...NATIONALITY_PROOF_VARIANTS],
        basis: ['FR-C1'],
      },
      { code: 'domicile-proof', required: true, maxAgeMonths: 6, basis: ['FR-C2'] },
      { code: 'ephoto', required: true, basis: ['FR-C1'] },
      { code: 'current-permit', required: true, mustBeValid: true, basis: ['FR-C5', 'FR-T7'] },
      { code: 'proceedings-proof', required: true, basis: ['FR-C5', 'FR-T7'] },
      { code: 'republic-commitment', required: true, basis: ['FR-C3'] },
      // Version 2: a 16-year-old renews with the representative's consent too.
      { code: 'representative-consent', required: true, basis: ['FR-C6', 'FR-T9'] },
      { code: 'representative-identity', required: true, basis: ['FR-C6', 'FR-T9'] },
    ]);
  });

  it('FR-T7: after a final conviction the renewal brings the judgment for the resident card (FR-T8)', () => {
    const events: CaseEvent[] = [CARD, { type: 'final-conviction', on: '2025-04-01' }];
    const codes = listChecklistCodes(assessCase(buildCaseFacts({ events }), TODAY));
    expect(codes).toEqual([
      'nationality-proof',
      'ephoto',
      'current-permit',
      'conviction-judgment',
      'republic-commitment',
    ]);
    expect(findLine({ events }, 'conviction-judgment')?.basis).toEqual(['FR-C5', 'FR-T8']);
  });

  it.each<CaseEvent>([
    {
      type: 'permit-issued',
      permit: 'fr-reflection-recepisse',
      validFrom: '2025-01-10',
      validUntil: '2025-02-08',
    },
    {
      type: 'permit-issued',
      permit: 'fr-carte-resident',
      validFrom: '2025-01-10',
      validUntil: '2035-01-09',
    },
  ])('FR-C5: a $permit alone does not make the next application a renewal', (permit) => {
    expect(listChecklistCodes(assessCase(buildCaseFacts({ events: [permit] }), TODAY))[0]).toBe(
      'birth-certificate',
    );
  });
});

describe('fr-humanitarian', () => {
  it('FR-C7: identity, domicile, e-photo, the evidence of FR-H2 and the commitment', () => {
    expect(
      checklistOf({
        pathway: 'fr-humanitarian',
        person: { housing: 'hotel', arrivedOn: '2020-01-01' },
      }),
    ).toEqual([
      { code: 'birth-certificate', required: true, basis: ['FR-C1'] },
      {
        code: 'nationality-proof',
        required: true,
        variants: [...NATIONALITY_PROOF_VARIANTS],
        basis: ['FR-C1'],
      },
      { code: 'ephoto', required: true, basis: ['FR-C1'] },
      { code: 'hotel-attestation', required: true, maxAgeMonths: 6, basis: ['FR-C2'] },
      { code: 'hotel-invoice', required: true, maxAgeMonths: 6, basis: ['FR-C2'] },
      { code: 'residence-evidence', required: false, basis: ['FR-C7', 'FR-H4'] },
      { code: 'family-ties-evidence', required: false, basis: ['FR-C7', 'FR-H2'] },
      { code: 'employment-evidence', required: false, basis: ['FR-C7', 'FR-H2'] },
      { code: 'talent-evidence', required: false, basis: ['FR-C7', 'FR-H2'] },
      { code: 'republic-commitment', required: true, basis: ['FR-C3'] },
    ]);
  });

  it.each([
    ['2014-03-10', '2024-03-10', false],
    ['2014-03-10', '2024-03-11', true],
  ])(
    'FR-H4: arrived %s, on %s the proof of each year of presence is required: %s',
    (arrivedOn, today, required) => {
      expect(
        findLine({ pathway: 'fr-humanitarian', person: { arrivedOn } }, 'residence-evidence', today)
          ?.required,
      ).toBe(required);
    },
  );

  it('FR-H2: a card already issued does not turn the humanitarian list into the trafficking renewal table', () => {
    const codes = listChecklistCodes(
      assessCase(buildCaseFacts({ pathway: 'fr-humanitarian', events: [CARD] }), TODAY),
    );
    expect(codes).toContain('family-ties-evidence');
    expect(codes).not.toContain('proceedings-proof');
    expect(codes).not.toContain('complaint-receipt');
  });
});

describe('fr-prostitution-exit', () => {
  it('FR-C8: a first APS lists identity, e-photo and the authorisation of the parcours (FR-T10)', () => {
    expect(
      listChecklistCodes(
        assessCase(
          buildCaseFacts({ pathway: 'fr-prostitution-exit', person: { housing: 'own' } }),
          TODAY,
        ),
      ),
    ).toEqual([
      'birth-certificate',
      'nationality-proof',
      'ephoto',
      'domicile-proof',
      'exit-programme-authorisation',
      'republic-commitment',
    ]);
  });

  it('FR-T10: once an APS has been issued the next application renews it for the length of the parcours', () => {
    const events: CaseEvent[] = [
      {
        type: 'permit-issued',
        permit: 'fr-aps',
        validFrom: '2025-01-01',
        validUntil: '2025-06-30',
      },
    ];
    const assessment = assessCase(
      buildCaseFacts({ pathway: 'fr-prostitution-exit', events }),
      '2025-03-15',
    );
    expect(assessment.checklist).toEqual([
      {
        code: 'nationality-proof',
        required: true,
        variants: [...NATIONALITY_PROOF_VARIANTS],
        basis: ['FR-C1'],
      },
      { code: 'ephoto', required: true, basis: ['FR-C1'] },
      { code: 'current-permit', required: true, mustBeValid: true, basis: ['FR-C8', 'FR-T10'] },
      { code: 'exit-programme-authorisation', required: true, basis: ['FR-C8', 'FR-T10'] },
      { code: 'republic-commitment', required: true, basis: ['FR-C3'] },
    ]);
    expect(assessment.deadlines.map((d) => [d.code, d.due, d.status])).toEqual([
      ['fr.renewal.window', '2025-05-01', 'open'],
      ['fr.permit.expiry', '2025-06-30', 'open'],
    ]);
    expect(assessment.verdict).toBe('eligible');
  });
});

describe('be-trafficking', () => {
  it('BE-C1: identity document if any, statement reference and the centre’s attestation', () => {
    expect(checklistOf({ pathway: 'be-trafficking' })).toEqual([
      { code: 'identity-document', required: false, mustBeValid: true, basis: ['BE-C1'] },
      { code: 'statement-reference', required: true, basis: ['BE-C1', 'BE-4'] },
      { code: 'centre-support-attestation', required: true, basis: ['BE-C1', 'BE-1'] },
    ]);
  });

  it.each<[Partial<CaseFacts>, boolean | undefined]>([
    [{ situation: { proceedings: 'investigation' } }, undefined],
    [{ situation: { proceedings: 'trial' } }, false],
    [{ situation: { proceedings: 'appeal' } }, false],
    [{ situation: { proceedings: 'final-conviction' } }, true],
    [{ events: [{ type: 'final-conviction', on: '2025-03-01' }] }, true],
  ])('BE-8: %o → court-decision required: %s', (parts, required) => {
    const line = findLine({ ...parts, pathway: 'be-trafficking' }, 'court-decision');
    expect(line).toEqual(
      required === undefined
        ? undefined
        : { code: 'court-decision', required, basis: ['BE-C1', 'BE-8'] },
    );
  });

  it('BE-9: victims of aggravated smuggling follow the same Belgian pathway and checklist', () => {
    const codes = listChecklistCodes(
      assessCase(buildCaseFacts({ pathway: 'be-trafficking' }), TODAY),
    );
    expect(codes).toEqual([
      'identity-document',
      'statement-reference',
      'centre-support-attestation',
    ]);
  });
});

describe('checklist codes', () => {
  it('every line the core can produce is a code of CHECKLIST_CODES', () => {
    const produced = new Set<string>();
    const cases: Partial<CaseFacts>[] = [
      { person: { housing: 'hosted', birthDate: '2009-01-01', parentalAuthority: 'third-party' } },
      {
        person: { birthDate: '2009-01-01', emancipated: true },
        situation: { proceedings: 'final-conviction' },
      },
      { events: [CARD], person: { housing: 'hotel' } },
      { pathway: 'fr-humanitarian', person: { housing: 'own' } },
      { pathway: 'fr-prostitution-exit', events: [CARD] },
      { pathway: 'be-trafficking', situation: { proceedings: 'trial' } },
    ];
    for (const parts of cases) for (const item of checklistOf(parts)) produced.add(item.code);
    for (const code of produced) expect(CHECKLIST_CODES).toContain(code);
    expect(new Set(CHECKLIST_CODES).size).toBe(CHECKLIST_CODES.length);
  });
});
