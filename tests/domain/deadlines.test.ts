import { describe, expect, it } from 'vitest';
import { assessCase, type CaseEvent, type Pathway } from '../../src/domain/index';
import { buildCaseFacts, findDeadline } from './build-case-facts';

function assess(pathway: Pathway, events: CaseEvent[], today: string, birthDate?: string) {
  return assessCase(buildCaseFacts({ pathway, events, person: { birthDate } }), today);
}

const REFLECTION: CaseEvent = { type: 'reflection-granted', on: '2025-01-10' };
const CARD: CaseEvent = {
  type: 'permit-issued',
  permit: 'fr-cst-vpf',
  validFrom: '2022-10-27',
  validUntil: '2023-10-26',
};

describe('fr.reflection.end', () => {
  it.each([
    ['2025-01-10', '2025-02-08'],
    ['2025-02-01', '2025-03-02'],
    ['2024-02-01', '2024-03-01'],
    ['2024-01-31', '2024-02-29'],
    ['2024-12-15', '2025-01-13'],
  ])('FR-T2: a récépissé handed over on %s is valid 30 days, until %s (D2)', (on, due) => {
    const deadline = findDeadline(
      assess('fr-trafficking', [{ type: 'reflection-granted', on }], on),
      'fr.reflection.end',
    );
    expect(deadline).toEqual({ code: 'fr.reflection.end', due, status: 'open', basis: ['FR-T2'] });
  });

  it.each([
    ['2025-01-10', 'open'],
    ['2025-02-07', 'open'],
    ['2025-02-08', 'open'],
    ['2025-02-09', 'overdue'],
  ])('FR-T2: on %s the reflection period ending 2025-02-08 is %s', (today, status) => {
    expect(
      findDeadline(assess('fr-trafficking', [REFLECTION], today), 'fr.reflection.end')?.status,
    ).toBe(status);
  });

  it.each<[string, CaseEvent]>([
    ['a complaint on the day it starts', { type: 'complaint-filed', on: '2025-01-10' }],
    ['a testimony during it', { type: 'testimony-given', on: '2025-01-20' }],
    [
      'a first application after it',
      { type: 'application-filed', on: '2025-03-01', application: 'first' },
    ],
  ])('FR-T2: the reflection period is met by %s', (_label, answer) => {
    const deadline = findDeadline(
      assess('fr-trafficking', [REFLECTION, answer], '2025-03-10'),
      'fr.reflection.end',
    );
    expect(deadline?.status).toBe('met');
  });

  it('FR-T2: a complaint filed before the récépissé does not answer it', () => {
    const events: CaseEvent[] = [{ type: 'complaint-filed', on: '2025-01-09' }, REFLECTION];
    expect(
      findDeadline(assess('fr-trafficking', events, '2025-03-10'), 'fr.reflection.end')?.status,
    ).toBe('overdue');
  });

  it('FR-T2: only the latest récépissé counts, whatever the order of the events', () => {
    const events: CaseEvent[] = [
      { type: 'reflection-granted', on: '2025-03-01' },
      { type: 'complaint-filed', on: '2025-02-01' },
      REFLECTION,
    ];
    const assessment = assess('fr-trafficking', events, '2025-03-05');
    expect(assessment.deadlines.filter((d) => d.code === 'fr.reflection.end')).toEqual([
      { code: 'fr.reflection.end', due: '2025-03-30', status: 'open', basis: ['FR-T2'] },
    ]);
  });

  it.each<Pathway>(['fr-humanitarian', 'be-trafficking', 'fr-prostitution-exit'])(
    'FR-T2: a reflection period on %s computes no fr.reflection.end',
    (pathway) => {
      expect(
        findDeadline(assess(pathway, [REFLECTION], '2025-01-20'), 'fr.reflection.end'),
      ).toBeUndefined();
    },
  );
});

