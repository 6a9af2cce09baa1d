/**
 * The appeal rules beyond what the contract fixes (docs/rules.md §4 bis and BE-A*): the departure
 * period, the hour of a rétention, the rules shown as information, the conservative choices on
 * the same day, and the pack version chosen by the day of the decision. Fictional cases.
 */
import { describe, expect, it } from 'vitest';
import {
  EVENT_TYPES,
  assessCase,
  findDeparturePeriodEnd,
  getRule,
  type CaseEvent,
  type Pathway,
} from '../../src/domain/index';
import { buildCaseFacts, findDeadline, listFindingCodes } from './build-case-facts';

const oqtf = (
  on: string,
  situation: 'free' | 'assigned-or-detained' | 'retention',
  extra: { departurePeriod?: boolean; at?: string } = {},
): CaseEvent => ({ type: 'oqtf-notified', on, situation, ...extra });

describe('FR-A10 the departure period', () => {
  it.each([
    ['2026-01-31', '2026-03-02'],
    ['2024-01-31', '2024-03-01'],
    ['2026-03-10', '2026-04-09'],
    ['2026-12-15', '2027-01-14'],
    ['2024-07-14', '2024-08-13'],
  ])('FR-A10: an OQTF notified on %s leaves until %s to depart (30 days, D3)', (on, end) => {
    expect(findDeparturePeriodEnd(on)).toBe(end);
  });

  it.each(['2026-02-30', '2026-1-05', ''])(
    'FR-A10: a notification day %j that is not a plain date throws naming notifiedOn',
    (on) => {
      expect(() => findDeparturePeriodEnd(on)).toThrow(/notifiedOn/);
    },
  );

  it('FR-A10: the departure period is separate from the time to appeal, and granting none shortens the appeal to 7 days (FR-A6)', () => {
    const withPeriod = assessCase(
      buildCaseFacts({ events: [oqtf('2026-01-31', 'free', { departurePeriod: true })] }),
      '2026-02-01',
    );
    const without = assessCase(
      buildCaseFacts({ events: [oqtf('2026-01-31', 'free', { departurePeriod: false })] }),
      '2026-02-01',
    );
    expect(findDeadline(withPeriod, 'fr.appeal.oqtf')?.due).toBe('2026-02-28');
    expect(findDeadline(without, 'fr.appeal.oqtf')?.due).toBe('2026-02-07');
    expect(findDeparturePeriodEnd('2026-01-31')).toBe('2026-03-02');
  });
});

describe('FR-A8 rétention, 48 hours by the hour', () => {
  it.each([
    ['2026-12-31', '14:30', '2027-01-01', '2027-01-02'],
    ['2028-02-27', '00:00', '2028-02-28', '2028-02-29'],
    ['2026-03-10', '23:59', '2026-03-11', '2026-03-12'],
  ])(
    'FR-A8: notified on %s at %s, the last full day is %s and the 48 hours end on %s at that hour',
    (on, at, due, endsOn) => {
      const deadline = findDeadline(
        assessCase(buildCaseFacts({ events: [oqtf(on, 'retention', { at })] }), on),
        'fr.appeal.oqtf',
      );
      expect(deadline).toEqual({
        code: 'fr.appeal.oqtf',
        due,
        status: 'open',
        basis: ['FR-A8'],
        endsAt: { on: endsOn, at },
      });
    },
  );

  it('FR-A8: the status follows the last full day, not the end of the 48 hours', () => {
    const events = [oqtf('2026-03-10', 'retention', { at: '09:15' })];
    const deadline = findDeadline(
      assessCase(buildCaseFacts({ events }), '2026-03-12'),
      'fr.appeal.oqtf',
    );
    expect(deadline).toMatchObject({
      status: 'overdue',
      endsAt: { on: '2026-03-12', at: '09:15' },
    });
  });

  it.each([
    ['free', '10:00'],
    ['assigned-or-detained', '10:00'],
    ['retention', undefined],
  ] as const)('FR-A8: an OQTF (%s, at %s) has no endsAt', (situation, at) => {
    const event =
      at === undefined ? oqtf('2026-03-10', situation) : oqtf('2026-03-10', situation, { at });
    const deadline = findDeadline(
      assessCase(buildCaseFacts({ events: [event] }), '2026-03-10'),
      'fr.appeal.oqtf',
    );
    expect(deadline).not.toHaveProperty('endsAt');
  });

  it.each(['24:00', '9:15', '12:60'])(
    'FR-A8: an hour %j that is not HH:MM is an input error naming at',
    (at) => {
      expect(() =>
        assessCase(
          buildCaseFacts({ events: [oqtf('2026-03-10', 'retention', { at })] }),
          '2026-03-10',
        ),
      ).toThrow(/events\.0\.at/);
    },
  );
});

