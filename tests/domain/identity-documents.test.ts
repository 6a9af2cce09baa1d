/**
 * Identity documents are checked for validity, not age (rule book, 2026-11-30; docs/rules.md
 * "Documents as they are tracked"): trackDocuments, findDocumentExpiries and the stored document
 * line. Fictional cases.
 */
import { describe, expect, it } from 'vitest';
import {
  DocumentLineSchema,
  assessCase,
  checkPersonDates,
  findDocumentCheck,
  findDocumentExpiries,
  trackDocuments,
  type CaseEvent,
  type CaseFacts,
  type ChecklistItem,
  type DocumentRecord,
  type TrackedLine,
} from '../../src/domain/index';
import { buildCaseFacts } from './build-case-facts';

const FILING = '2026-11-22';
const CARD: CaseEvent = {
  type: 'permit-issued',
  permit: 'fr-cst-vpf',
  validFrom: '2025-12-15',
  validUntil: '2026-12-14',
};

function checklistOf(parts: Partial<CaseFacts>): ChecklistItem[] {
  return assessCase(buildCaseFacts(parts), '2026-09-15').checklist;
}

const HOSTED = checklistOf({
  person: { birthDate: '1996-04-03', housing: 'hosted' },
  events: [{ type: 'complaint-filed', on: '2026-08-03' }],
});
const RENEWAL = checklistOf({ person: { birthDate: '1996-04-03' }, events: [CARD] });
const BELGIAN = checklistOf({ pathway: 'be-trafficking' });

function lineOf(
  items: readonly ChecklistItem[],
  code: string,
  record: DocumentRecord,
  filingOn = FILING,
): TrackedLine | undefined {
  return trackDocuments(items, { [code]: record }, {}, filingOn).find(
    (line) => line.item.code === code,
  );
}

describe('identity documents: valid on the filing date, whatever their age', () => {
  it.each<[string, readonly ChecklistItem[], string, string]>([
    ['host-identity', HOSTED, '2026-11-21', 'expired'],
    ['host-identity', HOSTED, '2026-11-22', 'received'],
    ['host-identity', HOSTED, '2030-01-01', 'received'],
    ['current-permit', RENEWAL, '2026-11-21', 'expired'],
    ['current-permit', RENEWAL, '2026-11-22', 'received'],
    ['identity-document', BELGIAN, '2026-11-21', 'expired'],
    ['identity-document', BELGIAN, '2026-11-22', 'received'],
  ])(
    'FR-C2 FR-C5 BE-C1 %s valid until %s, for a filing on 2026-11-22, is %s',
    (code, items, validUntil, status) => {
      const line = lineOf(items, code, { status: 'received', issuedOn: '2016-01-01', validUntil });
      expect(line).toMatchObject({
        status,
        check: 'validity',
        staleFrom: undefined,
        validUntil,
        ready: status === 'received',
      });
    },
  );

  it.each([
    ['passport', '2026-11-21', 'expired', '2026-11-22'],
    ['passport', '2026-11-22', 'received', '2026-11-23'],
    ['identity-card', '2024-02-29', 'expired', '2024-03-01'],
    ['consular-card', '2026-12-31', 'received', '2027-01-01'],
  ])(
    'FR-C1 a nationality proof received as a %s valid until %s is %s for a filing on 2026-11-22 (invalid from %s)',
    (variant, validUntil, status, invalidFrom) => {
      const line = lineOf(HOSTED, 'nationality-proof', {
        status: 'received',
        variant,
        issuedOn: '2012-06-01',
        validUntil,
      });
      expect(line).toMatchObject({ status, check: 'validity', validUntil, invalidFrom });
      expect(line?.staleFrom).toBeUndefined();
    },
  );

  it('FR-C1 a passport ten years old with no validUntil recorded cannot be found expired', () => {
    expect(
      lineOf(HOSTED, 'nationality-proof', {
        status: 'received',
        variant: 'passport',
        issuedOn: '2016-01-01',
      }),
    ).toMatchObject({ status: 'received', check: 'validity', validUntil: undefined, ready: true });
  });

  it.each([
    ['2026-05-22', 'expired'],
    ['2026-05-23', 'received'],
  ])(
    'FR-C1 a nationality certificate issued on %s keeps its 6-month age rule, whatever its validUntil: %s',
    (issuedOn, status) => {
      const line = lineOf(HOSTED, 'nationality-proof', {
        status: 'received',
        variant: 'nationality-certificate',
        issuedOn,
        validUntil: '2030-01-01',
      });
      expect(line).toMatchObject({ status, check: 'age', validUntil: undefined });
    },
  );

  it('FR-C2 the host’s attestation keeps its 6-month age rule; a validUntil on it is ignored', () => {
    const line = lineOf(HOSTED, 'host-attestation', {
      status: 'received',
      issuedOn: '2026-05-01',
      validUntil: '2030-01-01',
    });
    expect(line).toMatchObject({ status: 'expired', check: 'age', staleFrom: '2026-11-01' });
  });

  it.each<[string, string | undefined, string]>([
    ['host-identity', undefined, 'validity'],
    ['host-attestation', undefined, 'age'],
    ['nationality-proof', 'passport', 'validity'],
    ['nationality-proof', 'identity-card', 'validity'],
    ['nationality-proof', 'consular-card', 'validity'],
    ['nationality-proof', 'nationality-certificate', 'age'],
    ['nationality-proof', 'consular-attestation', 'none'],
    ['nationality-proof', undefined, 'none'],
    ['birth-certificate', undefined, 'none'],
  ])('FR-C1 FR-C2 the %s line recorded as %s is checked for %s', (code, variant, check) => {
    const item = HOSTED.find((line) => line.code === code);
    expect(item).toBeDefined();
    if (item) expect(findDocumentCheck(item, variant)).toBe(check);
  });
});

