import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CHECKLIST_CODES,
  DEADLINE_CODES,
  FINDING_CODES,
  RULES,
  RULE_IDS,
  SHOWN_DOCUMENT_STATUSES,
} from '../../src/domain';
import { UI_LANGUAGES, type UiLanguage } from '../../src/i18n/languages';
import {
  LANGUAGE_NAMES_MISSING_FROM_BROWSERS,
  SPOKEN_LANGUAGE_CODES,
  listLanguages,
} from '../../src/i18n/languages-list';

/**
 * Issue 12: every code the domain hands to the screen has its words in French, English and Dutch,
 * and none of the leftovers seen on screen (English or internal notes, French units and
 * punctuation in English and Dutch) is in any locale file.
 */
const LOCALES = join(process.cwd(), 'locales');

function load(language: string, namespace: string): unknown {
  return JSON.parse(readFileSync(join(LOCALES, language, `${namespace}.json`), 'utf8'));
}

function textAt(value: unknown, path: readonly string[]): string | undefined {
  let node = value;
  for (const key of path) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'string' && node.trim() !== '' ? node : undefined;
}

function strings(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    strings(child, prefix ? `${prefix}.${key}` : key),
  );
}

const citation = (language: UiLanguage, id: string) =>
  textAt(load(language, 'assessment'), ['citation', id]);

describe('every code shown has a text in fr, en and nl', () => {
  it.each(UI_LANGUAGES)('%s: every deadline code has its title', (language) => {
    const assessment = load(language, 'assessment');
    for (const code of DEADLINE_CODES)
      expect(textAt(assessment, ['deadline', code]), `${language} deadline ${code}`).toBeDefined();
  });

  it.each(UI_LANGUAGES)('%s: every finding code has its sentence', (language) => {
    const assessment = load(language, 'assessment');
    for (const code of FINDING_CODES)
      expect(textAt(assessment, ['finding', code]), `${language} finding ${code}`).toBeDefined();
  });

  it.each(UI_LANGUAGES)('%s: every checklist code has its label', (language) => {
    const documents = load(language, 'documents');
    for (const code of CHECKLIST_CODES)
      expect(textAt(documents, ['lines', code, 'label']), `${language} line ${code}`).toBeDefined();
  });

  it.each(UI_LANGUAGES)('%s: every status a checklist line can show has its word', (language) => {
    const documents = load(language, 'documents');
    for (const status of SHOWN_DOCUMENT_STATUSES)
      expect(textAt(documents, ['status', status]), `${language} status ${status}`).toBeDefined();
  });

  it.each(UI_LANGUAGES)('%s: every rule id has its citation, and no more', (language) => {
    for (const id of RULE_IDS) expect(citation(language, id), `${language} ${id}`).toBeDefined();
    const cited = Object.keys(
      (load(language, 'assessment') as { citation: Record<string, string> }).citation,
    );
    expect(cited.sort()).toEqual([...RULE_IDS].sort());
  });

  it('each rule id keeps one basis across pack versions, so one citation per id stays true', () => {
    // A new pack version that changes a basis must also give that version its own citation.
    for (const id of RULE_IDS) {
      const bases = new Set(RULES.filter((rule) => rule.id === id).map((rule) => rule.basis));
      expect(bases.size, id).toBe(1);
    }
  });

  it.each(UI_LANGUAGES)('%s: every spoken language has a name, never its code', (language) => {
    const listed = listLanguages(language);
    expect(listed.map(({ code }) => code).sort()).toEqual([...SPOKEN_LANGUAGE_CODES].sort());
    for (const { code, name } of listed) expect(name, `${language} ${code}`).not.toBe(code);
    expect(new Set(listed.map(({ name }) => name)).size, 'names are distinct').toBe(listed.length);
  });

  it('names the codes Chromium leaves unnamed (ber, ff, pcm) in the three languages', () => {
    for (const code of ['ber', 'ff', 'pcm'] as const)
      for (const language of UI_LANGUAGES) {
        const name = LANGUAGE_NAMES_MISSING_FROM_BROWSERS[code]?.[language];
        expect(name, `${code} in ${language}`).toBeTruthy();
        expect(listLanguages(language)).toContainEqual({ code, name });
      }
    expect(listLanguages('fr')).toContainEqual({ code: 'ber', name: 'berbère (tamazight)' });
    expect(listLanguages('nl')).toContainEqual({ code: 'pcm', name: 'Nigeriaans Pidgin' });
  });
});