describe('the conservative choices on the same day', () => {
  it.each([
    ['free', 'retention', '2026-03-11', 'FR-A8'],
    ['assigned-or-detained', 'free', '2026-03-17', 'FR-A7'],
    ['free', 'free', '2026-04-10', 'FR-A6'],
  ] as const)(
    'FR-A6: two OQTFs notified the same day (%s, %s): the shorter deadline, %s',
    (first, second, due, rule) => {
      const events = [oqtf('2026-03-10', first), oqtf('2026-03-10', second)];
      for (const order of [events, [...events].reverse()]) {
        const deadline = findDeadline(
          assessCase(buildCaseFacts({ events: order }), '2026-03-10'),
          'fr.appeal.oqtf',
        );
        expect(deadline).toMatchObject({ due, basis: [rule] });
      }
    },
  );

  it('BE-A2: two orders to leave the same day, one saying detained: 10 days', () => {
    const events: CaseEvent[] = [
      { type: 'order-to-leave-notified', on: '2026-03-10' },
      { type: 'order-to-leave-notified', on: '2026-03-10', detained: true },
    ];
    const deadline = findDeadline(
      assessCase(buildCaseFacts({ pathway: 'be-trafficking', events }), '2026-03-10'),
      'be.appeal',
    );
    expect(deadline).toMatchObject({ due: '2026-03-20', basis: ['BE-A1', 'BE-A2'] });
  });

  it('BE-A2: a detained order older than the latest order does not shorten it', () => {
    const events: CaseEvent[] = [
      { type: 'order-to-leave-notified', on: '2026-03-01', detained: true },
      { type: 'order-to-leave-notified', on: '2026-03-10' },
    ];
    const deadline = findDeadline(
      assessCase(buildCaseFacts({ pathway: 'be-trafficking', events }), '2026-03-10'),
      'be.appeal',
    );
    expect(deadline).toMatchObject({ due: '2026-04-09', basis: ['BE-A1'] });
  });
});

describe('rules shown as information', () => {
  it('FR-A6: a legal-aid request is recorded and computes nothing', () => {
    expect(EVENT_TYPES).toContain('legal-aid-requested');
    const events: CaseEvent[] = [oqtf('2026-03-10', 'free')];
    const without = assessCase(buildCaseFacts({ events }), '2026-03-20');
    const withAid = assessCase(
      buildCaseFacts({ events: [...events, { type: 'legal-aid-requested', on: '2026-03-12' }] }),
      '2026-03-20',
    );
    expect(withAid).toEqual(without);
  });

  it('FR-A2: the core counts every appeal deadline as if the notification stated the ways of appeal', () => {
    const assessment = assessCase(
      buildCaseFacts({ events: [{ type: 'decision', on: '2026-01-31', outcome: 'refused' }] }),
      '2026-04-01',
    );
    expect(findDeadline(assessment, 'fr.appeal.refusal')?.status).toBe('overdue');
    expect(getRule('FR-A2')?.basis).toBe('CJA R421-5');
  });

  it('FR-A9 FR-A11 BE-A3: informative rules carry basis and confidence to the screen', () => {
    expect(getRule('FR-A9')).toMatchObject({
      basis: 'L722-7 (number not verified)',
      confidence: 'M/L',
    });
    expect(getRule('FR-A11')).toMatchObject({ basis: 'R425-2', confidence: 'H' });
    expect(getRule('BE-A3')).toMatchObject({ basis: 'art. 39/82', confidence: 'H' });
  });

  it('FR-A11: an OQTF during the reflection period leaves both visible: the period protects from removal', () => {
    const events: CaseEvent[] = [
      { type: 'reflection-granted', on: '2026-03-01' },
      oqtf('2026-03-10', 'free'),
    ];
    const assessment = assessCase(buildCaseFacts({ events }), '2026-03-12');
    expect(listFindingCodes(assessment)).toEqual(
      expect.arrayContaining(['in-reflection-period', 'appeal-deadline-running']),
    );
    expect(findDeadline(assessment, 'fr.reflection.end')?.due).toBe('2026-03-30');
  });
});

describe('which pathways compute the appeals', () => {
  it.each<[Pathway, boolean]>([
    ['fr-trafficking', true],
    ['fr-humanitarian', true],
    ['fr-prostitution-exit', true],
    ['be-trafficking', false],
  ])('FR-A1 FR-A4 on %s the French appeal deadlines exist: %s', (pathway, french) => {
    const events: CaseEvent[] = [
      { type: 'application-filed', on: '2025-09-01', application: 'first' },
      oqtf('2026-03-10', 'free'),
      { type: 'decision', on: '2026-03-01', outcome: 'refused' },
      { type: 'application-filed', on: '2026-03-05', application: 'renewal' },
    ];
    const codes = assessCase(buildCaseFacts({ pathway, events }), '2026-07-06').deadlines.map(
      (deadline) => deadline.code,
    );
    for (const code of [
      'fr.appeal.refusal',
      'fr.appeal.oqtf',
      'fr.implicit.refusal',
      'fr.appeal.implicit',
    ] as const) {
      expect(codes.includes(code)).toBe(french);
    }
    expect(codes.includes('be.appeal')).toBe(!french);
  });
});

describe('the pack version of an appeal deadline', () => {
  it('FR-A7: an OQTF notified before 2024-07-15 is counted with the first version (the older regime is not carried)', () => {
    const deadline = findDeadline(
      assessCase(
        buildCaseFacts({ events: [oqtf('2024-07-01', 'assigned-or-detained')] }),
        '2024-07-02',
      ),
      'fr.appeal.oqtf',
    );
    expect(deadline).toMatchObject({ due: '2024-07-08', basis: ['FR-A7'] });
    expect(getRule('FR-A7', '2024-07-01')).toMatchObject({
      packVersion: 1,
      appliesFrom: '2024-07-15',
    });
  });

  it('BE-A1: the Belgian appeal uses the be-trafficking version in force on the day of the order', () => {
    const deadline = findDeadline(
      assessCase(
        buildCaseFacts({
          pathway: 'be-trafficking',
          events: [{ type: 'order-to-leave-notified', on: '2016-05-02' }],
        }),
        '2016-05-03',
      ),
      'be.appeal',
    );
    expect(deadline).toMatchObject({ due: '2016-06-01', status: 'open' });
  });
});
