import { describe, expect, it } from 'vitest';
import {
  AppointmentSchema,
  CaseEventSchema,
  CaseFileContentSchema,
  appointmentTimeZone,
  assessCase,
  type CaseEvent,
} from '../../src/domain/index';

const APPOINTMENT = {
  id: 'appointment-1',
  kind: 'prefecture',
  on: '2026-12-01',
  at: '09:30',
  place: 'Préfecture fictive, guichet 3',
  interpreterLanguage: 'ti',
  note: 'Apporter le passeport (exemple fictif).',
} as const;

describe('the appointments of a case file', () => {
  it('a case saved before appointments existed still parses, with no appointment', () => {
    const content = CaseFileContentSchema.parse({ label: 'DEMO-0042', timeline: [] });
    expect(content.appointments).toBeUndefined();
  });

  it('an appointment round-trips through the case file content unchanged', () => {
    const content = CaseFileContentSchema.parse({
      label: 'DEMO-0042',
      appointments: [APPOINTMENT],
    });
    expect(content.appointments).toEqual([APPOINTMENT]);
    expect(CaseFileContentSchema.parse(content).appointments).toEqual([APPOINTMENT]);
  });

  it('needs a day, a clock time and a known kind; place, interpreter and note are optional', () => {
    expect(
      AppointmentSchema.safeParse({ id: 'a', kind: 'hearing', on: '2026-12-01', at: '14:00' })
        .success,
    ).toBe(true);
    const refused = AppointmentSchema.safeParse({
      id: 'a',
      kind: 'party',
      on: '2026-02-30',
      at: '25:00',
      interpreterLanguage: 'Tigrinya',
    });
    expect(refused.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['kind', 'validation.required'],
      ['on', 'validation.date.impossible'],
      ['at', 'validation.time.invalid'],
      ['interpreterLanguage', 'validation.invalid'],
    ]);
  });

  it.each([
    ['fr-trafficking', 'Europe/Paris'],
    ['fr-humanitarian', 'Europe/Paris'],
    ['fr-prostitution-exit', 'Europe/Paris'],
    ['be-trafficking', 'Europe/Brussels'],
  ] as const)('a %s case reads its appointments in %s time', (pathway, zone) => {
    expect(appointmentTimeZone(pathway)).toBe(zone);
  });
});

describe('the ANEF application number and the récépissé numbers on timeline events', () => {
  const numbered: CaseEvent[] = [
    { type: 'reflection-granted', on: '2026-01-10', documentNumber: 'R-0001' },
    {
      type: 'application-filed',
      on: '2026-03-01',
      application: 'first',
      anefNumber: '7500000000000',
    },
    {
      type: 'permit-issued',
      permit: 'fr-cst-vpf',
      validFrom: '2026-04-01',
      validUntil: '2027-03-31',
      documentNumber: 'CARTE-0002',
    },
    {
      type: 'prolongation-issued',
      validFrom: '2026-03-02',
      validUntil: '2026-05-01',
      documentNumber: 'API-0003',
    },
  ];
  const bare = numbered.map((event) => {
    const {
      anefNumber: _anef,
      documentNumber: _document,
      ...rest
    } = event as CaseEvent & {
      anefNumber?: string;
      documentNumber?: string;
    };
    return rest;
  });

  it('events recorded without a number stay valid, and a number is kept when given', () => {
    for (const event of bare) expect(CaseEventSchema.parse(event)).toEqual(event);
    for (const event of numbered) expect(CaseEventSchema.parse(event)).toEqual(event);
  });

  it('refuses an empty or overlong number', () => {
    expect(
      CaseEventSchema.safeParse({
        type: 'reflection-granted',
        on: '2026-01-10',
        documentNumber: ' ',
      }).error?.issues[0]?.message,
    ).toBe('validation.required');
    expect(
      CaseEventSchema.safeParse({
        type: 'application-filed',
        on: '2026-03-01',
        application: 'first',
        anefNumber: '7'.repeat(41),
      }).error?.issues[0]?.message,
    ).toBe('validation.tooLong');
  });

  it('the rules ignore the numbers: the same assessment with or without them', () => {
    const facts = (events: CaseEvent[]) => ({
      pathway: 'fr-trafficking' as const,
      person: { birthDate: '1990-01-01' },
      situation: {},
      events,
    });
    expect(assessCase(facts(numbered), '2026-06-01')).toEqual(
      assessCase(facts(bare), '2026-06-01'),
    );
  });
});
