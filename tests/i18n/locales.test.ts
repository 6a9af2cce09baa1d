import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAMESPACES } from '../../src/i18n/i18n';
import { UI_LANGUAGES } from '../../src/i18n/languages';

const LOCALES = join(process.cwd(), 'locales');
const REFERENCE = 'fr';

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  if (typeof value === 'string') keys.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) keys.set(k, v);
    }
  }
  return keys;
}

function load(language: string, namespace: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(join(LOCALES, language, `${namespace}.json`), 'utf8')));
}

/** Plural suffixes differ between languages; compare the base keys. */
function baseKeys(keys: Map<string, string>): Set<string> {
  return new Set([...keys.keys()].map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')));
}

describe('translations', () => {
  it('has one file per namespace in every UI language, and no stray file', () => {
    for (const language of UI_LANGUAGES) {
      const files = readdirSync(join(LOCALES, language)).sort();
      expect(files, language).toEqual(NAMESPACES.map((ns) => `${ns}.json`).sort());
    }
  });

  it.each(
    UI_LANGUAGES.filter((l) => l !== REFERENCE).flatMap((language) =>
      NAMESPACES.map((ns) => [language, ns] as const),
    ),
  )('%s/%s has exactly the keys of the French reference', (language, namespace) => {
    expect([...baseKeys(load(language, namespace))].sort()).toEqual(
      [...baseKeys(load(REFERENCE, namespace))].sort(),
    );
  });

  it.each(UI_LANGUAGES.flatMap((language) => NAMESPACES.map((ns) => [language, ns] as const)))(
    '%s/%s has no duplicate key (the last one would silently hide the first)',
    (language, namespace) => {
      const text = readFileSync(join(LOCALES, language, `${namespace}.json`), 'utf8');
      const keysInText = [...text.matchAll(/^\s*"(?:[^"\\]|\\.)*":/gm)].length;
      const countKeys = (value: unknown): number =>
        value && typeof value === 'object'
          ? Object.values(value).reduce((sum: number, child) => sum + 1 + countKeys(child), 0)
          : 0;
      expect(keysInText).toBe(countKeys(JSON.parse(text)));
    },
  );

  it.each(UI_LANGUAGES.flatMap((language) => NAMESPACES.map((ns) => [language, ns] as const)))(
    '%s/%s has no empty text',
    (language, namespace) => {
      for (const [key, text] of load(language, namespace))
        expect(text.trim(), `${language}/${namespace}:${key}`).not.toBe('');
    },
  );

  it.each(UI_LANGUAGES.flatMap((language) => NAMESPACES.map((ns) => [language, ns] as const)))(
    '%s/%s keeps the interpolation variables of the reference',
    (language, namespace) => {
      const reference = load(REFERENCE, namespace);
      const variables = (text: string) =>
        [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
      for (const [key, text] of load(language, namespace)) {
        const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
        const ref = reference.get(key) ?? reference.get(`${base}_other`) ?? reference.get(base);
        if (ref !== undefined)
          expect(variables(text), `${language}/${namespace}:${key}`).toEqual(variables(ref));
      }
    },
  );
});
