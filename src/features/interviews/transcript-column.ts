/**
 * One column of a printed transcript (decision 021): each text read in the column's language — the
 * person's questions as they were shown to them — and each answer in words of that language: yes,
 * no, the choices and "declined" from the script's texts, dates, numbers, countries and languages
 * written by Intl, free text as typed. Pure, so the page can find the draft translations it prints
 * (one footnote) before rendering them.
 */
import {
  INTERVIEW_LANGUAGE_INFO,
  interviewText,
  type AnswerValue,
  type InterviewLanguage,
  type InterviewText,
  type InterviewTexts,
  type Question,
  type TranscriptAnswer,
  type TranscriptEntry,
  type TranscriptSection,
} from '../../domain';
import { formatNumber, formatPlainDate } from '../../i18n/format';
import { nameLanguage } from '../../i18n/languages-list';

/** The worker's column (the UI language) or the person's (the interview's language). */
export type ColumnRole = 'worker' | 'person';

export interface ColumnTexts {
  texts: InterviewTexts;
  language: InterviewLanguage;
}

export type PrintedValue =
  /** Words of the script: yes, no, a choice, "I prefer not to answer". */
  | { kind: 'content'; text: InterviewText }
  /** Written by Intl in `language`: `requested`, or the first of its fallbacks the browser knows. */
  | { kind: 'written'; text: string; language: InterviewLanguage; requested: InterviewLanguage }
  /** Free text as the worker typed it, in no language we can name. */
  | { kind: 'typed'; text: string };

/**
 * What the person asked about an answer. In the person's column, in their words (the script's
 * `transcript.*` texts); in the worker's, a UI string named by `limit`.
 */
export type PrintedNote =
  | { kind: 'content'; text: InterviewText }
  | { kind: 'worker'; limit: 'withheld' | 'confidential' | 'not-for-file' };

export interface PrintedAnswer {
  /** Empty when the answer is withheld. */
  values: PrintedValue[];
  isDeclined: boolean;
  notes: PrintedNote[];
}

export interface PrintedEntry {
  questionId: string;
  question: InterviewText;
  answer: PrintedAnswer;
}

export interface PrintedSection {
  sectionId: string;
  title: InterviewText;
  statements: InterviewText[];
  entries: PrintedEntry[];
}

export interface TranscriptColumn {
  role: ColumnRole;
  language: InterviewLanguage;
  sections: PrintedSection[];
}

export function printColumn(
  transcript: readonly TranscriptSection[],
  column: ColumnTexts,
  role: ColumnRole,
): TranscriptColumn {
  const read = (textId: string) => interviewText(column.texts, textId, column.language);
  return {
    role,
    language: column.language,
    sections: transcript.map(({ section, entries }) => ({
      sectionId: section.id,
      title: read(`section.${section.id}.title`),
      statements: (section.statements ?? []).map((statement) =>
        read(`section.${section.id}.statement.${statement}`),
      ),
      entries: entries.map((entry) => ({
        questionId: entry.question.id,
        question:
          role === 'person'
            ? questionAsShown(entry, column)
            : read(`question.${entry.question.id}`),
        answer: printAnswer(entry.question, entry.answer, column, role),
      })),
    })),
  };
}

/**
 * The question as the person was shown it: in the language the answer recorded, when that is not
 * the one the texts give now (a translation added since), marked as a fallback all the same.
 */
function questionAsShown(entry: TranscriptEntry, column: ColumnTexts): InterviewText {
  const textId = `question.${entry.question.id}`;
  const now = interviewText(column.texts, textId, column.language);
  const shownNow = now.outcome === 'missing' ? undefined : now.language;
  if (entry.shownLanguage === shownNow || entry.shownLanguage === column.language) return now;
  const then = interviewText(column.texts, textId, entry.shownLanguage);
  if (then.outcome === 'missing' || then.language !== entry.shownLanguage) return now;
  return { ...then, requested: column.language, outcome: 'fallback' };
}

