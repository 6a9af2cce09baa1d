import { describe, expect, it } from 'vitest';
import {
  FINDING_CODES,
  assessCase,
  decideVerdict,
  type CaseEvent,
  type CaseFacts,
  type Finding,
  type Pathway,
} from '../../src/domain/index';
import { buildCaseFacts, listFindingCodes } from './build-case-facts';

const TODAY = '2025-06-15';
const COOPERATED: CaseEvent[] = [{ type: 'complaint-filed', on: '2025-01-10' }];

function findFinding(facts: CaseFacts, code: string, today = TODAY): Finding | undefined {
  return assessCase(facts, today).findings.find((finding) => finding.code === code);
}

describe('blocking findings', () => {
  it.each<[Pathway, string[] | undefined]>([
    ['fr-trafficking', ['FR-T3']],
    ['fr-humanitarian', ['FR-H1']],
    ['fr-prostitution-exit', ['FR-T3']],
    ['be-trafficking', undefined],
  ])(
    'FR-T3, FR-H1: an EU citizen or family member on %s is excluded (basis %j)',
    (pathway, basis) => {
      const facts = buildCaseFacts({
        pathway,
        person: { euCitizenOrFamily: true },
        events: COOPERATED,
      });
      const finding = findFinding(facts, 'eu-citizen-excluded');
      expect(finding).toEqual(basis && { code: 'eu-citizen-excluded', effect: 'blocking', basis });
    },
  );

  it.each<[Pathway, string]>([
    ['fr-trafficking', 'FR-T4'],
    ['fr-humanitarian', 'FR-H1'],
    ['be-trafficking', 'BE-7'],
    ['fr-prostitution-exit', 'FR-T10'],
  ])(
    'FR-T4, FR-H1, BE-7, FR-T10: a threat to public order blocks %s (basis %s)',
    (pathway, rule) => {
      const facts = buildCaseFacts({ pathway, situation: { publicOrderThreat: true } });
      expect(findFinding(facts, 'public-order-threat')).toEqual({
        code: 'public-order-threat',
        effect: 'blocking',
        basis: [rule],
      });
    },
  );

  it.each<[Pathway, string | undefined]>([
    ['fr-trafficking', 'FR-T4'],
    ['be-trafficking', 'BE-7'],
    ['fr-humanitarian', undefined],
    ['fr-prostitution-exit', undefined],
  ])(
    'FR-T4, BE-7: contact with the perpetrators blocks the trafficking pathways (%s)',
    (pathway, rule) => {
      const facts = buildCaseFacts({ pathway, situation: { contactWithPerpetrators: true } });
      expect(findFinding(facts, 'contact-with-perpetrators')?.basis).toEqual(rule && [rule]);
    },
  );

  it('FR-H1: living in polygamy blocks the humanitarian pathway only', () => {
    const situation = { polygamy: true };
    expect(
      findFinding(buildCaseFacts({ pathway: 'fr-humanitarian', situation }), 'polygamy-excluded'),
    ).toEqual({
      code: 'polygamy-excluded',
      effect: 'blocking',
      basis: ['FR-H1'],
    });
    expect(
      findFinding(buildCaseFacts({ situation, events: COOPERATED }), 'polygamy-excluded'),
    ).toBeUndefined();
  });

  it('FR-T4: flags set to false or left unknown raise nothing', () => {
    const facts = buildCaseFacts({
      person: { euCitizenOrFamily: false },
      situation: {
        publicOrderThreat: false,
        contactWithPerpetrators: false,
        oqtfNotComplied: false,
      },
      events: COOPERATED,
    });
    expect(assessCase(facts, TODAY)).toMatchObject({ verdict: 'eligible', findings: [] });
  });
});

