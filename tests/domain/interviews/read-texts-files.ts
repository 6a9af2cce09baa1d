/**
 * Reads the texts files of a script from disk (tests and the completeness report): every
 * `<language>.json` present, parsed with the domain's schema. A language with no file is absent.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  InterviewTextsFileSchema,
  isInterviewLanguage,
  type InterviewTexts,
} from '../../../src/domain/index';

export const TEXTS_ROOT = join(process.cwd(), 'src/domain/interviews');

export function textsDirectory(scriptId: string): string {
  return join(TEXTS_ROOT, scriptId, 'texts');
}

/** The files found, by language; throws on a file named after no interview language. */
export function readTextsFiles(scriptId: string): InterviewTexts {
  const texts: InterviewTexts = {};
  for (const name of readdirSync(textsDirectory(scriptId))) {
    if (!name.endsWith('.json')) continue;
    const language = name.slice(0, -'.json'.length);
    if (!isInterviewLanguage(language)) throw new Error(`${name}: not an interview language`);
    const raw: unknown = JSON.parse(readFileSync(join(textsDirectory(scriptId), name), 'utf8'));
    texts[language] = InterviewTextsFileSchema.parse(raw);
  }
  return texts;
}