describe('be.reflection.end', () => {
  it.each([
    ['2025-01-10', '2025-02-23'],
    ['2024-01-20', '2024-03-04'],
    ['2025-01-20', '2025-03-05'],
  ])('BE-2: an annexe 15 issued on %s is valid 45 days, until %s (D2)', (on, due) => {
    const deadline = findDeadline(
      assess('be-trafficking', [{ type: 'reflection-granted', on }], on),
      'be.reflection.end',
    );
    expect(deadline).toEqual({ code: 'be.reflection.end', due, status: 'open', basis: ['BE-2'] });
  });

  it.each([
    ['2025-02-22', 'open'],
    ['2025-02-23', 'open'],
    ['2025-02-24', 'overdue'],
  ])('BE-2: on %s the annexe 15 ending 2025-02-23 is %s', (today, status) => {
    expect(
      findDeadline(assess('be-trafficking', [REFLECTION], today), 'be.reflection.end')?.status,
    ).toBe(status);
  });

  it('BE-2: statements made during the reflection period meet it', () => {
    const events: CaseEvent[] = [REFLECTION, { type: 'testimony-given', on: '2025-02-23' }];
    expect(
      findDeadline(assess('be-trafficking', events, '2025-04-01'), 'be.reflection.end')?.status,
    ).toBe('met');
  });

  it('BE-2: a French pathway computes no be.reflection.end', () => {
    expect(
      findDeadline(assess('fr-trafficking', [REFLECTION], '2025-01-20'), 'be.reflection.end'),
    ).toBeUndefined();
  });
});

describe('fr.permit.expiry and fr.renewal.window', () => {
  it('FR-G1: a card valid until 2023-10-26 has its renewal window from 2023-06-28 to 2023-08-27 (D4)', () => {
    const assessment = assess('fr-trafficking', [CARD], '2023-07-01');
    expect(findDeadline(assessment, 'fr.renewal.window')).toEqual({
      code: 'fr.renewal.window',
      due: '2023-08-27',
      opens: '2023-06-28',
      status: 'open',
      basis: ['FR-G1'],
    });
  });

  it.each([
    ['2023-06-27', 'pending'],
    ['2023-06-28', 'open'],
    ['2023-08-27', 'open'],
    ['2023-08-28', 'overdue'],
  ])('FR-G1: on %s the renewal window 2023-06-28 … 2023-08-27 is %s', (today, status) => {
    expect(findDeadline(assess('fr-trafficking', [CARD], today), 'fr.renewal.window')?.status).toBe(
      status,
    );
  });

  it.each([
    ['2023-10-25', 'open'],
    ['2023-10-26', 'open'],
    ['2023-10-27', 'overdue'],
  ])('FR-G2: on %s the card expiring 2023-10-26 is %s', (today, status) => {
    const deadline = findDeadline(assess('fr-trafficking', [CARD], today), 'fr.permit.expiry');
    expect(deadline).toEqual({
      code: 'fr.permit.expiry',
      due: '2023-10-26',
      status,
      basis: ['FR-G2'],
    });
  });

  it.each<['renewal' | 'resident-card', string]>([
    ['renewal', '2023-07-15'],
    ['resident-card', '2023-09-30'],
    ['renewal', '2022-10-27'],
  ])('FR-G1: a %s application filed on %s meets the window and the expiry', (application, on) => {
    const events: CaseEvent[] = [CARD, { type: 'application-filed', on, application }];
    const assessment = assess('fr-trafficking', events, '2023-11-15');
    expect(findDeadline(assessment, 'fr.renewal.window')?.status).toBe('met');
    expect(findDeadline(assessment, 'fr.permit.expiry')?.status).toBe('met');
  });

  it('FR-G1: a first application, or a renewal filed before the card started, answers nothing', () => {
    const events: CaseEvent[] = [
      CARD,
      { type: 'application-filed', on: '2023-07-15', application: 'first' },
      { type: 'application-filed', on: '2022-10-26', application: 'renewal' },
    ];
    const assessment = assess('fr-trafficking', events, '2023-11-15');
    expect(findDeadline(assessment, 'fr.renewal.window')?.status).toBe('overdue');
    expect(findDeadline(assessment, 'fr.permit.expiry')?.status).toBe('overdue');
  });

  it('FR-G2: the latest permit is the greatest by validFrom, then validUntil', () => {
    const events: CaseEvent[] = [
      {
        type: 'permit-issued',
        permit: 'fr-aps',
        validFrom: '2024-01-10',
        validUntil: '2024-12-31',
      },
      {
        type: 'permit-issued',
        permit: 'fr-cst-vpf',
        validFrom: '2024-01-10',
        validUntil: '2025-01-09',
      },
      {
        type: 'permit-issued',
        permit: 'fr-cst-vpf',
        validFrom: '2023-01-10',
        validUntil: '2026-01-09',
      },
      {
        type: 'permit-issued',
        permit: 'fr-reflection-recepisse',
        validFrom: '2024-06-01',
        validUntil: '2024-06-30',
      },
      {
        type: 'permit-issued',
        permit: 'be-cire',
        validFrom: '2024-07-01',
        validUntil: '2024-12-31',
      },
    ];
    const assessment = assess('fr-trafficking', events, '2024-03-01');
    expect(assessment.deadlines.filter((d) => d.code === 'fr.permit.expiry')).toEqual([
      { code: 'fr.permit.expiry', due: '2025-01-09', status: 'open', basis: ['FR-G2'] },
    ]);
  });

  it('FR-T8: a resident card is tracked like the card before it', () => {
    const events: CaseEvent[] = [
      CARD,
      {
        type: 'permit-issued',
        permit: 'fr-carte-resident',
        validFrom: '2023-09-01',
        validUntil: '2033-08-31',
      },
    ];
    expect(
      findDeadline(assess('fr-trafficking', events, '2024-01-01'), 'fr.permit.expiry')?.due,
    ).toBe('2033-08-31');
  });

  it('FR-H3: on fr-humanitarian the card has its expiry and renewal window too', () => {
    const assessment = assess('fr-humanitarian', [CARD], '2023-07-01');
    expect(findDeadline(assessment, 'fr.permit.expiry')?.due).toBe('2023-10-26');
    expect(findDeadline(assessment, 'fr.renewal.window')?.opens).toBe('2023-06-28');
  });

  it('FR-G2: an expired card that was answered by a renewal stays in the list as met', () => {
    const events: CaseEvent[] = [
      CARD,
      { type: 'application-filed', on: '2023-08-01', application: 'renewal' },
    ];
    expect(
      findDeadline(assess('fr-trafficking', events, '2025-01-01'), 'fr.permit.expiry'),
    ).toEqual({
      code: 'fr.permit.expiry',
      due: '2023-10-26',
      status: 'met',
      basis: ['FR-G2'],
      answeredOn: '2023-08-01',
      late: false,
    });
  });

  it('FR-G2: Belgian permits on a French pathway compute no French deadline', () => {
    const events: CaseEvent[] = [
      {
        type: 'permit-issued',
        permit: 'be-cire',
        validFrom: '2024-07-01',
        validUntil: '2024-12-31',
      },
      {
        type: 'permit-issued',
        permit: 'be-attestation-immatriculation',
        validFrom: '2024-01-01',
        validUntil: '2024-03-31',
      },
    ];
    expect(assess('fr-trafficking', events, '2024-08-01').deadlines).toEqual([]);
  });
});

