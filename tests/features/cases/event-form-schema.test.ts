import { describe, expect, it } from 'vitest';
import {
  buildEventFormSchema,
  eventTypesFor,
  permitKindsFor,
  toCaseEvent,
  toEventForm,
} from '../../../src/features/cases/event-form-schema';

const TODAY = '2026-11-30';

describe('the timeline event form', () => {
  it('offers an OQTF on French cases and an order to leave on Belgian ones, never the other', () => {
    expect(eventTypesFor('fr-trafficking')).toContain('oqtf-notified');
    expect(eventTypesFor('fr-trafficking')).not.toContain('order-to-leave-notified');
    expect(eventTypesFor('be-trafficking')).toContain('order-to-leave-notified');
    expect(eventTypesFor('be-trafficking')).not.toContain('oqtf-notified');
    expect(permitKindsFor('fr-humanitarian').every((kind) => kind.startsWith('fr-'))).toBe(true);
    expect(permitKindsFor('be-trafficking').every((kind) => kind.startsWith('be-'))).toBe(true);
  });

  it('refuses, with a translated message, an event or a permit of the other country', () => {
    const schema = buildEventFormSchema(TODAY, 'be-trafficking');
    const oqtf = schema.safeParse({
      ...toEventForm('be-trafficking'),
      type: 'oqtf-notified',
      on: '2026-11-20',
    });
    expect(oqtf.success).toBe(false);
    expect(oqtf.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toContainEqual(
      ['type', 'validation.code.otherCountry'],
    );
    const permit = schema.safeParse({
      ...toEventForm('be-trafficking'),
      type: 'permit-issued',
      permit: 'fr-cst-vpf',
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
    });
    expect(permit.error?.issues.map((issue) => issue.path.join('.'))).toContain('permit');
  });

  it('FR-A6, FR-A8, FR-A10: records the OQTF with the situation, the departure period and the hour', () => {
    const values = {
      ...toEventForm('fr-trafficking'),
      type: 'oqtf-notified' as const,
      on: '2026-11-20',
      situation: 'retention' as const,
      departurePeriod: 'no' as const,
      at: '16:45',
    };
    expect(buildEventFormSchema(TODAY, 'fr-trafficking').safeParse(values).success).toBe(true);
    expect(toCaseEvent(values)).toEqual({
      type: 'oqtf-notified',
      on: '2026-11-20',
      situation: 'retention',
      departurePeriod: false,
      at: '16:45',
    });
    // An unknown departure period and no hour are left out, not recorded as false or ''.
    expect(toCaseEvent({ ...values, departurePeriod: '', at: '' })).toEqual({
      type: 'oqtf-notified',
      on: '2026-11-20',
      situation: 'retention',
    });
  });

  it('reads back a recorded OQTF and order to leave into the form as they were', () => {
    expect(
      toEventForm('fr-trafficking', {
        event: {
          type: 'oqtf-notified',
          on: '2026-11-20',
          situation: 'free',
          departurePeriod: true,
        },
      }),
    ).toMatchObject({ type: 'oqtf-notified', departurePeriod: 'yes', situation: 'free' });
    expect(
      toEventForm('be-trafficking', {
        event: { type: 'order-to-leave-notified', on: '2026-11-20', detained: true },
        note: 'Notifié au centre',
      }),
    ).toMatchObject({ detained: true, note: 'Notifié au centre' });
  });

  it('refuses a notification dated in the future and an hour that is not one', () => {
    const schema = buildEventFormSchema(TODAY, 'fr-trafficking');
    const result = schema.safeParse({
      ...toEventForm('fr-trafficking'),
      type: 'oqtf-notified',
      on: '2026-12-01',
      at: '25:00',
    });
    const messages = result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(messages).toContainEqual(['at', 'validation.time.invalid']);
    const future = schema.safeParse({
      ...toEventForm('fr-trafficking'),
      type: 'appeal-filed',
      on: '2026-12-01',
    });
    expect(future.error?.issues.map((issue) => issue.message)).toContain('validation.date.future');
  });
});
