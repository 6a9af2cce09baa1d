import { describe, expect, it } from 'vitest';
import {
  FAMILY_STATUSES,
  PERMIT_KINDS,
  assessCaseFile,
  assessFilingReadiness,
  type CaseEvent,
  type CaseFile,
  type FilingField,
  type FilingFieldCode,
  type FilingReadiness,
  type PermitKind,
} from '../../src/domain/index';
import { buildCaseFile, buildTimeline, type CaseFileInput } from './build-case-file';

type FamilyStatus = (typeof FAMILY_STATUSES)[number];

const TODAY = '2026-03-02';
const EPHOTO_CODE = '1234567890123456789012';
const COMPLAINT: CaseEvent = { type: 'complaint-filed', on: '2026-02-10' };

const IDENTITY = {
  birthNames: 'FICTIVE',
  givenNames: 'Demo Ama',
  sex: 'female',
  birthPlace: 'Exampleville',
  birthCountry: 'NG',
  nationality: 'NG',
} as const;
const PERSON = { birthDate: '1998-03-14', arrivedOn: '2025-05-02', housing: 'own' } as const;
const SWORN = { swornNeedsPermit: true, swornAwareOfPenalties: true } as const;

/** A French first application with every step answered and every document received. */
const READY_FR: Partial<CaseFileInput> = {
  identity: IDENTITY,
  person: PERSON,
  housing: { address: '1 rue de l’Exemple, 75000 Paris' },
  family: { status: 'single' },
  application: { ephotoCode: EPHOTO_CODE, ...SWORN },
  timeline: buildTimeline(COMPLAINT),
  documents: {
    'birth-certificate': { status: 'received' },
    'nationality-proof': { status: 'received', variant: 'passport', issuedOn: '2022-06-01' },
    'domicile-proof': { status: 'received', issuedOn: '2026-02-15' },
    'complaint-receipt': { status: 'received', issuedOn: '2026-02-10' },
    'republic-commitment': { status: 'received' },
  },
};

/** A Belgian request the recognised centre lodges: no e-photo code, no sworn statements. */
const READY_BE: Partial<CaseFileInput> = {
  pathway: 'be-trafficking',
  identity: IDENTITY,
  person: { birthDate: '1998-03-14', arrivedOn: '2025-05-02' },
  housing: { address: 'Rue de l’Exemple 1, 1000 Bruxelles' },
  situation: { centreSupport: true },
  timeline: buildTimeline({ type: 'testimony-given', on: '2026-02-10' }),
  documents: {
    'statement-reference': { status: 'received' },
    'centre-support-attestation': { status: 'received', issuedOn: '2026-02-12' },
  },
};

function frCase(patch: Partial<CaseFileInput> = {}): CaseFile {
  return buildCaseFile({ ...READY_FR, ...patch });
}

function beCase(patch: Partial<CaseFileInput> = {}): CaseFile {
  return buildCaseFile({ ...READY_BE, ...patch });
}

function readinessOf(
  caseFile: CaseFile,
  today = TODAY,
  attachmentCounts: Record<string, number> = {},
): FilingReadiness {
  return assessFilingReadiness(caseFile, assessCaseFile(caseFile, today), attachmentCounts, today);
}

function fieldsOf(readiness: FilingReadiness): FilingField[] {
  return [...readiness.personal, ...readiness.reason, readiness.ephoto, ...readiness.filing];
}

function fieldOf(readiness: FilingReadiness, code: FilingFieldCode): FilingField | undefined {
  return fieldsOf(readiness).find((field) => field.code === code);
}

function lineOf(readiness: FilingReadiness, code: string) {
  return readiness.documents.find((line) => line.item.code === code);
}