/** Leftovers seen on screen: the rule book's own notes, in English, were shown as citations. */
const DENIED_EVERYWHERE = [
  'RULES.md',
  'rules.md',
  '1997 directive',
  'ANEF guide',
  'general renewal practice',
  'date convention',
  'practice of the centres',
  'CoE Convention',
  '(inference',
  '(number not verified',
];
/** English and Dutch have no space before a colon, and their kilobyte is not the French "Ko". */
const DENIED_IN_EN_NL: readonly [string, RegExp][] = [
  ['French kilobyte', /\bKo\b/],
  ['French megabyte', /\bMo\b/],
  ['space before a colon', /\s:/],
  ['space before a semicolon', /\s;/],
  ['French quotation marks', /[«»]/],
];
/** English words of the rule book that must not reach a French or Dutch screen. */
const DENIED_IN_FR_NL = [/\bcircular\b/, /\binference\b/, /\bpractice\b/, /\bguide ANEF\b/];

const namespaces = readdirSync(join(LOCALES, 'fr')).map((file) => file.replace(/\.json$/, ''));
const files = UI_LANGUAGES.flatMap((language) =>
  namespaces.map((namespace) => [language, namespace] as const),
);

describe('no leftover in any locale file', () => {
  it.each(files)('%s/%s has none of the leftovers', (language, namespace) => {
    for (const [key, text] of strings(load(language, namespace))) {
      for (const denied of DENIED_EVERYWHERE)
        expect(text, `${language}/${namespace}:${key}`).not.toContain(denied);
      if (language !== 'fr')
        for (const [what, pattern] of DENIED_IN_EN_NL)
          expect(text, `${language}/${namespace}:${key} (${what})`).not.toMatch(pattern);
      if (language !== 'en')
        for (const pattern of DENIED_IN_FR_NL)
          expect(text, `${language}/${namespace}:${key}`).not.toMatch(pattern);
    }
  });
});

/**
 * A citation may read the same in two languages only when it is nothing but article numbers
 * (L425-1, R431-5 1°, art. 61/2 §2, n° 494718) and proper nouns (codes and decisions cited by
 * their name): once those are taken out, no letter may be left. Anything else is words, and words
 * are translated.
 */
const ARTICLE_NUMBER = /(?:art\.\s*)?\b[LR]?\d+(?:[-/.]\d+)*(?:\s*\d+°)?(?:\s*§\s*\d+(?:\.\d+)?)?/g;
const PROPER_NOUNS = /\b(?:CJA|CRPA|CE|Beaulieu|Czabaj|ANEF)\b|service-public\.fr/g;

function isOnlyNumbersAndNames(text: string): boolean {
  return !/\p{L}/u.test(text.replace(PROPER_NOUNS, '').replace(ARTICLE_NUMBER, ''));
}

describe('citations are translated, not copied', () => {
  it('recognises what may stay as it is, and what may not', () => {
    expect(isOnlyNumbersAndNames('R431-5 1°, L436-5, L612-3 3°')).toBe(true);
    expect(isOnlyNumbersAndNames('art. 61/2 §2')).toBe(true);
    expect(isOnlyNumbersAndNames('CJA R421-1')).toBe(true);
    expect(isOnlyNumbersAndNames('R425-5; service-public.fr')).toBe(true);
    expect(isOnlyNumbersAndNames('art. 61/2; 1997 directive §3')).toBe(false);
    expect(isOnlyNumbersAndNames('L425-1 (inference)')).toBe(false);
    expect(isOnlyNumbersAndNames('ANEF guide')).toBe(false);
  });

  it.each(['fr', 'nl'] as const)(
    '%s: no citation equals the English one unless it is only article numbers and proper nouns',
    (language) => {
      for (const id of RULE_IDS) {
        const english = citation('en', id) ?? '';
        const text = citation(language, id) ?? '';
        if (!isOnlyNumbersAndNames(english))
          expect(text, `${language} ${id} is the English words`).not.toBe(english);
      }
    },
  );

  it.each(UI_LANGUAGES)('%s: every article number of the rule book is kept', (language) => {
    for (const { id, basis } of RULES) {
      const numbers = basis.match(/\b[LR]\d+(?:-\d+)*(?:\s\d+°)?|\bart\. \d+(?:\/\d+)?/g) ?? [];
      for (const number of numbers)
        expect(citation(language, id), `${language} ${id} keeps ${number}`).toContain(number);
    }
  });
});
