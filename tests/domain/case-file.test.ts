import { describe, expect, it } from 'vitest';
import {
  ApplicationDetailsSchema,
  CaseFileContentSchema,
  CaseFileSchema,
  CountryCodeSchema,
  DocumentLineSchema,
  LINE_STATUSES,
  LanguageTagSchema,
  NewCaseFileSchema,
  assessCase,
  contentOf,
  toCaseFacts,
} from '../../src/domain/index';
import { RECORDED_AT, buildCaseFile, buildTimeline } from './build-case-file';

/** Where each issue is and what it says, as a form shows it. */
function issuesOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}): [string, string][] {
  return (result.error?.issues ?? []).map((issue) => [
    issue.path.map(String).join('.'),
    issue.message,
  ]);
}

describe('opening a new case', () => {
  it('a new case needs only a label and a pathway, and the label may be a pseudonym', () => {
    expect(NewCaseFileSchema.parse({ label: '  DEMO-0042 ', pathway: 'be-trafficking' })).toEqual({
      label: 'DEMO-0042',
      pathway: 'be-trafficking',
    });
  });

  it('a label of spaces only or a missing pathway is asked for again', () => {
    expect(issuesOf(NewCaseFileSchema.safeParse({ label: '   ' }))).toEqual([
      ['label', 'validation.required'],
      ['pathway', 'validation.required'],
    ]);
  });

  it('a label longer than 120 characters is refused as too long', () => {
    expect(
      issuesOf(NewCaseFileSchema.safeParse({ label: 'D'.repeat(121), pathway: 'fr-trafficking' })),
    ).toEqual([['label', 'validation.tooLong']]);
  });
});

describe('what a stored case file holds', () => {
  it('a case saved with its label alone gets every section, empty', () => {
    const { id, label, pathway, rev, ...sections } = buildCaseFile();
    expect({ id, label, pathway, rev }).toEqual({
      id: 'case-demo-0001',
      label: 'DEMO-0001',
      pathway: 'fr-trafficking',
      rev: 1,
    });
    expect(sections).toEqual({
      createdAt: RECORDED_AT,
      updatedAt: RECORDED_AT,
      identity: {},
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
    });
  });

  it.each([
    ['rev', { rev: 0 }],
    ['rev', { rev: 1.5 }],
    ['pathway', { pathway: 'fr-asylum' }],
    ['createdAt', { createdAt: '2026-01-05' }],
    ['id', { id: '' }],
  ])('a record with a wrong %s is not a case file', (path, patch) => {
    const record = { ...buildCaseFile(), ...patch };
    expect(issuesOf(CaseFileSchema.safeParse(record)).map(([at]) => at)).toEqual([path]);
  });

  it('D1 an impossible date in the timeline is refused at the event that holds it', () => {
    const result = CaseFileContentSchema.safeParse({
      label: 'DEMO-0001',
      timeline: buildTimeline(
        { type: 'reflection-granted', on: '2026-01-10' },
        { type: 'complaint-filed', on: '2026-02-30' },
      ),
    });
    expect(issuesOf(result)).toEqual([['timeline.1.event.on', 'validation.date.impossible']]);
  });

  it('D1 a permit cannot end before it starts', () => {
    const result = CaseFileContentSchema.safeParse({
      label: 'DEMO-0001',
      timeline: buildTimeline({
        type: 'permit-issued',
        permit: 'fr-cst-vpf',
        validFrom: '2026-03-01',
        validUntil: '2026-02-28',
      }),
    });
    expect(issuesOf(result)).toEqual([['timeline.0.event.validUntil', 'validation.date.order']]);
  });

  it('the person’s words are trimmed, and a note too long for its field is refused', () => {
    const parsed = CaseFileContentSchema.parse({
      label: 'DEMO-0001',
      contact: { safeContactNote: '  only through the shelter  ' },
    });
    expect(parsed.contact.safeContactNote).toBe('only through the shelter');
    expect(
      issuesOf(
        CaseFileContentSchema.safeParse({
          label: 'DEMO-0001',
          proceedings: { prosecutorReference: 'R'.repeat(81) },
          notes: 'n'.repeat(10_001),
        }),
      ),
    ).toEqual([
      ['proceedings.prosecutorReference', 'validation.tooLong'],
      ['notes', 'validation.tooLong'],
    ]);
  });

  it.each([
    ['NG', true],
    ['ER', true],
    ['ng', false],
    ['NGA', false],
    ['Nigeria', false],
  ])('a country is its two-letter ISO code: %s is %s', (code, valid) => {
    expect(CountryCodeSchema.safeParse(code).success).toBe(valid);
  });

  it.each([
    ['ti', true],
    ['ar', true],
    ['pt-BR', true],
    ['Tigrinya', false],
    ['t', false],
  ])('a spoken language is a BCP 47 tag: %s is %s', (tag, valid) => {
    expect(LanguageTagSchema.safeParse(tag).success).toBe(valid);
  });

  it('a child is recorded with its own id and a plain birth date', () => {
    const result = CaseFileContentSchema.safeParse({
      label: 'DEMO-0001',
      family: { children: [{ id: '', givenName: 'Demo', birthDate: '2020-13-01' }] },
    });
    expect(issuesOf(result).map(([at]) => at)).toEqual([
      'family.children.0.id',
      'family.children.0.birthDate',
    ]);
  });
});