describe('fr.complement.answer', () => {
  it.each([
    ['2023-08-16', '2023-09-15'],
    ['2025-01-31', '2025-03-02'],
    ['2024-01-31', '2024-03-01'],
  ])(
    'FR-G4: a complement request opened on %s is answered by %s (D3, 30 days)',
    (openedOn, due) => {
      const events: CaseEvent[] = [{ type: 'complement-requested', openedOn }];
      expect(
        findDeadline(assess('fr-humanitarian', events, openedOn), 'fr.complement.answer'),
      ).toEqual({
        code: 'fr.complement.answer',
        due,
        status: 'open',
        basis: ['FR-G4'],
      });
    },
  );

  it.each([
    ['2023-09-14', 'open'],
    ['2023-09-15', 'open'],
    ['2023-09-16', 'overdue'],
  ])('FR-G4: on %s the complement due 2023-09-15 is %s', (today, status) => {
    const events: CaseEvent[] = [{ type: 'complement-requested', openedOn: '2023-08-16' }];
    expect(
      findDeadline(assess('fr-trafficking', events, today), 'fr.complement.answer')?.status,
    ).toBe(status);
  });

  it('FR-G4: an answer on the day the request was opened meets it; an older answer does not', () => {
    const answered: CaseEvent[] = [
      { type: 'complement-requested', openedOn: '2023-08-16' },
      { type: 'complement-answered', on: '2023-08-16' },
    ];
    expect(
      findDeadline(assess('fr-trafficking', answered, '2023-10-01'), 'fr.complement.answer')
        ?.status,
    ).toBe('met');
    const older: CaseEvent[] = [
      { type: 'complement-requested', openedOn: '2023-05-02' },
      { type: 'complement-answered', on: '2023-05-20' },
      { type: 'complement-requested', openedOn: '2023-08-16' },
    ];
    const deadlines = assess('fr-trafficking', older, '2023-08-20').deadlines;
    expect(deadlines).toEqual([
      { code: 'fr.complement.answer', due: '2023-09-15', status: 'open', basis: ['FR-G4'] },
    ]);
  });

  it('FR-G4: a complement request on the Belgian pathway computes nothing', () => {
    const events: CaseEvent[] = [{ type: 'complement-requested', openedOn: '2023-08-16' }];
    expect(assess('be-trafficking', events, '2023-08-20').deadlines).toEqual([]);
  });
});

