import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toCaseReference, type CaseFile } from '../../../src/domain';
import { collectAppointments } from '../../../src/features/deadlines/collect-appointments';
import { buildCalendar } from '../../../src/features/deadlines/ics';
import { createCaseOverviewCache } from '../../../src/queries/case-overviews';

const TODAY = '2026-11-22';

/** Fictional people whose appointments hold everything the calendar must never carry. */
function caseWith(id: string, pathway: CaseFile['pathway'], label: string): CaseFile {
  return {
    id,
    pathway,
    label,
    identity: { givenNames: 'Aube', birthNames: 'Fictive-Exemple' },
    contact: {},
    person: {},
    housing: {},
    family: { children: [] },
    languages: { spoken: [] },
    situation: {},
    proceedings: {},
    timeline: [],
    documents: {},
    application: {},
    appointments: [
      {
        id: 'winter',
        kind: 'prefecture',
        on: '2026-12-01',
        at: '09:30',
        place: 'Préfecture Imaginaire, guichet 3',
        interpreterLanguage: 'ti',
        note: 'Apporter le passeport de Aube',
      },
      { id: 'summer', kind: 'hearing', on: '2027-07-01', at: '14:00' },
      { id: 'past', kind: 'medical', on: '2026-11-21', at: '10:00' },
    ],
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    rev: 2,
  };
}

const paris = caseWith('01a2f3c4-0000-7000-8000-00000000abcd', 'fr-trafficking', 'Aube Fictive');
const brussels = caseWith('01a2f3c4-0000-7000-8000-0000000be123', 'be-trafficking', 'Bé Fictive');

function calendarOf(cases: CaseFile[]): string {
  const appointments = collectAppointments(
    createCaseOverviewCache().overviewsOf(cases, TODAY),
    TODAY,
  );
  return buildCalendar(
    [],
    new Date('2026-11-22T08:00:00Z'),
    appointments.map((appointment) => ({
      uid: `${appointment.caseId}-${appointment.id}`,
      on: appointment.on,
      at: appointment.at,
      timeZone: appointment.timeZone,
      summary: `Dossier ${appointment.caseReference} : rendez-vous, ${appointment.kind}`,
      description: 'Passerelle — rendez-vous.',
    })),
  );
}

function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('the upcoming appointments', () => {
  it('lists today and later only, soonest first, each with its case reference and time zone', () => {
    const appointments = collectAppointments(
      createCaseOverviewCache().overviewsOf([brussels, paris], TODAY),
      TODAY,
    );
    expect(
      appointments.map(({ id, caseReference, timeZone }) => [id, caseReference, timeZone]),
    ).toEqual([
      ['winter', toCaseReference(brussels.id), 'Europe/Brussels'],
      ['winter', toCaseReference(paris.id), 'Europe/Paris'],
      ['summer', toCaseReference(brussels.id), 'Europe/Brussels'],
      ['summer', toCaseReference(paris.id), 'Europe/Paris'],
    ]);
  });
});

describe('the calendar export of appointments', () => {
  it('puts each upcoming appointment at its local time in its time zone, winter and summer alike', () => {
    const text = calendarOf([paris]);
    expect(text).toContain('TZID:Europe/Paris');
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20261201T093000');
    const events = eventsOf(text);
    expect(events).toHaveLength(2);
    const [winter, summer] = events;
    // 09:30 in Paris in December is 08:30 UTC (CET); 14:00 in July is 12:00 UTC (CEST).
    expect(winter?.startDate.toJSDate().toISOString()).toBe('2026-12-01T08:30:00.000Z');
    expect(summer?.startDate.toJSDate().toISOString()).toBe('2027-07-01T12:00:00.000Z');
  });

  it('reminds the day before and two hours before', () => {
    const [event] = eventsOf(calendarOf([paris]));
    const triggers = event?.component
      .getAllSubcomponents('valarm')
      .map((alarm) => String(alarm.getFirstPropertyValue('trigger')));
    expect(triggers).toEqual(['-P1D', '-PT2H']);
  });

  it('names the kind and the short reference only: no name, pseudonym, place, note or interpreter', () => {
    const text = calendarOf([paris, brussels]);
    expect(text).toContain(toCaseReference(paris.id));
    expect(text).toContain(toCaseReference(brussels.id));
    expect(text).toContain('TZID:Europe/Brussels');
    for (const personal of ['Aube', 'Fictive', 'Préfecture Imaginaire', 'guichet', 'passeport'])
      expect(text).not.toContain(personal);
    // The interpreter language, neither as its code nor as its name.
    expect(text).not.toMatch(/\bti\b/);
    expect(text).not.toMatch(/tigrinya/i);
  });
});
