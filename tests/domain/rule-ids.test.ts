/**
 * Meta-test: the rule catalogue (src/domain/rule-packs.ts) and docs/rules.md list the same rules with
 * the same basis and confidence, and every rule is quoted by at least one test of tests/domain.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES, RULE_IDS } from '../../src/domain/index';

const TESTS_DIR = fileURLToPath(new URL('.', import.meta.url));
const RULES_DOC = fileURLToPath(new URL('../../docs/rules.md', import.meta.url));
const THIS_FILE = basename(fileURLToPath(import.meta.url));

/** A rule id as the rule book writes them: D1, FR-T10, FR-C3, FR-A11, BE-7, BE-C1, BE-A2. */
const RULE_ID_TOKEN = /(?<![\w-])(D\d+|FR-[A-Z]\d+|BE-(?:[AC])?\d+)(?![\w-])/g;

interface DocumentedRule {
  id: string;
  basis: string;
  confidence: string;
}

function readDocumentedRules(): DocumentedRule[] {
  const rules: DocumentedRule[] = [];
  let current: string | undefined;
  for (const line of readFileSync(RULES_DOC, 'utf8').split('\n')) {
    const heading = /^### (\S+) — /.exec(line);
    if (heading?.[1] !== undefined) current = heading[1];
    const fields = /^- \*\*Basis\*\*: (.+) · \*\*Confidence\*\*: (\S+)$/.exec(line);
    if (current !== undefined && fields?.[1] !== undefined && fields[2] !== undefined) {
      rules.push({ id: current, basis: fields[1], confidence: fields[2] });
      current = undefined;
    }
  }
  return rules;
}

function readTestSources(): { file: string; source: string }[] {
  return readdirSync(TESTS_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && basename(file) !== THIS_FILE)
    .map((file) => ({ file, source: readFileSync(join(TESTS_DIR, file), 'utf8') }));
}

describe('rule ids', () => {
  const documented = readDocumentedRules();
  const sources = readTestSources();

  it('the catalogue lists each rule id once, in its packs', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    expect(RULES.map((rule) => rule.id).sort()).toEqual([...RULE_IDS].sort());
  });

  it('docs/rules.md documents exactly the rules of the catalogue, each once', () => {
    expect(documented.map((rule) => rule.id).sort()).toEqual([...RULE_IDS].sort());
  });

  it('docs/rules.md gives each rule the basis and confidence of the catalogue', () => {
    const catalogue = RULES.map(({ id, basis, confidence }) => ({ id, basis, confidence }));
    const byId = (a: DocumentedRule, b: DocumentedRule) => (a.id < b.id ? -1 : 1);
    expect([...documented].sort(byId)).toEqual([...catalogue].sort(byId));
  });

  it.each([...RULE_IDS])('%s is quoted by at least one test in tests/domain', (id) => {
    const quoting = sources.filter(({ source }) =>
      [...source.matchAll(RULE_ID_TOKEN)].some((match) => match[1] === id),
    );
    expect(quoting.map(({ file }) => file)).not.toEqual([]);
  });

  it('tests quote no rule id that the catalogue does not know (a typo would hide a gap)', () => {
    const known = new Set<string>(RULE_IDS);
    const unknown = sources.flatMap(({ file, source }) =>
      [...source.matchAll(RULE_ID_TOKEN)]
        .map((match) => match[1])
        .filter((id) => id !== undefined && !known.has(id))
        .map((id) => `${file}: ${id}`),
    );
    expect(unknown).toEqual([]);
  });
});
