/**
 * Loads an interview's texts for one language and its fallback order, each language's file a chunk
 * of its own fetched on demand (decision 020). The files are found by Vite's glob: a translator's
 * new `<language>.json` is picked up with no change here, and a language with no file is absent
 * (its texts then fall back, marked, in `interviewText`). The domain stays free of Vite: it takes
 * the texts as an argument.
 */
import {
  INTERVIEW_LANGUAGE_INFO,
  InterviewTextsFileSchema,
  type InterviewLanguage,
  type InterviewTexts,
} from '../../domain';

// The JSON data of the domain's scripts, never its code: parsed with the domain's own schema.
const FILES = import.meta.glob<unknown>('../../domain/interviews/*/texts/*.json', {
  import: 'default',
});

function fileOf(
  scriptId: string,
  language: InterviewLanguage,
): (() => Promise<unknown>) | undefined {
  return FILES[`../../domain/interviews/${scriptId}/texts/${language}.json`];
}

/** The texts of `language` and of each language it falls back to, those that have a file. */
export async function loadInterviewTexts(
  scriptId: string,
  language: InterviewLanguage,
): Promise<InterviewTexts> {
  const languages = [language, ...INTERVIEW_LANGUAGE_INFO[language].fallback];
  const texts: InterviewTexts = {};
  await Promise.all(
    languages.map(async (code) => {
      const load = fileOf(scriptId, code);
      if (load !== undefined) texts[code] = InterviewTextsFileSchema.parse(await load());
    }),
  );
  return texts;
}