describe('incomplete findings', () => {
  it.each<[Pathway, string | undefined]>([
    ['fr-trafficking', 'FR-T4'],
    ['be-trafficking', 'BE-4'],
    ['fr-humanitarian', undefined],
    ['fr-prostitution-exit', undefined],
  ])(
    'FR-T4, BE-4: without a complaint or testimony the trafficking file is incomplete (%s)',
    (pathway, rule) => {
      const facts = buildCaseFacts({ pathway, situation: { centreSupport: true } });
      expect(findFinding(facts, 'cooperation-missing')).toEqual(
        rule && { code: 'cooperation-missing', effect: 'incomplete', basis: [rule] },
      );
    },
  );

  it.each<CaseEvent>([
    { type: 'complaint-filed', on: '2025-01-10' },
    { type: 'testimony-given', on: '2026-01-10' },
  ])('FR-T4: a $type event, whatever its date, is cooperation', (event) => {
    expect(findFinding(buildCaseFacts({ events: [event] }), 'cooperation-missing')).toBeUndefined();
  });

  it.each([
    [undefined, true],
    [false, true],
    [true, false],
  ])('BE-1: centreSupport %s → centre-support-missing present: %s', (centreSupport, present) => {
    const facts = buildCaseFacts({
      pathway: 'be-trafficking',
      situation: { centreSupport },
      events: COOPERATED,
    });
    expect(findFinding(facts, 'centre-support-missing')).toEqual(
      present
        ? { code: 'centre-support-missing', effect: 'incomplete', basis: ['BE-1'] }
        : undefined,
    );
  });

  it('BE-1: centre support is a Belgian condition only', () => {
    expect(
      findFinding(buildCaseFacts({ events: COOPERATED }), 'centre-support-missing'),
    ).toBeUndefined();
  });

  it.each([
    ['2009-03-10', '2025-03-09', true],
    ['2009-03-10', '2025-03-10', false],
    ['2008-02-29', '2024-02-28', true],
    ['2008-02-29', '2024-02-29', false],
    ['2012-07-01', '2025-06-15', true],
    ['1995-07-01', '2025-06-15', false],
  ])('FR-T9: born %s, on %s under 16: %s (D6)', (birthDate, today, present) => {
    const facts = buildCaseFacts({ person: { birthDate }, events: COOPERATED });
    expect(findFinding(facts, 'minor-under-16', today)).toEqual(
      present ? { code: 'minor-under-16', effect: 'incomplete', basis: ['FR-T9'] } : undefined,
    );
  });

  it('FR-T9: the under-16 finding needs a birth date and concerns fr-trafficking only', () => {
    expect(listFindingCodes(assessCase(buildCaseFacts({ events: COOPERATED }), TODAY))).toEqual([]);
    const humanitarian = buildCaseFacts({
      pathway: 'fr-humanitarian',
      person: { birthDate: '2012-07-01' },
    });
    expect(findFinding(humanitarian, 'minor-under-16')).toBeUndefined();
  });
});

describe('risk findings', () => {
  it.each([
    ['oqtfNotComplied', 'refusal-risk-oqtf'],
    ['documentFraud', 'refusal-risk-fraud'],
    ['seriousOffence', 'refusal-risk-serious-offence'],
    ['violenceAgainstOfficials', 'refusal-risk-violence-officials'],
  ])('FR-T5: %s raises %s on every French pathway and not in Belgium', (flag, code) => {
    for (const pathway of ['fr-trafficking', 'fr-humanitarian', 'fr-prostitution-exit'] as const) {
      const facts = buildCaseFacts({ pathway, situation: { [flag]: true }, events: COOPERATED });
      expect(findFinding(facts, code), pathway).toEqual({ code, effect: 'risk', basis: ['FR-T5'] });
    }
    const belgian = buildCaseFacts({
      pathway: 'be-trafficking',
      situation: { [flag]: true, centreSupport: true },
      events: COOPERATED,
    });
    expect(findFinding(belgian, code)).toBeUndefined();
  });

  it('FR-T5: each ground of refusal has its own code', () => {
    const facts = buildCaseFacts({
      situation: {
        oqtfNotComplied: true,
        documentFraud: true,
        seriousOffence: true,
        violenceAgainstOfficials: true,
      },
      events: COOPERATED,
    });
    expect(listFindingCodes(assessCase(facts, TODAY))).toEqual([
      'refusal-risk-oqtf',
      'refusal-risk-fraud',
      'refusal-risk-serious-offence',
      'refusal-risk-violence-officials',
    ]);
  });

  it.each([
    ['acquittal', true],
    ['closed', true],
    ['investigation', false],
    ['trial', false],
    ['appeal', false],
    ['final-conviction', false],
  ] as const)(
    'FR-T12: proceedings %s → renewal-ground-lost present: %s',
    (proceedings, present) => {
      const facts = buildCaseFacts({ situation: { proceedings }, events: COOPERATED });
      expect(findFinding(facts, 'renewal-ground-lost')).toEqual(
        present ? { code: 'renewal-ground-lost', effect: 'risk', basis: ['FR-T12'] } : undefined,
      );
    },
  );

  it.each<Pathway>(['fr-humanitarian', 'be-trafficking', 'fr-prostitution-exit'])(
    'FR-T12: the lost renewal ground is flagged on fr-trafficking only, not on %s',
    (pathway) => {
      const facts = buildCaseFacts({ pathway, situation: { proceedings: 'acquittal' } });
      expect(findFinding(facts, 'renewal-ground-lost')).toBeUndefined();
    },
  );
});

