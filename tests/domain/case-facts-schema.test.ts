import { describe, expect, it } from 'vitest';
import {
  CaseEventSchema,
  CaseFactsSchema,
  EVENT_TYPES,
  InvalidCaseFactsError,
  PermitIssuedEventSchema,
  VALIDITY_ORDER_ISSUE,
  assessCase,
  isValidityOrdered,
  type CaseFacts,
} from '../../src/domain/index';
import { buildCaseFacts } from './build-case-facts';

const TODAY = '2025-06-15';

function captureError(run: () => unknown): InvalidCaseFactsError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidCaseFactsError) return error;
    throw error;
  }
  throw new Error('expected an InvalidCaseFactsError');
}

/** Facts as a careless caller might pass them: the cast is the point of these tests. */
function castFacts(value: unknown): CaseFacts {
  return value as CaseFacts;
}

describe('input errors name the field', () => {
  it.each([
    [
      'an impossible date',
      buildCaseFacts({ events: [{ type: 'complaint-filed', on: '2025-02-30' }] }),
      'events.0.on',
    ],
    [
      'a malformed date',
      buildCaseFacts({ events: [{ type: 'complaint-filed', on: '2025-2-3' }] }),
      'events.0.on',
    ],
    [
      'validUntil before validFrom',
      buildCaseFacts({
        events: [
          { type: 'complaint-filed', on: '2025-01-10' },
          { type: 'testimony-given', on: '2025-01-12' },
          {
            type: 'permit-issued',
            permit: 'fr-cst-vpf',
            validFrom: '2025-03-01',
            validUntil: '2025-02-28',
          },
        ],
      }),
      'events.2.validUntil',
    ],
    [
      'a prolongation ending before it starts',
      buildCaseFacts({
        events: [
          { type: 'prolongation-issued', validFrom: '2025-03-01', validUntil: '2024-12-01' },
        ],
      }),
      'events.0.validUntil',
    ],
    ['an unknown pathway', castFacts({ ...buildCaseFacts(), pathway: 'fr-asylum' }), 'pathway'],
    [
      'an unknown event type',
      castFacts({ ...buildCaseFacts(), events: [{ type: 'visa-granted', on: '2025-01-10' }] }),
      'events.0.type',
    ],
    [
      'an unknown permit kind',
      castFacts({
        ...buildCaseFacts(),
        events: [
          { type: 'complaint-filed', on: '2025-01-10' },
          {
            type: 'permit-issued',
            permit: 'fr-visa',
            validFrom: '2025-01-10',
            validUntil: '2026-01-09',
          },
        ],
      }),
      'events.1.permit',
    ],
    [
      'an unknown application kind',
      castFacts({
        ...buildCaseFacts(),
        events: [{ type: 'application-filed', on: '2025-01-10', application: 'asylum' }],
      }),
      'events.0.application',
    ],
    [
      'an unknown decision outcome',
      castFacts({
        ...buildCaseFacts(),
        events: [{ type: 'decision', on: '2025-01-10', outcome: 'maybe' }],
      }),
      'events.0.outcome',
    ],
    [
      'an impossible birth date',
      buildCaseFacts({ person: { birthDate: '2007-13-01' } }),
      'person.birthDate',
    ],
    [
      'an unknown housing',
      castFacts({ ...buildCaseFacts(), person: { housing: 'tent' } }),
      'person.housing',
    ],
    [
      'an unknown parental authority case',
      castFacts({ ...buildCaseFacts(), person: { parentalAuthority: 'grandparents' } }),
      'person.parentalAuthority',
    ],
    [
      'an unknown stage of proceedings',
      castFacts({ ...buildCaseFacts(), situation: { proceedings: 'settled' } }),
      'situation.proceedings',
    ],
    [
      'a flag that is not a boolean',
      castFacts({ ...buildCaseFacts(), situation: { publicOrderThreat: 'no' } }),
      'situation.publicOrderThreat',
    ],
    [
      'missing events',
      castFacts({ pathway: 'fr-trafficking', person: {}, situation: {} }),
      'events',
    ],
    ['facts that are not an object', castFacts(null), 'facts'],
  ])('%s is rejected with the field %s named', (_label, facts, field) => {
    const error = captureError(() => assessCase(facts, TODAY));
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
    expect(error.name).toBe('InvalidCaseFactsError');
    expect(error).toBeInstanceOf(Error);
    expect(error.issues.length).toBeGreaterThan(0);
  });

  it.each(['2025-02-30', '2025-6-15', '15/06/2025', '', undefined])(
    'a malformed today %j is rejected naming today',
    (today) => {
      const error = captureError(() => assessCase(buildCaseFacts(), today as string));
      expect(error.field).toBe('today');
      expect(error.message).toContain('today');
    },
  );

  it('messages are translation keys for the dates and codes a form shows', () => {
    const facts = castFacts({
      pathway: 'fr-trafficking',
      person: { birthDate: '2025-02-30', housing: 'tent' },
      situation: {},
      events: [
        {
          type: 'permit-issued',
          permit: 'fr-aps',
          validFrom: '2025-03-01',
          validUntil: '2025-02-01',
        },
      ],
    });
    const error = captureError(() => assessCase(facts, TODAY));
    expect(error.issues).toEqual([
      { field: 'person.birthDate', message: 'validation.date.impossible' },
      { field: 'person.housing', message: 'validation.code.unknown' },
      { field: 'events.0.validUntil', message: 'validation.date.order' },
    ]);
  });

  it('an error built without issues still names the whole facts', () => {
    const error = new InvalidCaseFactsError([]);
    expect(error.field).toBe('facts');
    expect(error.message).toBe('Invalid case facts at facts: invalid');
  });

  it('a validity of a single day (validUntil = validFrom) is accepted', () => {
    const facts = buildCaseFacts({
      events: [{ type: 'prolongation-issued', validFrom: '2025-03-01', validUntil: '2025-03-01' }],
    });
    expect(() => assessCase(facts, TODAY)).not.toThrow();
  });

  it('unknown keys are dropped rather than rejected, so stored records with ids still assess', () => {
    const facts = castFacts({
      ...buildCaseFacts(),
      id: 'case-fictional-1',
      events: [{ id: 'event-1', type: 'complaint-filed', on: '2025-01-10' }],
    });
    const parsed = CaseFactsSchema.parse(facts);
    expect(parsed.events).toEqual([{ type: 'complaint-filed', on: '2025-01-10' }]);
    expect(() => assessCase(facts, TODAY)).not.toThrow();
  });
});

describe('schemas for the forms', () => {
  it('the event schema knows exactly the event types of EVENT_TYPES', () => {
    const types = CaseEventSchema.options.map((option) => option.shape.type.value);
    expect(types).toEqual([...EVENT_TYPES]);
  });

  it('a form can pick from the bare permit schema and apply the same order check', () => {
    const form = PermitIssuedEventSchema.pick({ validFrom: true, validUntil: true }).refine(
      isValidityOrdered,
      VALIDITY_ORDER_ISSUE,
    );
    const result = form.safeParse({ validFrom: '2025-03-01', validUntil: '2025-02-01' });
    expect(result.error?.issues[0]?.path).toEqual(['validUntil']);
    expect(result.error?.issues[0]?.message).toBe('validation.date.order');
    expect(form.safeParse({ validFrom: '2025-03-01', validUntil: '2026-02-28' }).success).toBe(
      true,
    );
  });
});
