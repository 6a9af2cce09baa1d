import { describe, expect, it } from 'vitest';
import { assessCase, trackDocuments, type CaseFacts, type DocumentRecord } from '../../src/domain';

const FILING = '2026-11-22';

function facts(housing: 'own' | 'hotel' | 'hosted'): CaseFacts {
  return {
    pathway: 'fr-trafficking',
    person: { birthDate: '1995-04-12', housing },
    situation: {},
    events: [{ type: 'complaint-filed', on: '2026-09-01' }],
  };
}

function view(housing: 'own' | 'hotel' | 'hosted', records: Record<string, DocumentRecord>) {
  return trackDocuments(assessCase(facts(housing), FILING).checklist, records, {}, FILING);
}

describe('the document checklist of a case', () => {
  it.each([
    ['missing', 1, 'scan-attached'],
    ['requested', 2, 'scan-attached'],
    ['missing', 0, 'missing'],
    ['received', 1, 'received'],
    ['not-applicable', 1, 'not-applicable'],
  ] as const)(
    'FR-G7 a line %s with %i scan(s) attached shows %s: a scan never leaves a line "missing"',
    (status, scans, shown) => {
      const [line] = trackDocuments(
        assessCase(facts('own'), FILING).checklist.filter(
          (item) => item.code === 'birth-certificate',
        ),
        { 'birth-certificate': { status } },
        { 'birth-certificate': scans },
        FILING,
      );
      expect(line?.shown).toBe(shown);
      expect(line?.status).toBe(status);
    },
  );

  it('FR-C2 a received document too old at the filing date shows expired, scan or not', () => {
    const [line] = trackDocuments(
      assessCase(facts('own'), FILING).checklist.filter((item) => item.code === 'domicile-proof'),
      { 'domicile-proof': { status: 'received', issuedOn: '2026-04-22' } },
      { 'domicile-proof': 1 },
      FILING,
    );
    expect(line?.shown).toBe('expired');
  });

  it.each([
    ['2026-04-22', 'expired', false],
    ['2026-06-22', 'received', true],
  ] as const)(
    'FR-C2 a domicile proof issued on %s, for a filing on 2026-11-22, is %s',
    (issuedOn, status, ready) => {
      const line = view('own', { 'domicile-proof': { status: 'received', issuedOn } }).find(
        (l) => l.item.code === 'domicile-proof',
      );
      expect(line?.status).toBe(status);
      expect(line?.ready).toBe(ready);
    },
  );

  it('FR-C2 changing housing from own to hotel swaps the domicile lines and keeps what was recorded on the lines that stay', () => {
    const records: Record<string, DocumentRecord> = {
      'domicile-proof': { status: 'received', issuedOn: '2026-10-01' },
      'birth-certificate': { status: 'received', issuedOn: '2020-01-01' },
      'nationality-proof': { status: 'requested', variant: 'passport' },
    };
    const own = view('own', records).map((l) => l.item.code);
    const hotel = view('hotel', records);

    expect(own).toContain('domicile-proof');
    expect(hotel.map((l) => l.item.code)).not.toContain('domicile-proof');
    expect(hotel.map((l) => l.item.code)).toEqual(
      expect.arrayContaining(['hotel-attestation', 'hotel-invoice']),
    );
    expect(hotel.find((l) => l.item.code === 'hotel-attestation')?.status).toBe('missing');
    expect(hotel.find((l) => l.item.code === 'birth-certificate')?.record).toEqual(
      records['birth-certificate'],
    );
    expect(hotel.find((l) => l.item.code === 'nationality-proof')?.status).toBe('requested');
  });

  it('FR-C1 a nationality certificate chosen as the nationality proof must be less than 6 months old too', () => {
    const stale = view('own', {
      'nationality-proof': {
        status: 'received',
        variant: 'nationality-certificate',
        issuedOn: '2026-04-01',
      },
    });
    const passport = view('own', {
      'nationality-proof': { status: 'received', variant: 'passport', issuedOn: '2016-04-01' },
    });
    expect(stale.find((l) => l.item.code === 'nationality-proof')?.status).toBe('expired');
    expect(passport.find((l) => l.item.code === 'nationality-proof')?.status).toBe('received');
  });
});