describe('info findings', () => {
  it.each([
    ['fr-trafficking', '2025-01-10', '2025-02-08', true, 'FR-T2'],
    ['fr-trafficking', '2025-01-10', '2025-02-09', false, 'FR-T2'],
    ['fr-trafficking', '2025-01-10', '2025-01-09', true, 'FR-T2'],
    ['be-trafficking', '2025-01-10', '2025-02-23', true, 'BE-2'],
    ['be-trafficking', '2025-01-10', '2025-02-24', false, 'BE-2'],
  ] as const)(
    'FR-T2, BE-2: on %s, reflection granted %s, on %s in the reflection period: %s',
    (pathway, on, today, present, rule) => {
      const facts = buildCaseFacts({
        pathway,
        events: [{ type: 'reflection-granted', on }, ...COOPERATED],
      });
      expect(findFinding(facts, 'in-reflection-period', today)).toEqual(
        present ? { code: 'in-reflection-period', effect: 'info', basis: [rule] } : undefined,
      );
    },
  );

  it('FR-T1: the reflection period is offered to decide on cooperating, so it is flagged even once answered', () => {
    const facts = buildCaseFacts({
      events: [{ type: 'reflection-granted', on: '2025-01-10' }, ...COOPERATED],
    });
    const assessment = assessCase(facts, '2025-01-20');
    expect(listFindingCodes(assessment)).toEqual(['in-reflection-period']);
    expect(assessment.deadlines[0]?.status).toBe('met');
  });

  it.each([
    ['fr-humanitarian', '2025-02-08', true],
    ['fr-humanitarian', '2025-02-09', false],
    ['fr-prostitution-exit', '2025-02-08', true],
  ] as const)(
    'FR-T2: a reflection period on %s is flagged until its 30th day (today %s: %s)',
    (pathway, today, present) => {
      const facts = buildCaseFacts({
        pathway,
        events: [{ type: 'reflection-granted', on: '2025-01-10' }],
      });
      expect(findFinding(facts, 'in-reflection-period', today)).toEqual(
        present ? { code: 'in-reflection-period', effect: 'info', basis: ['FR-T2'] } : undefined,
      );
    },
  );

  it.each<[string, Partial<CaseFacts>]>([
    [
      'a final-conviction event',
      { events: [...COOPERATED, { type: 'final-conviction', on: '2025-05-02' }] },
    ],
    [
      'proceedings ended in final conviction',
      { events: COOPERATED, situation: { proceedings: 'final-conviction' } },
    ],
  ])('FR-T8: %s gives the right to a resident card', (_label, parts) => {
    expect(findFinding(buildCaseFacts(parts), 'resident-card-right')).toEqual({
      code: 'resident-card-right',
      effect: 'info',
      basis: ['FR-T8'],
    });
    expect(
      findFinding(buildCaseFacts({ ...parts, pathway: 'be-trafficking' }), 'resident-card-right'),
    ).toBeUndefined();
    expect(
      findFinding(buildCaseFacts({ ...parts, pathway: 'fr-humanitarian' }), 'resident-card-right'),
    ).toBeUndefined();
  });

  it.each<[string, Partial<CaseFacts>]>([
    [
      'a final-conviction event',
      { events: [...COOPERATED, { type: 'final-conviction', on: '2025-05-02' }] },
    ],
    [
      'proceedings ended in final conviction',
      { events: COOPERATED, situation: { proceedings: 'final-conviction' } },
    ],
  ])('BE-8: %s makes indefinite stay possible in Belgium', (_label, parts) => {
    const facts = buildCaseFacts({ ...parts, pathway: 'be-trafficking' });
    expect(findFinding(facts, 'indefinite-stay-possible')).toEqual({
      code: 'indefinite-stay-possible',
      effect: 'info',
      basis: ['BE-8'],
    });
    expect(findFinding(buildCaseFacts(parts), 'indefinite-stay-possible')).toBeUndefined();
  });

  it.each([
    ['2014-03-10', '2024-03-10', false],
    ['2014-03-10', '2024-03-11', true],
    ['2012-02-29', '2022-03-01', false],
    ['2012-02-29', '2022-03-02', true],
    ['2020-01-01', '2025-06-15', false],
  ])(
    'FR-H4: arrived %s, on %s more than 10 years of residence: %s (D6)',
    (arrivedOn, today, present) => {
      const facts = buildCaseFacts({ pathway: 'fr-humanitarian', person: { arrivedOn } });
      expect(findFinding(facts, 'commission-required', today)).toEqual(
        present ? { code: 'commission-required', effect: 'info', basis: ['FR-H4'] } : undefined,
      );
    },
  );

  it('FR-H4: the commission concerns the humanitarian pathway only', () => {
    const facts = buildCaseFacts({ person: { arrivedOn: '2001-01-01' }, events: COOPERATED });
    expect(findFinding(facts, 'commission-required')).toBeUndefined();
  });

  it('FR-H1: admission on humanitarian grounds is always discretionary', () => {
    const assessment = assessCase(buildCaseFacts({ pathway: 'fr-humanitarian' }), TODAY);
    expect(assessment.findings).toEqual([
      { code: 'discretionary', effect: 'info', basis: ['FR-H1'] },
    ]);
    expect(assessment.verdict).toBe('eligible');
  });
});