function printAnswer(
  question: Question,
  answer: TranscriptAnswer,
  column: ColumnTexts,
  role: ColumnRole,
): PrintedAnswer {
  const read = (textId: string) => interviewText(column.texts, textId, column.language);
  const note = (limit: 'withheld' | 'confidential' | 'not-for-file'): PrintedNote =>
    role === 'worker'
      ? { kind: 'worker', limit }
      : {
          kind: 'content',
          text: read(
            limit === 'not-for-file' ? 'transcript.not-for-file' : 'transcript.confidential',
          ),
        };
  if (answer.kind === 'withheld')
    return { values: [], isDeclined: false, notes: [note('withheld')] };
  const notes = answer.limit === undefined ? [] : [note(answer.limit)];
  if (answer.kind === 'declined') {
    return {
      values: [{ kind: 'content', text: read('common.declined') }],
      isDeclined: true,
      notes,
    };
  }
  return { values: printValue(question, answer.value, column), isDeclined: false, notes };
}

function printValue(question: Question, value: AnswerValue, column: ColumnTexts): PrintedValue[] {
  const content = (textId: string): PrintedValue => ({
    kind: 'content',
    text: interviewText(column.texts, textId, column.language),
  });
  const list = Array.isArray(value) ? value : [String(value)];
  switch (question.type) {
    case 'yes-no':
      return [content(value === true ? 'common.yes' : 'common.no')];
    case 'single-choice':
    case 'multiple-choice':
      return list.map((choice) => content(`choice.${question.id}.${choice}`));
    case 'date':
      return [writePlainDate(String(value), column.language)];
    case 'number':
      return [
        written(column.language, Intl.NumberFormat, (lang) => formatNumber(Number(value), lang)),
      ];
    case 'country':
      return [
        written(column.language, Intl.DisplayNames, (lang) => nameCountry(String(value), lang)),
      ];
    case 'language':
      return list.map((code) =>
        written(column.language, Intl.DisplayNames, (lang) => nameLanguage(code, lang)),
      );
    case 'text':
      return [{ kind: 'typed', text: String(value) }];
  }
}

/** A calendar day written in `language`, or in the first of its fallbacks the browser can write. */
export function writePlainDate(
  plainDate: string,
  language: InterviewLanguage,
): Extract<PrintedValue, { kind: 'written' }> {
  return written(language, Intl.DateTimeFormat, (lang) => formatPlainDate(plainDate, lang));
}

const countryNames = new Map<string, Intl.DisplayNames>();

function nameCountry(code: string, language: string): string {
  let names = countryNames.get(language);
  if (names === undefined) {
    names = new Intl.DisplayNames([language], { type: 'region' });
    countryNames.set(language, names);
  }
  return names.of(code) ?? code;
}

/**
 * A value written by Intl in `language` where the browser knows it, else in the first of the
 * language's fallbacks it knows (Chromium's reduced ICU lacks some of Tigrinya's, Nigerian Pidgin's
 * and Albanian's formats): never a silent switch, the value says which language it is in.
 */
function written(
  language: InterviewLanguage,
  intl: { supportedLocalesOf: (locales: string[]) => string[] },
  write: (language: InterviewLanguage) => string,
): Extract<PrintedValue, { kind: 'written' }> {
  const order = [language, ...INTERVIEW_LANGUAGE_INFO[language].fallback];
  const known = order.find((code) => intl.supportedLocalesOf([code]).length > 0) ?? language;
  return { kind: 'written', text: write(known), language: known, requested: language };
}

/** Every text of the column that is a draft translation, by language: one footnote each. */
export function listDraftLanguages(column: TranscriptColumn): InterviewLanguage[] {
  const texts: InterviewText[] = column.sections.flatMap((section) => [
    section.title,
    ...section.statements,
    ...section.entries.flatMap((entry) => [
      entry.question,
      ...entry.answer.values.flatMap((value) => (value.kind === 'content' ? [value.text] : [])),
      ...entry.answer.notes.flatMap((note) => (note.kind === 'content' ? [note.text] : [])),
    ]),
  ]);
  return listDrafts(texts);
}

/** The languages of the draft translations among `texts`, each once, in order of first use. */
export function listDrafts(texts: readonly InterviewText[]): InterviewLanguage[] {
  const languages = new Set<InterviewLanguage>();
  for (const text of texts) {
    if (text.outcome !== 'missing' && text.status === 'draft') languages.add(text.language);
  }
  return [...languages];
}