describe('fr.prolongation.expiry', () => {
  const PROLONGATION: CaseEvent = {
    type: 'prolongation-issued',
    validFrom: '2023-09-17',
    validUntil: '2023-12-16',
  };

  it.each([
    ['2023-12-16', 'open'],
    ['2023-12-17', 'overdue'],
  ])('FR-G3: on %s the attestation valid until 2023-12-16 is %s', (today, status) => {
    expect(
      findDeadline(assess('fr-trafficking', [PROLONGATION], today), 'fr.prolongation.expiry'),
    ).toEqual({
      code: 'fr.prolongation.expiry',
      due: '2023-12-16',
      status,
      basis: ['FR-G3'],
    });
  });

  it('FR-G3: a decision on or after the attestation started meets it; an older decision does not', () => {
    const decided: CaseEvent[] = [
      PROLONGATION,
      { type: 'decision', on: '2023-09-17', outcome: 'granted' },
    ];
    expect(
      findDeadline(assess('fr-trafficking', decided, '2024-01-10'), 'fr.prolongation.expiry')
        ?.status,
    ).toBe('met');
    const older: CaseEvent[] = [
      PROLONGATION,
      { type: 'decision', on: '2023-09-16', outcome: 'refused' },
    ];
    expect(
      findDeadline(assess('fr-trafficking', older, '2024-01-10'), 'fr.prolongation.expiry')?.status,
    ).toBe('overdue');
  });

  it('FR-G3: a renewed attestation replaces the one before it', () => {
    const events: CaseEvent[] = [
      { type: 'prolongation-issued', validFrom: '2023-12-17', validUntil: '2024-03-16' },
      PROLONGATION,
      { type: 'prolongation-issued', validFrom: '2023-12-17', validUntil: '2024-03-10' },
    ];
    const deadlines = assess('fr-humanitarian', events, '2024-01-10').deadlines;
    expect(deadlines).toEqual([
      { code: 'fr.prolongation.expiry', due: '2024-03-16', status: 'open', basis: ['FR-G3'] },
    ]);
  });
});

describe('fr.majority', () => {
  it.each([
    ['2008-02-29', '2025-06-01', '2026-03-01'],
    ['2009-06-15', '2027-06-14', '2027-06-15'],
    ['2015-01-01', '2025-06-01', '2033-01-01'],
  ])('FR-T9: a person born on %s, on %s, comes of age on %s (D6)', (birthDate, today, due) => {
    expect(findDeadline(assess('fr-trafficking', [], today, birthDate), 'fr.majority')).toEqual({
      code: 'fr.majority',
      due,
      status: 'open',
      basis: ['FR-T9'],
    });
  });

  it.each([
    ['2009-06-15', '2027-06-15'],
    ['2008-02-29', '2026-03-01'],
    ['1990-05-05', '2025-06-01'],
  ])(
    'FR-T9: a person born on %s is of age on %s, so the deadline disappears',
    (birthDate, today) => {
      expect(
        findDeadline(assess('fr-trafficking', [], today, birthDate), 'fr.majority'),
      ).toBeUndefined();
    },
  );

  it('FR-T9: the majority deadline needs a birth date and exists on fr-trafficking only', () => {
    expect(assess('fr-trafficking', [], '2025-06-01').deadlines).toEqual([]);
    expect(assess('fr-humanitarian', [], '2025-06-01', '2010-01-01').deadlines).toEqual([]);
  });
});

