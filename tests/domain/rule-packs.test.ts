import { describe, expect, it } from 'vitest';
import {
  CONFIDENCES,
  PACK_IDS,
  RULES,
  RULE_IDS,
  RULE_PACKS,
  assessCase,
  getRule,
  type RulePack,
} from '../../src/domain/index';
import { findPackInForce, type PackVersions } from '../../src/domain/rule-packs';
import { buildCaseFacts, findDeadline } from './build-case-facts';

describe('the rule catalogue', () => {
  it.each([
    ['D1', 'dates', 'H'],
    ['D2', 'dates', 'H'],
    ['D3', 'dates', 'H'],
    ['D4', 'dates', 'H'],
    ['D5', 'dates', 'M'],
    ['D6', 'dates', 'M'],
    ['FR-T1', 'fr-trafficking', 'H'],
    ['FR-T2', 'fr-trafficking', 'H/M'],
    ['FR-T3', 'fr-trafficking', 'H'],
    ['FR-T4', 'fr-trafficking', 'H'],
    ['FR-T5', 'fr-trafficking', 'H'],
    ['FR-T6', 'fr-trafficking', 'H'],
    ['FR-T7', 'fr-trafficking', 'H/M'],
    ['FR-T8', 'fr-trafficking', 'H'],
    ['FR-T9', 'fr-trafficking', 'H/M'],
    ['FR-T10', 'fr-trafficking', 'H'],
    ['FR-T11', 'fr-trafficking', 'H'],
    ['FR-T12', 'fr-trafficking', 'M'],
    ['FR-H1', 'fr-humanitarian', 'H'],
    ['FR-H2', 'fr-humanitarian', 'H'],
    ['FR-H3', 'fr-humanitarian', 'H'],
    ['FR-H4', 'fr-humanitarian', 'H'],
    ['FR-G1', 'fr-general', 'H'],
    ['FR-G2', 'fr-general', 'H'],
    ['FR-G3', 'fr-general', 'H'],
    ['FR-G4', 'fr-general', 'M'],
    ['FR-G5', 'fr-general', 'M'],
    ['FR-G6', 'fr-general', 'H'],
    ['FR-G7', 'fr-general', 'H'],
    ['FR-G8', 'fr-general', 'H/M'],
    ['FR-A1', 'fr-appeals', 'H'],
    ['FR-A2', 'fr-appeals', 'H'],
    ['FR-A3', 'fr-appeals', 'M'],
    ['FR-A4', 'fr-appeals', 'H'],
    ['FR-A5', 'fr-appeals', 'M/H'],
    ['FR-A6', 'fr-appeals', 'M'],
    ['FR-A7', 'fr-appeals', 'H'],
    ['FR-A8', 'fr-appeals', 'H'],
    ['FR-A9', 'fr-appeals', 'M/L'],
    ['FR-A10', 'fr-appeals', 'H/M'],
    ['FR-A11', 'fr-appeals', 'H'],
    ['FR-C1', 'fr-general', 'H'],
    ['FR-C2', 'fr-general', 'H'],
    ['FR-C3', 'fr-general', 'H'],
    ['FR-C4', 'fr-trafficking', 'H'],
    ['FR-C5', 'fr-trafficking', 'M'],
    ['FR-C6', 'fr-trafficking', 'H'],
    ['FR-C7', 'fr-humanitarian', 'M'],
    ['FR-C8', 'fr-trafficking', 'M'],
    ['BE-1', 'be-trafficking', 'H'],
    ['BE-2', 'be-trafficking', 'H'],
    ['BE-3', 'be-trafficking', 'H'],
    ['BE-4', 'be-trafficking', 'H'],
    ['BE-5', 'be-trafficking', 'L'],
    ['BE-6', 'be-trafficking', 'L'],
    ['BE-7', 'be-trafficking', 'H'],
    ['BE-8', 'be-trafficking', 'M/H'],
    ['BE-9', 'be-trafficking', 'H'],
    ['BE-10', 'be-trafficking', 'L'],
    ['BE-A1', 'be-trafficking', 'M/H'],
    ['BE-A2', 'be-trafficking', 'M'],
    ['BE-A3', 'be-trafficking', 'H'],
    ['BE-C1', 'be-trafficking', 'M'],
  ])('%s: belongs to pack %s with confidence %s, as in the rule book', (id, pack, confidence) => {
    expect(getRule(id)).toMatchObject({ id, pack, packVersion: 1, confidence });
  });

  it.each([
    ['FR-T1', 'R425-1; CoE Convention art. 13', '2021-05-01'],
    ['FR-T6', 'L425-1, L436-8', '2021-05-01'],
    ['FR-T7', 'L425-1, L433-5 2°', '2021-05-01'],
    ['FR-T10', 'L425-4', '2021-05-01'],
    ['FR-T11', 'R425-8; service-public', '2021-05-01'],
    ['FR-H2', 'L435-1; circular 28 Nov 2012', '2021-05-01'],
    ['FR-H3', 'L435-1', '2021-05-01'],
    ['FR-G5', 'R432-2', '2021-05-01'],
    ['FR-G6', 'ANEF guide', '2021-05-01'],
    ['FR-G7', 'ANEF guide', '2021-05-01'],
    ['BE-3', 'circular 2016', '2017-03-15'],
    ['BE-6', '1997 directive §8.3', '2017-03-15'],
    ['BE-9', 'art. 61/2', '2017-03-15'],
    ['BE-10', '1997 directive §9', '2017-03-15'],
    ['FR-A2', 'CJA R421-5', '2024-07-15'],
    ['FR-A3', 'CE 1964 Beaulieu; CRPA L411-2', '2024-07-15'],
    ['FR-A9', 'L722-7 (number not verified)', '2024-07-15'],
    ['FR-A11', 'R425-2', '2024-07-15'],
    ['BE-A3', 'art. 39/82', '2017-03-15'],
  ])(
    '%s: a rule that informs carries its basis %j to the screen, in force from %s',
    (id, basis, appliesFrom) => {
      expect(getRule(id)).toMatchObject({ basis, appliesFrom });
    },
  );

  it('D1: every rule id is in exactly one pack, with a known confidence', () => {
    expect(RULES.map((rule) => rule.id).sort()).toEqual([...RULE_IDS].sort());
    for (const rule of RULES) {
      expect(CONFIDENCES).toContain(rule.confidence);
      expect(PACK_IDS).toContain(rule.pack);
      expect(rule.basis.length).toBeGreaterThan(0);
    }
  });

  it.each(RULE_IDS.filter((id) => /^(FR-G8|FR-A\d+|BE-A\d+)$/.test(id)))(
    '%s: the basis is a legal reference, never a pointer to a document outside the law',
    (id) => {
      const basis = getRule(id)?.basis ?? '';
      expect(basis).toMatch(/\d/);
      expect(basis).not.toMatch(/RULES|rule book|\.md|guide|service-public|https?:|sources/i);
    },
  );

  it('FR-A6: the appeal regime of 2024-07-15 is a pack of its own, and older packs keep their history', () => {
    expect(RULE_PACKS.filter((pack) => pack.pack === 'fr-appeals')).toEqual([
      expect.objectContaining({ version: 1, appliesFrom: '2024-07-15' }),
    ]);
    expect(getRule('FR-A6', '2024-07-14')).toMatchObject({
      packVersion: 1,
      appliesFrom: '2024-07-15',
    });
    expect(getRule('FR-G1')).toMatchObject({ pack: 'fr-general', packVersion: 1 });
  });

  it('D1: the versions of each pack apply from increasing plain dates', () => {
    for (const pack of PACK_IDS) {
      const versions = RULE_PACKS.filter((candidate) => candidate.pack === pack);
      expect(versions.length).toBeGreaterThan(0);
      const days = versions.map((version) => version.appliesFrom);
      expect([...days].sort()).toEqual(days);
      expect(versions.map((version) => version.version)).toEqual(
        versions.map((_v, index) => index + 1),
      );
    }
  });

  it('getRule knows nothing of an id outside the catalogue', () => {
    expect(getRule('XX-1')).toBeUndefined();
    expect(getRule('fr.reflection.end')).toBeUndefined();
  });

  it('BE-2: before its first version a pack’s first version still answers', () => {
    expect(getRule('BE-2', '2010-01-01')).toMatchObject({
      packVersion: 1,
      appliesFrom: '2017-03-15',
    });
    expect(getRule('BE-2', '2030-01-01')).toMatchObject({ packVersion: 1 });
  });
});

describe('pack versions', () => {
  const VERSIONS: PackVersions<{ reflectionDays: number }> = [
    {
      pack: 'fr-trafficking',
      version: 1,
      appliesFrom: '2021-05-01',
      rules: [],
      params: { reflectionDays: 30 },
    },
    {
      pack: 'fr-trafficking',
      version: 2,
      appliesFrom: '2027-01-01',
      rules: [],
      params: { reflectionDays: 60 },
    },
  ];

  it.each([
    ['2019-12-31', 1],
    ['2021-05-01', 1],
    ['2026-12-31', 1],
    ['2027-01-01', 2],
    ['2030-06-15', 2],
  ])('FR-T2: a law change is a new version: on %s version %i is in force', (on, version) => {
    const inForce: RulePack<{ reflectionDays: number }> = findPackInForce(VERSIONS, on);
    expect(inForce.version).toBe(version);
  });

  it('FR-T2: a case assessed before the first pack version is computed with that version', () => {
    const facts = buildCaseFacts({ events: [{ type: 'reflection-granted', on: '2019-03-01' }] });
    expect(findDeadline(assessCase(facts, '2019-03-05'), 'fr.reflection.end')?.due).toBe(
      '2019-03-30',
    );
  });
});