describe('FR-G6 the online filing, step by step', () => {
  it('FR-G6 a French case with every step answered and every document received is ready to file online', () => {
    const readiness = readinessOf(frCase());
    expect(readiness.filedBy).toBe('anef');
    expect(readiness.nextApplication).toBe('first');
    expect(fieldsOf(readiness).filter((field) => !field.ready)).toEqual([]);
    expect(readiness.documents.map((line) => [line.item.code, line.ready])).toEqual([
      ['birth-certificate', true],
      ['nationality-proof', true],
      ['ephoto', true],
      ['domicile-proof', true],
      ['complaint-receipt', true],
      ['republic-commitment', true],
    ]);
    expect(readiness.isReady).toBe(true);
  });

  it('FR-G6 step 1 asks the personal information in the order of the form, phone and email optional', () => {
    const readiness = readinessOf(frCase({ contact: { email: 'demo@example.org' } }));
    expect(readiness.personal).toEqual([
      { code: 'birthNames', value: 'FICTIVE', ready: true, optional: false },
      { code: 'givenNames', value: 'Demo Ama', ready: true, optional: false },
      { code: 'sex', value: 'female', ready: true, optional: false },
      { code: 'birthDate', value: '1998-03-14', ready: true, optional: false },
      { code: 'birthPlace', value: 'Exampleville', ready: true, optional: false },
      { code: 'birthCountry', value: 'NG', ready: true, optional: false },
      { code: 'nationality', value: 'NG', ready: true, optional: false },
      { code: 'address', value: '1 rue de l’Exemple, 75000 Paris', ready: true, optional: false },
      { code: 'phone', value: undefined, ready: true, optional: true },
      { code: 'email', value: 'demo@example.org', ready: true, optional: true },
    ]);
  });

  it.each<[FilingFieldCode, Partial<CaseFileInput>]>([
    ['birthNames', { identity: { ...IDENTITY, birthNames: undefined } }],
    ['givenNames', { identity: { ...IDENTITY, givenNames: undefined } }],
    ['sex', { identity: { ...IDENTITY, sex: undefined } }],
    ['birthDate', { person: { ...PERSON, birthDate: undefined } }],
    ['birthPlace', { identity: { ...IDENTITY, birthPlace: '   ' } }],
    ['birthCountry', { identity: { ...IDENTITY, birthCountry: undefined } }],
    ['nationality', { identity: { ...IDENTITY, nationality: undefined } }],
    ['address', { housing: {} }],
    ['arrivedOn', { person: { ...PERSON, arrivedOn: undefined } }],
    ['familyStatus', { family: {} }],
  ])('FR-G6 without %s the online filing is not ready', (code, patch) => {
    const readiness = readinessOf(frCase(patch));
    expect(fieldsOf(readiness).filter((field) => !field.ready)).toEqual([
      { code, value: code === 'birthPlace' ? '' : undefined, ready: false, optional: false },
    ]);
    expect(readiness.isReady).toBe(false);
  });

  it.each(
    FAMILY_STATUSES.map((status): [FamilyStatus, boolean] => [
      status,
      status === 'married' || status === 'pacs',
    ]),
  )('FR-G6 a family status of %s: the date and country of the union asked, %s', (status, asked) => {
    const readiness = readinessOf(frCase({ family: { status } }));
    const codes = readiness.reason.map((field) => field.code);
    expect(codes.includes('unionDate')).toBe(asked);
    expect(codes.includes('unionCountry')).toBe(asked);
    // Asked and unanswered, they hold the filing back.
    expect(readiness.isReady).toBe(!asked);
  });

  it('FR-G6 asks the date and country of the union only for a marriage or a PACS, and both are required online', () => {
    const readiness = readinessOf(
      frCase({ family: { status: 'pacs', unionDate: '2024-06-15', unionCountry: 'FR' } }),
    );
    expect(readiness.reason.map(({ code, value, optional }) => [code, value, optional])).toEqual([
      ['arrivedOn', '2025-05-02', false],
      ['familyStatus', 'pacs', false],
      ['unionDate', '2024-06-15', false],
      ['unionCountry', 'FR', false],
      ['dependentChildren', false, true],
      ['swornNeedsPermit', true, false],
      ['swornAwareOfPenalties', true, false],
    ]);
    expect(readiness.isReady).toBe(true);
  });

  it.each([
    [undefined, false],
    [false, false],
    [true, true],
  ])(
    'FR-G6 dependent children is a yes/no box: recorded as %s, the form answers %s',
    (dependentChildren, value) => {
      const readiness = readinessOf(frCase({ family: { status: 'single', dependentChildren } }));
      expect(fieldOf(readiness, 'dependentChildren')).toEqual({
        code: 'dependentChildren',
        value,
        ready: true,
        optional: true,
      });
      expect(readiness.isReady).toBe(true);
    },
  );

  it.each([
    [true, true, true],
    [false, true, false],
    [undefined, true, false],
    [true, false, false],
    [true, undefined, false],
  ])(
    'FR-G6 the sworn statements must both be given online: needs a permit %s, aware of penalties %s, ready %s',
    (swornNeedsPermit, swornAwareOfPenalties, ready) => {
      const readiness = readinessOf(
        frCase({
          application: { ephotoCode: EPHOTO_CODE, swornNeedsPermit, swornAwareOfPenalties },
        }),
      );
      expect(fieldOf(readiness, 'swornNeedsPermit')?.ready).toBe(swornNeedsPermit === true);
      expect(fieldOf(readiness, 'swornAwareOfPenalties')?.ready).toBe(
        swornAwareOfPenalties === true,
      );
      expect(readiness.isReady).toBe(ready);
    },
  );

  it.each([undefined, 'DEMO: the person’s hearing is scheduled in April.'])(
    'FR-G6 the observations for the administration are optional (%s)',
    (observations) => {
      const readiness = readinessOf(
        frCase({ application: { ephotoCode: EPHOTO_CODE, ...SWORN, observations } }),
      );
      expect(readiness.filing).toEqual([
        { code: 'observations', value: observations, ready: true, optional: true },
      ]);
      expect(readiness.isReady).toBe(true);
    },
  );
});