describe('be.permit.expiry and be.prosecutor.followup', () => {
  const ATTESTATION: CaseEvent = {
    type: 'permit-issued',
    permit: 'be-attestation-immatriculation',
    validFrom: '2025-01-01',
    validUntil: '2025-03-31',
  };

  it('BE-4: the attestation d’immatriculation valid until 2025-03-31 expires that day', () => {
    expect(
      findDeadline(assess('be-trafficking', [ATTESTATION], '2025-03-31'), 'be.permit.expiry'),
    ).toEqual({
      code: 'be.permit.expiry',
      due: '2025-03-31',
      status: 'open',
      basis: ['BE-4'],
    });
  });

  it.each([
    ['2025-02-27', 'open'],
    ['2025-02-28', 'open'],
    ['2025-03-01', 'overdue'],
  ])(
    'BE-5: on %s the prosecutor follow-up due 2025-02-28, one month before 2025-03-31 (D5), is %s',
    (today, status) => {
      expect(
        findDeadline(assess('be-trafficking', [ATTESTATION], today), 'be.prosecutor.followup'),
      ).toEqual({
        code: 'be.prosecutor.followup',
        due: '2025-02-28',
        status,
        basis: ['BE-5'],
      });
    },
  );

  it('BE-7: a CIRE issued after the attestation meets the follow-up and becomes the tracked permit', () => {
    const events: CaseEvent[] = [
      ATTESTATION,
      {
        type: 'permit-issued',
        permit: 'be-cire',
        validFrom: '2025-04-01',
        validUntil: '2025-09-30',
      },
    ];
    const assessment = assess('be-trafficking', events, '2025-05-01');
    expect(assessment.deadlines).toEqual([
      {
        code: 'be.prosecutor.followup',
        due: '2025-02-28',
        status: 'met',
        basis: ['BE-5'],
        answeredOn: '2025-04-01',
        late: true,
      },
      { code: 'be.permit.expiry', due: '2025-09-30', status: 'open', basis: ['BE-7'] },
    ]);
  });

  it('BE-6: a second attestation (the one extension) answers the first one’s follow-up and is followed up in turn', () => {
    const events: CaseEvent[] = [
      ATTESTATION,
      {
        type: 'permit-issued',
        permit: 'be-attestation-immatriculation',
        validFrom: '2025-04-01',
        validUntil: '2025-06-30',
      },
    ];
    const assessment = assess('be-trafficking', events, '2025-05-01');
    expect(findDeadline(assessment, 'be.prosecutor.followup')).toEqual({
      code: 'be.prosecutor.followup',
      due: '2025-05-30',
      status: 'open',
      basis: ['BE-5'],
    });
  });

  it('BE-5: a permit starting the same day as the attestation is not a later permit', () => {
    const events: CaseEvent[] = [
      ATTESTATION,
      {
        type: 'permit-issued',
        permit: 'be-cire',
        validFrom: '2025-01-01',
        validUntil: '2025-06-30',
      },
    ];
    const assessment = assess('be-trafficking', events, '2025-03-05');
    expect(findDeadline(assessment, 'be.prosecutor.followup')?.status).toBe('overdue');
    expect(findDeadline(assessment, 'be.permit.expiry')).toMatchObject({
      due: '2025-06-30',
      basis: ['BE-7'],
    });
  });

  it('BE-7: a renewal request filed on or after the CIRE started meets its expiry', () => {
    const events: CaseEvent[] = [
      {
        type: 'permit-issued',
        permit: 'be-cire',
        validFrom: '2025-04-01',
        validUntil: '2025-09-30',
      },
      { type: 'application-filed', on: '2025-09-01', application: 'renewal' },
    ];
    expect(assess('be-trafficking', events, '2025-10-15').deadlines).toEqual([
      {
        code: 'be.permit.expiry',
        due: '2025-09-30',
        status: 'met',
        basis: ['BE-7'],
        answeredOn: '2025-09-01',
        late: false,
      },
    ]);
  });

  it('BE-2: the annexe 15 and French permits compute no Belgian permit deadline', () => {
    const events: CaseEvent[] = [
      {
        type: 'permit-issued',
        permit: 'be-annexe-15',
        validFrom: '2025-01-10',
        validUntil: '2025-02-23',
      },
      CARD,
    ];
    expect(assess('be-trafficking', events, '2025-01-20').deadlines).toEqual([]);
  });
});

describe('deadline list', () => {
  it('deadlines are sorted by due date, then by code', () => {
    const events: CaseEvent[] = [
      { type: 'complement-requested', openedOn: '2025-05-01' },
      { type: 'prolongation-issued', validFrom: '2025-03-01', validUntil: '2025-05-31' },
      {
        type: 'permit-issued',
        permit: 'fr-cst-vpf',
        validFrom: '2024-06-01',
        validUntil: '2025-05-31',
      },
      { type: 'reflection-granted', on: '2025-05-10' },
    ];
    const assessment = assess('fr-trafficking', events, '2025-05-15', '2008-05-20');
    expect(assessment.deadlines.map((d) => [d.due, d.code])).toEqual([
      ['2025-04-01', 'fr.renewal.window'],
      ['2025-05-31', 'fr.complement.answer'],
      ['2025-05-31', 'fr.permit.expiry'],
      ['2025-05-31', 'fr.prolongation.expiry'],
      ['2025-06-08', 'fr.reflection.end'],
      ['2026-05-20', 'fr.majority'],
    ]);
  });

  it('a case without events or birth date has no deadline', () => {
    expect(assess('fr-trafficking', [], '2025-05-15').deadlines).toEqual([]);
    expect(assess('be-trafficking', [], '2025-05-15').deadlines).toEqual([]);
  });
});