describe('documents to replace before filing', () => {
  it('FR-C1 FR-C2 an expired identity document is listed with its reason, beside a document too old', () => {
    const records: Record<string, DocumentRecord> = {
      'nationality-proof': {
        status: 'received',
        variant: 'passport',
        issuedOn: '2016-03-01',
        validUntil: '2026-02-28',
      },
      'host-attestation': { status: 'received', issuedOn: '2026-04-10' },
      'host-identity': { status: 'received', validUntil: '2026-11-21' },
      'host-domicile-proof': { status: 'received', issuedOn: '2026-07-01' },
    };
    expect(findDocumentExpiries(HOSTED, records, FILING)).toEqual([
      {
        code: 'nationality-proof',
        staleFrom: '2026-03-01',
        filingOn: FILING,
        reason: 'expired',
        validUntil: '2026-02-28',
      },
      { code: 'host-attestation', staleFrom: '2026-10-10', filingOn: FILING, reason: 'too-old' },
      {
        code: 'host-identity',
        staleFrom: '2026-11-22',
        filingOn: FILING,
        reason: 'expired',
        validUntil: '2026-11-21',
      },
    ]);
  });

  it.each([
    ['requested', '2020-01-01'],
    ['received', '2026-11-22'],
  ] as const)(
    'BE-C1 an identity document %s, valid until %s, is not listed for a filing on 2026-11-22',
    (status, validUntil) => {
      expect(
        findDocumentExpiries(BELGIAN, { 'identity-document': { status, validUntil } }, FILING),
      ).toEqual([]);
    },
  );

  it('FR-C5 the card being renewed, expired before the filing, must be replaced (a renewal after expiry)', () => {
    expect(
      findDocumentExpiries(
        RENEWAL,
        { 'current-permit': { status: 'received', validUntil: '2026-12-14' } },
        '2026-12-15',
      ),
    ).toEqual([
      {
        code: 'current-permit',
        staleFrom: '2026-12-15',
        filingOn: '2026-12-15',
        reason: 'expired',
        validUntil: '2026-12-14',
      },
    ]);
  });
});

describe('the stored document line', () => {
  it.each([
    ['2031-04-30', true],
    ['2031-02-29', false],
    ['30/04/2031', false],
  ])('FR-C1 a document line accepts a validUntil %s: %s', (validUntil, ok) => {
    expect(
      DocumentLineSchema.safeParse({ status: 'received', variant: 'passport', validUntil }).success,
    ).toBe(ok);
  });
});

describe('the person’s dates against today, for a form', () => {
  it.each<[{ birthDate?: string; arrivedOn?: string }, string, [string, string][]]>([
    [{ birthDate: '2026-03-02' }, '2026-03-01', [['person.birthDate', 'validation.date.future']]],
    [{ arrivedOn: '2026-03-02' }, '2026-03-01', [['person.arrivedOn', 'validation.date.future']]],
    [
      { birthDate: '2001-07-10', arrivedOn: '2001-07-09' },
      '2026-03-01',
      [['person.arrivedOn', 'validation.date.beforeBirth']],
    ],
    [
      { birthDate: '2026-03-05', arrivedOn: '2026-03-06' },
      '2026-03-04',
      [
        ['person.birthDate', 'validation.date.future'],
        ['person.arrivedOn', 'validation.date.future'],
      ],
    ],
    [{ birthDate: '2026-03-01', arrivedOn: '2026-03-01' }, '2026-03-01', []],
    [{}, '2026-03-01', []],
  ])('D6 checkPersonDates(%o, %s) → %o', (person, today, expected) => {
    expect(checkPersonDates(person, today).map(({ field, message }) => [field, message])).toEqual(
      expected,
    );
  });
});