describe('FR-C1 the e-photo code', () => {
  it('FR-C1 online, the e-photo code is required: without it neither the field nor the e-photo line is ready', () => {
    const readiness = readinessOf(frCase({ application: SWORN }));
    expect(readiness.ephoto).toEqual({
      code: 'ephotoCode',
      value: undefined,
      ready: false,
      optional: false,
    });
    expect(lineOf(readiness, 'ephoto')).toMatchObject({ status: 'missing', ready: false });
    expect(readiness.isReady).toBe(false);
  });

  it.each<[string, CaseFileInput['documents']]>([
    ['nothing recorded', {}],
    ['recorded as missing', { ephoto: { status: 'missing' } }],
    ['recorded as requested', { ephoto: { status: 'requested', requestedOn: '2026-02-01' } }],
  ])(
    'FR-C1 once the code is entered, the ephoto line counts as received and ready (%s)',
    (_recorded, ephotoRecord) => {
      const readiness = readinessOf(
        frCase({ documents: { ...READY_FR.documents, ...ephotoRecord } }),
      );
      expect(readiness.ephoto).toMatchObject({ value: EPHOTO_CODE, ready: true });
      expect(lineOf(readiness, 'ephoto')).toMatchObject({ status: 'received', ready: true });
      expect(readiness.isReady).toBe(true);
    },
  );
});

describe('BE-1 a Belgian request, lodged by the recognised centre', () => {
  it('BE-1 a Belgian case is filed by the centre: no e-photo code and no sworn statements are asked', () => {
    const readiness = readinessOf(beCase());
    expect(readiness.filedBy).toBe('be-centre');
    expect(readiness.ephoto).toEqual({
      code: 'ephotoCode',
      value: undefined,
      ready: true,
      optional: true,
    });
    expect(readiness.reason.map((field) => field.code)).toEqual([
      'arrivedOn',
      'familyStatus',
      'dependentChildren',
    ]);
    expect(readiness.documents.map((line) => line.item.code)).toEqual([
      'identity-document',
      'statement-reference',
      'centre-support-attestation',
    ]);
    expect(readiness.isReady).toBe(true);
  });

  it('BE-1 the family status is optional for the centre, and so are the union’s date and country', () => {
    const single = readinessOf(beCase());
    const married = readinessOf(beCase({ family: { status: 'married' } }));
    expect(fieldOf(single, 'familyStatus')).toMatchObject({ ready: true, optional: true });
    expect(
      married.reason.filter(({ code }) => code === 'unionDate' || code === 'unionCountry'),
    ).toEqual([
      { code: 'unionDate', value: undefined, ready: true, optional: true },
      { code: 'unionCountry', value: undefined, ready: true, optional: true },
    ]);
    expect(married.isReady).toBe(true);
  });

  it('BE-1 the centre still needs the person’s identity and the centre’s attestation', () => {
    const noAttestation = readinessOf(
      beCase({ documents: { 'statement-reference': { status: 'received' } } }),
    );
    const noNationality = readinessOf(
      beCase({ identity: { ...IDENTITY, nationality: undefined } }),
    );
    expect(lineOf(noAttestation, 'centre-support-attestation')?.ready).toBe(false);
    expect(noAttestation.isReady).toBe(false);
    expect(noNationality.isReady).toBe(false);
  });
});

