/**
 * The fictional demo vault: its passphrase is printed on the unlock screen of the demo modes.
 * Sixteen invented people, dated relative to the day the demo starts so that there are always
 * overdue, urgent and later deadlines, on every pathway, with minors and every kind of housing.
 */
import {
  lastValidDay,
  shiftDays,
  type CaseEvent,
  type DateLength,
  type PermitKind,
} from '../domain';
import type { CaseFileContentInput } from '../domain';
import type { Repositories } from '../storage/storage';

export const DEMO_PASSPHRASE = 'demo-passerelle-2026';

type Pathway = 'fr-trafficking' | 'fr-humanitarian' | 'be-trafficking' | 'fr-prostitution-exit';

function yearsBefore(today: string, years: number, days = 0): string {
  const year = Number(today.slice(0, 4)) - years;
  return shiftDays(
    `${String(year).padStart(4, '0')}${today.slice(4, 8)}${today.slice(4, 7) === '-02' && today.slice(8) === '29' ? '28' : today.slice(8)}`,
    -days,
  );
}

function demoCases(today: string): { pathway: Pathway; content: CaseFileContentInput }[] {
  const ago = (days: number) => shiftDays(today, -days);
  let entry = 0;
  const timeline = (...events: CaseEvent[]) =>
    events.map((event) => ({
      id: `demo-event-${(entry += 1)}`,
      event,
      recordedAt: `${today}T09:00:00.000Z`,
    }));
  const permit = (kind: PermitKind, from: string, length: DateLength): CaseEvent => ({
    type: 'permit-issued',
    permit: kind,
    validFrom: from,
    validUntil: lastValidDay(from, length),
  });
  const person = (label: string, givenNames: string, nationality: string) => ({
    label: `${label} (fictive)`,
    identity: { givenNames, birthNames: 'Exemple', nationality },
  });
  return [
    {
      pathway: 'fr-trafficking',
      content: {
        ...person('DEMO-FR-001', 'Aube', 'NG'),
        person: { birthDate: '1998-05-14', housing: 'hosted', arrivedOn: ago(400) },
        housing: { hostName: 'Hébergeuse fictive' },
        timeline: timeline({ type: 'reflection-granted', on: ago(20) }),
        appointments: [
          {
            id: 'demo-appointment-1',
            kind: 'prefecture',
            on: shiftDays(today, 3),
            at: '09:30',
            place: 'Préfecture fictive, guichet des étrangers',
            interpreterLanguage: 'pcm',
            note: 'Apporter le récépissé (exemple fictif).',
          },
          { id: 'demo-appointment-2', kind: 'medical', on: shiftDays(today, 12), at: '14:15' },
        ],
      },
    },
    {
      pathway: 'fr-trafficking',
      content: {
        ...person('DEMO-FR-002', 'Brise', 'AL'),
        person: { birthDate: '1994-11-02', housing: 'own' },
        // A domicile proof that will be too old on the planned filing date (FR-C2).
        plannedFilingOn: shiftDays(today, 10),
        documents: { 'domicile-proof': { status: 'received', issuedOn: ago(180) } },
        situation: { proceedings: 'investigation' },
        timeline: timeline(
          { type: 'complaint-filed', on: ago(420) },
          permit('fr-cst-vpf', ago(300), { years: 1 }),
        ),
      },
    },
    {
      pathway: 'fr-trafficking',
      content: {
        ...person('DEMO-FR-003', 'Cèdre', 'CI'),
        person: {
          birthDate: yearsBefore(today, 16, 30),
          housing: 'hotel',
          parentalAuthority: 'divorced',
        },
        timeline: timeline({ type: 'complaint-filed', on: ago(15) }),
      },
    },
    {
      pathway: 'fr-trafficking',
      content: {
        ...person('DEMO-FR-004', 'Dune', 'CN'),
        person: { birthDate: '1989-03-30', housing: 'own' },
        situation: { proceedings: 'trial' },
        timeline: timeline(
          { type: 'testimony-given', on: ago(200) },
          { type: 'application-filed', on: ago(60), application: 'first' },
          { type: 'complement-requested', openedOn: ago(35) },
        ),
      },
    },
    {
      pathway: 'fr-trafficking',
      content: {
        ...person('DEMO-FR-005', 'Écume', 'RO'),
        person: { birthDate: '1991-08-19', housing: 'hosted' },
        situation: { proceedings: 'final-conviction' },
        timeline: timeline(
          { type: 'complaint-filed', on: ago(900) },
          permit('fr-cst-vpf', ago(250), { years: 1 }),
          { type: 'final-conviction', on: ago(30) },
        ),
      },
    },
    {
      pathway: 'fr-trafficking',
      content: {
        ...person('DEMO-FR-006', 'Falaise', 'BR'),
        person: { birthDate: '1996-01-31', housing: 'hotel' },
        situation: { proceedings: 'closed' },
        timeline: timeline(
          { type: 'complaint-filed', on: ago(700) },
          permit('fr-cst-vpf', ago(325), { years: 1 }),
        ),
      },
    },
    {
      pathway: 'fr-humanitarian',
      content: {
        ...person('DEMO-FR-007', 'Grève', 'MA'),
        person: { birthDate: '1979-06-06', housing: 'hosted', arrivedOn: yearsBefore(today, 12) },
        timeline: timeline({
          type: 'application-filed',
          on: ago(40),
          application: 'first',
          anefNumber: '7500000000000 (fictif)',
        }),
      },
    },
    {
      pathway: 'fr-humanitarian',
      content: {
        ...person('DEMO-FR-008', 'Houle', 'SN'),
        person: { birthDate: '1985-12-24', housing: 'own', arrivedOn: yearsBefore(today, 6) },
        timeline: timeline(
          permit('fr-cst-vpf', ago(420), { years: 1 }),
          { type: 'application-filed', on: ago(100), application: 'renewal' },
          {
            type: 'prolongation-issued',
            validFrom: ago(80),
            validUntil: lastValidDay(ago(80), { months: 3 }),
          },
        ),
      },
    },
    {
      pathway: 'be-trafficking',
      content: {
        ...person('DEMO-BE-001', 'Iris', 'VN'),
        person: { birthDate: '2000-02-29', housing: 'hosted' },
        situation: { centreSupport: true },
        timeline: timeline({ type: 'reflection-granted', on: ago(30) }),
      },
    },
    {
      pathway: 'be-trafficking',
      content: {
        ...person('DEMO-BE-002', 'Jonc', 'ER'),
        person: { birthDate: '1997-07-07', housing: 'hotel' },
        situation: { centreSupport: true, proceedings: 'investigation' },
        timeline: timeline(
          { type: 'complaint-filed', on: ago(75) },
          permit('be-attestation-immatriculation', ago(70), { months: 3 }),
        ),
        appointments: [
          {
            id: 'demo-appointment-3',
            kind: 'lawyer',
            on: shiftDays(today, 6),
            at: '11:00',
            place: 'Cabinet fictif, rue Imaginaire',
          },
        ],
      },
    },
    {
      pathway: 'be-trafficking',
      content: {
        ...person('DEMO-BE-003', 'Kaki', 'PH'),
        person: {
          birthDate: yearsBefore(today, 17, 100),
          housing: 'own',
          parentalAuthority: 'third-party',
        },
        timeline: timeline(
          { type: 'testimony-given', on: ago(190) },
          permit('be-cire', ago(163), { months: 6 }),
        ),
      },
    },
    {
      pathway: 'fr-prostitution-exit',
      content: {
        ...person('DEMO-FR-009', 'Lande', 'CM'),
        person: { birthDate: '1990-10-10', housing: 'hotel' },
        timeline: timeline(permit('fr-aps', ago(150), { months: 6 })),
      },
    },
    {
      // FR-A1, FR-A6, FR-A10: a refusal notified with an OQTF, the person free, 30 days to leave.
      pathway: 'fr-trafficking',
      content: {
        ...person('DEMO-FR-010', 'Mousse', 'NG'),
        person: { birthDate: '1994-03-03', housing: 'hosted', arrivedOn: ago(700) },
        situation: { proceedings: 'investigation' },
        timeline: timeline(
          { type: 'complaint-filed', on: ago(200) },
          { type: 'application-filed', on: ago(150), application: 'first' },
          { type: 'decision', on: ago(10), outcome: 'refused' },
          { type: 'oqtf-notified', on: ago(10), situation: 'free', departurePeriod: true },
        ),
      },
    },
    {
      // FR-G8: a renewal filed after its window closed, before the card's last valid day.
      pathway: 'fr-trafficking',
      content: {
        ...person('DEMO-FR-011', 'Nacre', 'AL'),
        person: { birthDate: '1991-11-11', housing: 'own', arrivedOn: ago(900) },
        situation: { proceedings: 'trial' },
        timeline: timeline(
          { type: 'complaint-filed', on: ago(500) },
          permit('fr-cst-vpf', ago(340), { years: 1 }),
          { type: 'application-filed', on: ago(20), application: 'renewal' },
        ),
      },
    },
    {
      // FR-A4, FR-A5: no answer four months after the application, silence became a refusal.
      pathway: 'fr-humanitarian',
      content: {
        ...person('DEMO-FR-012', 'Oyat', 'MA'),
        person: { birthDate: '1985-06-06', housing: 'hotel', arrivedOn: ago(4000) },
        timeline: timeline({ type: 'application-filed', on: ago(150), application: 'first' }),
      },
    },
    {
      // BE-A1: an order to leave notified: 30 days to appeal to the Council.
      pathway: 'be-trafficking',
      content: {
        ...person('DEMO-BE-004', 'Pavot', 'GN'),
        person: { birthDate: '1999-09-09', housing: 'hosted' },
        situation: { centreSupport: true },
        timeline: timeline(
          { type: 'decision', on: ago(6), outcome: 'refused' },
          { type: 'order-to-leave-notified', on: ago(6) },
        ),
      },
    },
  ];
}

/** Who follows each demo case: the demo's worker, a fictional colleague, or nobody yet. */
const DEMO_WORKERS = ['Camille Exemple', 'Dominique Exemple', undefined] as const;

export async function seedDemoData(repositories: Repositories, today: string): Promise<void> {
  await repositories.cases.createMany(
    demoCases(today).map((demo, index) => {
      const worker = DEMO_WORKERS[index % DEMO_WORKERS.length];
      return worker ? { ...demo, content: { ...demo.content, worker } } : demo;
    }),
  );
}
