import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_CODES } from '../../src/domain';
import { UI_LANGUAGES } from '../../src/i18n/languages';

/**
 * The list handed to the person says each document in plain words: every line the rules can put on
 * a checklist needs its sentence in every UI language, or the person would read a code.
 */
function plainTexts(language: string): Record<string, unknown> {
  const documents = JSON.parse(
    readFileSync(join(process.cwd(), 'locales', language, 'documents.json'), 'utf8'),
  ) as { plain?: Record<string, unknown> };
  return documents.plain ?? {};
}

describe('the plain words of the documents to bring', () => {
  it.each(UI_LANGUAGES.flatMap((language) => CHECKLIST_CODES.map((code) => [language, code])))(
    'in %s, the checklist line %s has a plain sentence',
    (language, code) => {
      const text = plainTexts(language)[code];
      expect(typeof text).toBe('string');
      expect((text as string).trim().length).toBeGreaterThan(10);
    },
  );

  it.each(UI_LANGUAGES)('in %s, holds no sentence for a line the rules do not know', (language) => {
    const known = new Set<string>(CHECKLIST_CODES);
    expect(Object.keys(plainTexts(language)).filter((code) => !known.has(code))).toEqual([]);
  });
});