describe('FR-C5 first application or renewal', () => {
  const permit = (kind: PermitKind): CaseEvent => ({
    type: 'permit-issued',
    permit: kind,
    validFrom: '2025-06-01',
    validUntil: '2026-05-31',
  });

  it.each(
    PERMIT_KINDS.map((kind): [PermitKind, 'first' | 'renewal'] => [
      kind,
      kind === 'fr-cst-vpf' || kind === 'fr-aps' ? 'renewal' : 'first',
    ]),
  )('FR-C5 after a %s is issued, the next application is a %s', (kind, next) => {
    const readiness = readinessOf(frCase({ timeline: buildTimeline(COMPLAINT, permit(kind)) }));
    expect(readiness.nextApplication).toBe(next);
  });

  it('FR-C5 with no permit yet, even with other events, the next application is the first', () => {
    const timeline = buildTimeline(COMPLAINT, {
      type: 'application-filed',
      on: '2026-02-20',
      application: 'first',
    });
    expect(readinessOf(frCase({ timeline })).nextApplication).toBe('first');
  });

  it('FR-C5 the renewal asks the current permit, not the birth certificate', () => {
    const readiness = readinessOf(
      frCase({ timeline: buildTimeline(COMPLAINT, permit('fr-cst-vpf')) }),
    );
    const codes = readiness.documents.map((line) => line.item.code);
    expect(readiness.nextApplication).toBe('renewal');
    expect(codes).toContain('current-permit');
    expect(codes).not.toContain('birth-certificate');
    expect(lineOf(readiness, 'current-permit')?.ready).toBe(false);
    expect(readiness.isReady).toBe(false);
  });
});

describe('the documents of the filing', () => {
  it.each([
    [undefined, 'received', true],
    ['2026-03-14', 'received', true],
    ['2026-03-15', 'expired', false],
    ['2026-04-30', 'expired', false],
  ])(
    'FR-C2 a domicile proof issued on 2025-09-15, tracked at the planned filing date %s (else today, 2026-03-02), is %s',
    (plannedFilingOn, status, ready) => {
      const readiness = readinessOf(
        frCase({
          plannedFilingOn,
          documents: {
            ...READY_FR.documents,
            'domicile-proof': { status: 'received', issuedOn: '2025-09-15' },
          },
        }),
      );
      expect(lineOf(readiness, 'domicile-proof')).toMatchObject({
        status,
        staleFrom: '2026-03-15',
        ready,
      });
      expect(readiness.isReady).toBe(ready);
    },
  );

  it('FR-C2 an optional line left missing (the host’s own proof of domicile) does not hold the filing back', () => {
    const readiness = readinessOf(
      frCase({
        person: { ...PERSON, housing: 'hosted' },
        documents: {
          'birth-certificate': { status: 'received' },
          'nationality-proof': { status: 'received', variant: 'passport' },
          'host-attestation': { status: 'received', issuedOn: '2026-02-20' },
          'host-identity': { status: 'received', issuedOn: '2026-02-20' },
          'complaint-receipt': { status: 'received' },
          'republic-commitment': { status: 'received' },
        },
      }),
    );
    expect(lineOf(readiness, 'host-domicile-proof')).toMatchObject({
      item: { required: false },
      status: 'missing',
      ready: false,
    });
    expect(readiness.isReady).toBe(true);
  });

  it('FR-C4 a required document still missing (the complaint receipt) holds the filing back', () => {
    const { 'complaint-receipt': _receipt, ...others } = READY_FR.documents ?? {};
    const readiness = readinessOf(frCase({ documents: others }));
    expect(lineOf(readiness, 'complaint-receipt')).toMatchObject({
      status: 'missing',
      ready: false,
    });
    expect(readiness.isReady).toBe(false);
  });

  it('each document line carries how many scans are attached to it', () => {
    const readiness = readinessOf(frCase(), TODAY, { 'birth-certificate': 2, 'domicile-proof': 1 });
    expect(readiness.documents.map((line) => [line.item.code, line.attachmentCount])).toEqual([
      ['birth-certificate', 2],
      ['nationality-proof', 0],
      ['ephoto', 0],
      ['domicile-proof', 1],
      ['complaint-receipt', 0],
      ['republic-commitment', 0],
    ]);
  });
});

describe('a case whose facts are invalid', () => {
  it('D1 with an impossible date in the timeline, the documents are empty and the filing is not ready', () => {
    const caseFile: CaseFile = {
      ...frCase(),
      timeline: buildTimeline({ type: 'complaint-filed', on: '2026-02-30' }),
    };
    const assessed = assessCaseFile(caseFile, TODAY);
    const readiness = assessFilingReadiness(caseFile, assessed, {}, TODAY);
    expect(assessed.ok).toBe(false);
    expect(readiness.documents).toEqual([]);
    // Everything the worker typed is still shown, answered.
    expect(fieldsOf(readiness).filter((field) => !field.ready)).toEqual([]);
    expect(readiness.isReady).toBe(false);
  });
});