describe('verdict', () => {
  it.each<[Partial<CaseFacts>, string]>([
    [{ events: COOPERATED }, 'eligible'],
    [{ events: [...COOPERATED, { type: 'final-conviction', on: '2025-05-02' }] }, 'eligible'],
    [{ events: COOPERATED, situation: { documentFraud: true } }, 'at-risk'],
    [{ situation: { documentFraud: true } }, 'incomplete'],
    [{ situation: { documentFraud: true, publicOrderThreat: true } }, 'not-eligible'],
    [{ events: COOPERATED, person: { euCitizenOrFamily: true } }, 'not-eligible'],
  ])('FR-T4, FR-T5: the worst effect wins (%o → %s)', (parts, verdict) => {
    expect(assessCase(buildCaseFacts(parts), TODAY).verdict).toBe(verdict);
  });

  it.each([
    [[], 'eligible'],
    [[{ code: 'discretionary', effect: 'info', basis: [] }], 'eligible'],
    [[{ code: 'renewal-ground-lost', effect: 'risk', basis: [] }], 'at-risk'],
    [
      [
        { code: 'renewal-ground-lost', effect: 'risk', basis: [] },
        { code: 'minor-under-16', effect: 'incomplete', basis: [] },
      ],
      'incomplete',
    ],
    [
      [
        { code: 'minor-under-16', effect: 'incomplete', basis: [] },
        { code: 'public-order-threat', effect: 'blocking', basis: [] },
      ],
      'not-eligible',
    ],
  ] as [Finding[], string][])(
    'decideVerdict maps the worst effect of %j to %s',
    (findings, verdict) => {
      expect(decideVerdict(findings)).toBe(verdict);
    },
  );

  it('findings come worst effect first, in the order of FINDING_CODES', () => {
    const facts = buildCaseFacts({
      person: { birthDate: '2012-07-01', euCitizenOrFamily: true },
      situation: {
        publicOrderThreat: true,
        contactWithPerpetrators: true,
        documentFraud: true,
        proceedings: 'closed',
      },
      events: [{ type: 'reflection-granted', on: '2025-06-01' }],
    });
    const codes = listFindingCodes(assessCase(facts, TODAY));
    expect(codes).toEqual([
      'eu-citizen-excluded',
      'public-order-threat',
      'contact-with-perpetrators',
      'cooperation-missing',
      'minor-under-16',
      'refusal-risk-fraud',
      'renewal-ground-lost',
      'in-reflection-period',
    ]);
    const order: readonly string[] = FINDING_CODES;
    expect([...codes].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(codes);
  });
});