describe('a document line', () => {
  it('the states of a line are the tracking states of the domain', () => {
    expect(LINE_STATUSES).toEqual([
      'missing',
      'requested',
      'received',
      'expired',
      'not-applicable',
    ]);
  });

  it.each([...LINE_STATUSES])('a line may be recorded as %s', (status) => {
    expect(DocumentLineSchema.parse({ status })).toEqual({ status });
  });

  it('a line with an unknown state or an impossible issue date is refused', () => {
    expect(
      issuesOf(DocumentLineSchema.safeParse({ status: 'lost', issuedOn: '2026-02-29' })).map(
        ([at]) => at,
      ),
    ).toEqual(['status', 'issuedOn']);
  });

  it('FR-C1 the chosen variant of the nationality proof is kept with its dates', () => {
    const line = {
      status: 'received',
      variant: 'nationality-certificate',
      issuedOn: '2026-01-20',
      requestedOn: '2026-01-06',
      receivedOn: '2026-01-27',
      translationNeeded: true,
      translationDone: false,
    } as const;
    expect(DocumentLineSchema.parse(line)).toEqual(line);
  });
});

describe('the details of the online filing', () => {
  it.each([
    ['1234567890123456789012', true],
    ['123456789012345678901', false],
    ['12345678901234567890123', false],
    ['1234 5678 9012 3456 7890 12', false],
    ['12345678901234567890AB', false],
  ])('FR-C1 the e-photo code is 22 digits: %s is %s', (ephotoCode, valid) => {
    const result = ApplicationDetailsSchema.safeParse({ ephotoCode });
    expect(result.success).toBe(valid);
    if (!valid) expect(issuesOf(result)).toEqual([['ephotoCode', 'validation.ephoto']]);
  });

  it('FR-G6 the sworn statements and the observations may be left unanswered', () => {
    expect(ApplicationDetailsSchema.parse({})).toEqual({});
  });
});

describe('the facts the rules read', () => {
  const caseFile = buildCaseFile({
    pathway: 'fr-humanitarian',
    identity: { birthNames: 'FICTIVE', givenNames: 'Demo', nationality: 'NG' },
    contact: { phone: '+33 6 00 00 00 00' },
    person: { birthDate: '1990-07-04', arrivedOn: '2014-09-01', housing: 'hosted' },
    situation: { polygamy: false },
    timeline: buildTimeline(
      { type: 'complaint-filed', on: '2026-01-12' },
      { type: 'reflection-granted', on: '2025-12-01' },
    ),
  });

  it('are the pathway, the person, the situation and the timeline’s events in their order', () => {
    expect(toCaseFacts(caseFile)).toEqual({
      pathway: 'fr-humanitarian',
      person: { birthDate: '1990-07-04', arrivedOn: '2014-09-01', housing: 'hosted' },
      situation: { polygamy: false },
      events: [
        { type: 'complaint-filed', on: '2026-01-12' },
        { type: 'reflection-granted', on: '2025-12-01' },
      ],
    });
  });

  it('hold no name or contact of the person, and the rules read them as they are', () => {
    const facts = toCaseFacts(caseFile);
    expect(JSON.stringify(facts)).not.toMatch(/FICTIVE|Demo|\+33/);
    // FR-H4: arrived on 2014-09-01, more than 10 years before 2026-02-01.
    expect(assessCase(facts, '2026-02-01').findings.map(({ code }) => code)).toContain(
      'commission-required',
    );
  });
});

describe('the content of a case file', () => {
  it('is the case without its record fields, and saving it back gives the same case', () => {
    const caseFile = buildCaseFile({
      label: 'DEMO-0007',
      pathway: 'be-trafficking',
      rev: 4,
      worker: 'Demo Worker',
      plannedFilingOn: '2026-04-01',
      documents: { 'statement-reference': { status: 'requested', requestedOn: '2026-02-02' } },
    });
    const content = contentOf(caseFile);
    expect(
      ['id', 'pathway', 'createdAt', 'updatedAt', 'rev'].filter((key) => key in content),
    ).toEqual([]);
    expect(CaseFileContentSchema.parse(content)).toEqual(content);
    const { id, pathway, createdAt, updatedAt, rev } = caseFile;
    expect({ ...content, id, pathway, createdAt, updatedAt, rev }).toEqual(caseFile);
  });
});
