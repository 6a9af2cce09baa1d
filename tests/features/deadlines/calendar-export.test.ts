import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toCaseFacts, toCaseReference, type CaseFile } from '../../../src/domain';
import { assessCase } from '../../../src/domain';
import { collectDeadlines } from '../../../src/features/deadlines/collect-deadlines';
import { buildCalendar, toCalendarDeadlines } from '../../../src/features/deadlines/ics';
import { createCaseOverviewCache } from '../../../src/queries/case-overviews';

const TODAY = '2026-11-22';

/** A fictional person with everything the calendar must never carry. */
const caseFile: CaseFile = {
  id: '01a2f3c4-0000-7000-8000-00000000abcd',
  pathway: 'fr-trafficking',
  label: 'Aube Fictive-Exemple',
  identity: { givenNames: 'Aube', birthNames: 'Fictive-Exemple', nationality: 'NG' },
  contact: { phone: '+33 6 00 00 00 00' },
  person: { birthDate: '2010-01-31', housing: 'hosted' },
  housing: { address: '12 rue Imaginaire, 75000 Paris' },
  family: { children: [] },
  languages: { spoken: [] },
  situation: {},
  proceedings: {},
  timeline: [
    {
      id: 'e1',
      event: { type: 'reflection-granted', on: '2026-11-20' },
      recordedAt: '2026-11-20T10:00:00.000Z',
    },
    {
      id: 'e2',
      event: { type: 'complement-requested', openedOn: '2026-11-01' },
      recordedAt: '2026-11-01T10:00:00.000Z',
    },
  ],
  documents: {},
  application: {},
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
  rev: 3,
};

function calendarOf(cases: CaseFile[]): string {
  const deadlines = collectDeadlines(createCaseOverviewCache().overviewsOf(cases, TODAY)).filter(
    (deadline) => deadline.status !== 'met',
  );
  return buildCalendar(
    toCalendarDeadlines(deadlines, (deadline, moment) => ({
      summary: `Dossier ${toCaseReference(deadline.caseId)} : ${moment} ${deadline.code}, échéance ; « test »`,
      description: `Règles ${deadline.basis.join(', ')}`,
    })),
    new Date('2026-11-22T08:00:00Z'),
  );
}

describe('the calendar export of upcoming deadlines', () => {
  it('parses as a valid iCalendar with one all-day event per upcoming deadline, on its due date', () => {
    const text = calendarOf([caseFile]);
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const events = calendar
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component));
    const expected = assessCase(toCaseFacts(caseFile), TODAY).deadlines.filter(
      (deadline) => deadline.status !== 'met',
    );

    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(expected.every((deadline) => deadline.opens === undefined)).toBe(true);
    expect(events).toHaveLength(expected.length);
    for (const [index, deadline] of expected.entries()) {
      const event = events[index];
      expect(event?.startDate.isDate).toBe(true);
      expect(event?.startDate.toString()).toBe(deadline.due);
    }
    expect(events[0]?.summary).toBe(
      `Dossier ${toCaseReference(caseFile.id)} : due ${expected[0]?.code}, échéance ; « test »`,
    );
  });

  it('FR-G1 a renewal window is two events: the day it opens and its last day, each with its reminder', () => {
    const withPermit: CaseFile = {
      ...caseFile,
      timeline: [
        {
          id: 'p1',
          // D2: last valid day 2027-06-14; FR-G1: the window runs 120 to 60 days before.
          event: {
            type: 'permit-issued',
            permit: 'fr-cst-vpf',
            validFrom: '2026-06-15',
            validUntil: '2027-06-14',
          },
          recordedAt: '2026-06-15T10:00:00.000Z',
        },
      ],
    };
    const window = assessCase(toCaseFacts(withPermit), TODAY).deadlines.find(
      (deadline) => deadline.opens !== undefined,
    );
    expect(window?.basis).toContain('FR-G1');
    const events = new ICAL.Component(ICAL.parse(calendarOf([withPermit])) as unknown[])
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component));
    const ofWindow = events.filter((event) => event.summary.includes(` ${window?.code ?? '?'},`));
    expect(
      ofWindow.map((event) => [event.summary.split(' ')[3], event.startDate.toString()]),
    ).toEqual([
      ['opens', window?.opens],
      ['due', window?.due],
    ]);
    expect(new Set(ofWindow.map((event) => event.uid)).size).toBe(2);
    for (const event of ofWindow)
      expect(event.component.getFirstSubcomponent('valarm')).not.toBeNull();
  });

  it('carries no name, pseudonym, birth date, phone or address of the person', () => {
    const text = calendarOf([caseFile]);
    for (const secret of [
      'Aube',
      'Fictive',
      'Exemple',
      '2010-01-31',
      '20100131',
      '+33',
      'Imaginaire',
      '75000',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('folds long lines at 75 octets as RFC 5545 requires', () => {
    const text = buildCalendar(
      [{ uid: 'x', due: '2026-12-01', summary: 'é'.repeat(120), description: 'd' }],
      new Date('2026-11-22T08:00:00Z'),
    );
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent') ?? undefined,
    );
    expect(event.summary).toBe('é'.repeat(120));
  });
});
