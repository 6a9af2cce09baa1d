import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_STATUSES,
  assessCase,
  findDocumentExpiries,
  type ChecklistItem,
  type DocumentRecord,
  type Housing,
} from '../../src/domain/index';
import { buildCaseFacts } from './build-case-facts';

const TODAY = '2026-09-15';
const FILING = '2026-11-22';

function checklistOf(housing: Housing): ChecklistItem[] {
  return assessCase(
    buildCaseFacts({
      person: { birthDate: '1997-05-06', housing },
      events: [{ type: 'complaint-filed', on: '2026-08-03' }],
    }),
    TODAY,
  ).checklist;
}

describe('documents too old on the filing date', () => {
  it.each([
    ['2026-05-22', '2026-11-22', '2026-11-22'],
    ['2026-05-23', '2026-11-22', undefined],
    ['2026-05-31', '2026-11-30', '2026-11-30'],
    ['2026-05-31', '2026-11-29', undefined],
    ['2025-08-31', '2026-02-28', '2026-02-28'],
    ['2026-01-10', '2026-11-22', '2026-07-10'],
  ])(
    'FR-C2 a domicile proof issued on %s, for a filing on %s, is too old from %s',
    (issuedOn, filingOn, staleFrom) => {
      const expiries = findDocumentExpiries(
        checklistOf('own'),
        { 'domicile-proof': { status: 'received', issuedOn } },
        filingOn,
      );
      expect(expiries).toEqual(
        staleFrom === undefined
          ? []
          : [{ code: 'domicile-proof', staleFrom, filingOn, reason: 'too-old' }],
      );
    },
  );

  it.each<[Housing, string[]]>([
    ['hotel', ['hotel-attestation', 'hotel-invoice']],
    // The host's identity document is checked for validity, not age (contract v2).
    ['hosted', ['host-attestation', 'host-domicile-proof']],
  ])('FR-C2 every domicile line of %s housing is checked, optional ones too', (housing, codes) => {
    const records = Object.fromEntries(
      codes.map((code): [string, DocumentRecord] => [
        code,
        { status: 'received', issuedOn: '2026-03-02' },
      ]),
    );
    expect(findDocumentExpiries(checklistOf(housing), records, FILING)).toEqual(
      codes.map((code) => ({ code, staleFrom: '2026-09-02', filingOn: FILING, reason: 'too-old' })),
    );
  });

  it.each([
    ['nationality-certificate', '2026-04-01', [{ staleFrom: '2026-10-01' }]],
    ['nationality-certificate', '2026-05-23', []],
    ['passport', '2016-04-01', []],
    ['consular-attestation', '2019-01-15', []],
  ])(
    'FR-C1 a nationality proof received as a %s issued on %s: %j',
    (variant, issuedOn, expected) => {
      const expiries = findDocumentExpiries(
        checklistOf('own'),
        { 'nationality-proof': { status: 'received', variant, issuedOn } },
        FILING,
      );
      expect(expiries).toEqual(
        expected.map(({ staleFrom }) => ({
          code: 'nationality-proof',
          staleFrom,
          filingOn: FILING,
          reason: 'too-old',
        })),
      );
    },
  );

  it.each(DOCUMENT_STATUSES.filter((status) => status !== 'received'))(
    'FR-C2 an old domicile proof recorded as %s is not reported: only received documents need a fresh copy',
    (status) => {
      expect(
        findDocumentExpiries(
          checklistOf('own'),
          { 'domicile-proof': { status, issuedOn: '2025-01-01' } },
          FILING,
        ),
      ).toEqual([]);
    },
  );

  it('FR-C2 a received domicile proof without an issue date cannot be found too old', () => {
    expect(
      findDocumentExpiries(
        checklistOf('own'),
        { 'domicile-proof': { status: 'received' } },
        FILING,
      ),
    ).toEqual([]);
  });

  it('FR-C2 a document recorded on a line the case no longer asks for is not reported', () => {
    expect(
      findDocumentExpiries(
        checklistOf('own'),
        { 'hotel-invoice': { status: 'received', issuedOn: '2025-01-01' } },
        FILING,
      ),
    ).toEqual([]);
  });

  it('FR-C1, FR-C2 the stale documents of a case come in the order of the checklist', () => {
    const records: Record<string, DocumentRecord> = {
      'domicile-proof': { status: 'received', issuedOn: '2026-02-01' },
      'birth-certificate': { status: 'received', issuedOn: '1997-05-20' },
      'nationality-proof': {
        status: 'received',
        variant: 'nationality-certificate',
        issuedOn: '2026-03-15',
      },
    };
    expect(findDocumentExpiries(checklistOf('own'), records, FILING)).toEqual([
      { code: 'nationality-proof', staleFrom: '2026-09-15', filingOn: FILING, reason: 'too-old' },
      { code: 'domicile-proof', staleFrom: '2026-08-01', filingOn: FILING, reason: 'too-old' },
    ]);
  });
});
