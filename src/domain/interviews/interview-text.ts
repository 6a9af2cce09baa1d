/**
 * The words of an interview, read in a language: one texts file per language and script, each text
 * with its review status. A missing text falls back along the language's order and says so; it is
 * never blank and never silently in another language.
 */
import { z } from 'zod';
import {
  INTERVIEW_LANGUAGES,
  INTERVIEW_LANGUAGE_INFO,
  SOURCE_LANGUAGES,
  type InterviewLanguage,
} from './interview-languages';
import { listTextIds, type InterviewScript } from './interview-script';

/**
 * `source`: written by the project in a source language (fr, en); `reviewed`: a translation checked
 * by a native speaker who knows the field; `draft`: a translation awaiting that review.
 */
export const TEXT_STATUSES = ['source', 'reviewed', 'draft'] as const;
export type TextStatus = (typeof TEXT_STATUSES)[number];

export const InterviewTextEntrySchema = z.object({
  text: z.string().trim().min(1),
  status: z.enum(TEXT_STATUSES),
});

/** One language's file: `src/domain/interviews/<script>/texts/<language>.json`. */
export const InterviewTextsFileSchema = z.object({
  language: z.enum(INTERVIEW_LANGUAGES),
  script: z.string().min(1),
  texts: z.record(z.string().min(1), InterviewTextEntrySchema),
});
export type InterviewTextsFile = z.infer<typeof InterviewTextsFileSchema>;

/** The files at hand for one script, by language; a language with no file yet is simply absent. */
export type InterviewTexts = Partial<Record<InterviewLanguage, InterviewTextsFile>>;

export type InterviewText =
  | {
      textId: string;
      requested: InterviewLanguage;
      /** `own`: in the language asked for; `fallback`: in `language`, another one. */
      outcome: 'own' | 'fallback';
      text: string;
      /** The language the text is in: the UI sets `lang`, `dir` and the font from it. */
      language: InterviewLanguage;
      dir: 'ltr' | 'rtl';
      status: TextStatus;
    }
  | {
      textId: string;
      requested: InterviewLanguage;
      /** No language has it (a script bug the completeness test forbids): the id is shown. */
      outcome: 'missing';
      text: string;
      dir: 'ltr';
    };

/** A text in `language`, or the first of its fallback order that has it, marked as such. */
export function interviewText(
  texts: InterviewTexts,
  textId: string,
  language: InterviewLanguage,
): InterviewText {
  for (const candidate of [language, ...INTERVIEW_LANGUAGE_INFO[language].fallback]) {
    const entry = texts[candidate]?.texts[textId];
    if (entry !== undefined) {
      return {
        textId,
        requested: language,
        outcome: candidate === language ? 'own' : 'fallback',
        text: entry.text,
        language: candidate,
        dir: INTERVIEW_LANGUAGE_INFO[candidate].dir,
        status: entry.status,
      };
    }
  }
  return { textId, requested: language, outcome: 'missing', text: textId, dir: 'ltr' };
}

/** The text ids a language's file is expected to hold: guidance only where a worker reads it. */
export function expectedTextIds(script: InterviewScript, language: InterviewLanguage): string[] {
  const { hasGuidance } = INTERVIEW_LANGUAGE_INFO[language];
  return listTextIds(script)
    .filter((text) => hasGuidance || text.audience === 'person')
    .map((text) => text.id);
}

export interface TextCompleteness {
  language: InterviewLanguage;
  expected: number;
  source: number;
  reviewed: number;
  draft: number;
  /** Expected and absent: shown from the fallback order. */
  missing: number;
  /** In the file but not in the script (a removed or misspelt id). */
  unknownIds: string[];
}

/** How complete a language is for a script: counts by status, missing texts, stray ids. */
export function countTexts(
  script: InterviewScript,
  texts: InterviewTexts,
  language: InterviewLanguage,
): TextCompleteness {
  const expected = expectedTextIds(script, language);
  const own = texts[language]?.texts ?? {};
  const counts: TextCompleteness = {
    language,
    expected: expected.length,
    source: 0,
    reviewed: 0,
    draft: 0,
    missing: 0,
    unknownIds: [],
  };
  for (const id of expected) {
    const entry = own[id];
    if (entry === undefined) counts.missing += 1;
    else counts[entry.status] += 1;
  }
  const known = new Set(listTextIds(script).map((text) => text.id));
  counts.unknownIds = Object.keys(own).filter((id) => !known.has(id));
  return counts;
}

/** Codes of what is wrong in one language's file, beyond its shape (the schema's job). */
export type TextsFileProblem =
  | { code: 'wrong-script'; script: string }
  | { code: 'source-status-outside-source-languages'; textId: string }
  | { code: 'placeholder'; textId: string };

/**
 * Content has no placeholders (no counts, no names inside a text): a translator cannot break what
 * is not there. A `{`, `}` or `%` in a text is refused.
 */
const PLACEHOLDER = /[{}%]/;

export function checkTextsFile(
  script: InterviewScript,
  file: InterviewTextsFile,
): TextsFileProblem[] {
  const problems: TextsFileProblem[] = [];
  if (file.script !== script.id) problems.push({ code: 'wrong-script', script: file.script });
  const isSource = (SOURCE_LANGUAGES as readonly string[]).includes(file.language);
  for (const [textId, entry] of Object.entries(file.texts)) {
    if (entry.status === 'source' && !isSource) {
      problems.push({ code: 'source-status-outside-source-languages', textId });
    }
    if (PLACEHOLDER.test(entry.text)) problems.push({ code: 'placeholder', textId });
  }
  return problems;
}
