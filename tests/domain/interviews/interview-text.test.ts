import { describe, expect, it } from 'vitest';
import {
  INTERVIEW_LANGUAGES,
  INTERVIEW_LANGUAGE_INFO,
  INTERVIEW_SCRIPTS,
  SCRIPT_FONTS,
  SOURCE_LANGUAGES,
  checkTextsFile,
  countTexts,
  expectedTextIds,
  interviewText,
  isInterviewLanguage,
  listTextIds,
  type InterviewTexts,
} from '../../../src/domain/index';
import { readTextsFiles } from './read-texts-files';

const scripts = Object.values(INTERVIEW_SCRIPTS).flat();

describe('the sixteen interview languages', () => {
  it('lists each language once, with its BCP 47 code and its own name', () => {
    expect(INTERVIEW_LANGUAGES).toHaveLength(16);
    for (const code of INTERVIEW_LANGUAGES) {
      expect(INTERVIEW_LANGUAGE_INFO[code].code).toBe(code);
      expect(Intl.getCanonicalLocales(code)).toEqual([code]);
    }
    expect(INTERVIEW_LANGUAGE_INFO.ar.endonym).toBe('العربية');
    expect(INTERVIEW_LANGUAGE_INFO.fa.endonym).toBe('فارسی');
    expect(INTERVIEW_LANGUAGE_INFO.ti.endonym).toBe('ትግርኛ');
    expect(INTERVIEW_LANGUAGE_INFO.pcm.endonym).toBe('Naijá');
  });

  it('takes the direction from the table: Arabic and Persian right to left, no other', () => {
    const rtl = INTERVIEW_LANGUAGES.filter((code) => INTERVIEW_LANGUAGE_INFO[code].dir === 'rtl');
    expect(rtl).toEqual(['ar', 'fa']);
  });

  it('names the font each script needs: Ethiopic for Tigrinya, Arabic for Arabic and Persian', () => {
    const font = (code: keyof typeof INTERVIEW_LANGUAGE_INFO) =>
      SCRIPT_FONTS[INTERVIEW_LANGUAGE_INFO[code].script];
    expect(font('ti')).toBe('Noto Sans Ethiopic');
    expect(font('ar')).toBe('Noto Sans Arabic');
    expect(font('fa')).toBe('Noto Sans Arabic');
    expect(font('zh')).toBe('Noto Sans SC');
  });

  it.each([...INTERVIEW_LANGUAGES])(
    '%s falls back to languages of the table, ending with both source languages',
    (code) => {
      const { fallback } = INTERVIEW_LANGUAGE_INFO[code];
      expect(fallback).not.toContain(code);
      expect([code, ...fallback]).toEqual(expect.arrayContaining([...SOURCE_LANGUAGES]));
      expect(fallback.every(isInterviewLanguage)).toBe(true);
    },
  );

  it('Nigerian Pidgin falls back to English first, Arabic to French first, Ukrainian never to Russian', () => {
    expect(INTERVIEW_LANGUAGE_INFO.pcm.fallback[0]).toBe('en');
    expect(INTERVIEW_LANGUAGE_INFO.ar.fallback[0]).toBe('fr');
    expect(INTERVIEW_LANGUAGE_INFO.uk.fallback).not.toContain('ru');
    expect(INTERVIEW_LANGUAGE_INFO.ru.fallback).not.toContain('uk');
  });
});

describe('reading a text in a language', () => {
  const texts: InterviewTexts = {
    fr: {
      language: 'fr',
      script: 'screening',
      texts: {
        'question.a': { text: 'Avez-vous faim ?', status: 'source' },
        'question.b': { text: 'Où dormez-vous ?', status: 'source' },
      },
    },
    en: {
      language: 'en',
      script: 'screening',
      texts: { 'question.b': { text: 'Where do you sleep?', status: 'source' } },
    },
    ar: {
      language: 'ar',
      script: 'screening',
      texts: { 'question.a': { text: 'هل أنت جائع؟', status: 'draft' } },
    },
  };

  it('gives the language’s own text, with its status and direction', () => {
    expect(interviewText(texts, 'question.a', 'ar')).toEqual({
      textId: 'question.a',
      requested: 'ar',
      outcome: 'own',
      text: 'هل أنت جائع؟',
      language: 'ar',
      dir: 'rtl',
      status: 'draft',
    });
  });

  it('a missing text falls back along the language’s order, marked, in the fallback’s direction', () => {
    // Arabic falls back to French first; Tigrinya (no file at all) to English first.
    expect(interviewText(texts, 'question.b', 'ar')).toMatchObject({
      outcome: 'fallback',
      requested: 'ar',
      language: 'fr',
      dir: 'ltr',
      text: 'Où dormez-vous ?',
    });
    expect(interviewText(texts, 'question.b', 'ti')).toMatchObject({
      outcome: 'fallback',
      language: 'en',
      text: 'Where do you sleep?',
    });
    expect(interviewText(texts, 'question.a', 'ti')).toMatchObject({
      outcome: 'fallback',
      language: 'fr',
    });
  });

  it('a text no language has shows its id, marked missing: never a blank', () => {
    expect(interviewText(texts, 'question.new', 'nl')).toEqual({
      textId: 'question.new',
      requested: 'nl',
      outcome: 'missing',
      text: 'question.new',
      dir: 'ltr',
    });
  });
});

describe.each(scripts.map((script) => [`${script.id} v${script.version}`, script] as const))(
  'the texts of %s',
  (_name, script) => {
    const texts = readTextsFiles(script.id);

    it.each([...SOURCE_LANGUAGES])(
      'every title, statement, question, choice and guidance has a %s text, status source',
      (language) => {
        const own = texts[language]?.texts ?? {};
        const missing = listTextIds(script).filter((text) => own[text.id] === undefined);
        expect(missing).toEqual([]);
        const notSource = Object.entries(own).filter(([, entry]) => entry.status !== 'source');
        expect(notSource).toEqual([]);
      },
    );

    it('Dutch, a UI language of the Belgian associations, has every text (draft until reviewed)', () => {
      expect(countTexts(script, texts, 'nl')).toMatchObject({ missing: 0, unknownIds: [] });
    });

    it.each([...INTERVIEW_LANGUAGES])(
      '%s: every text reads, its own or a marked fallback, never blank; its file (if any) is sound',
      (language) => {
        for (const id of expectedTextIds(script, language)) {
          const read = interviewText(texts, id, language);
          expect(read.outcome, id).not.toBe('missing');
          expect(read.text.trim(), id).not.toBe('');
          if (read.outcome === 'fallback') expect(read.language).not.toBe(language);
        }
        const file = texts[language];
        if (file === undefined) return;
        expect(file.language).toBe(language);
        expect(checkTextsFile(script, file)).toEqual([]);
        expect(countTexts(script, texts, language).unknownIds).toEqual([]);
      },
    );

    it('a translation removed from a file makes the fallback appear, marked as such', () => {
      const nl = texts.nl;
      expect(nl).toBeDefined();
      const id = 'question.safety.safe-now';
      expect(interviewText(texts, id, 'nl')).toMatchObject({ outcome: 'own', language: 'nl' });
      const { [id]: _removed, ...rest } = nl?.texts ?? {};
      const without: InterviewTexts = { ...texts, nl: { ...nl!, texts: rest } };
      expect(interviewText(without, id, 'nl')).toMatchObject({
        outcome: 'fallback',
        requested: 'nl',
        language: 'en',
        text: texts.en?.texts[id]?.text,
      });
      expect(countTexts(script, without, 'nl').missing).toBe(1);
    });
  },
);

describe('counting and checking a language’s texts', () => {
  const script = INTERVIEW_SCRIPTS.screening![0]!;

  it('counts texts by status, the missing ones, and ids the script does not know', () => {
    const texts: InterviewTexts = {
      ro: {
        language: 'ro',
        script: 'screening',
        texts: {
          'common.yes': { text: 'Da', status: 'reviewed' },
          'common.no': { text: 'Nu', status: 'draft' },
          'question.removed': { text: 'Ceva', status: 'draft' },
        },
      },
    };
    const expected = expectedTextIds(script, 'ro').length;
    expect(countTexts(script, texts, 'ro')).toEqual({
      language: 'ro',
      expected,
      source: 0,
      reviewed: 1,
      draft: 1,
      missing: expected - 2,
      unknownIds: ['question.removed'],
    });
    // A language with no file yet: everything is missing (and reads from its fallback).
    expect(countTexts(script, texts, 'ti')).toMatchObject({ missing: expected, draft: 0 });
  });

  it('expects the worker’s guidance only in the languages a worker reads (fr, en, nl)', () => {
    const guidance = (language: (typeof INTERVIEW_LANGUAGES)[number]) =>
      expectedTextIds(script, language).filter((id) => id.startsWith('guidance.'));
    expect(guidance('nl').length).toBeGreaterThan(0);
    expect(guidance('ar')).toEqual([]);
  });

  it('refuses placeholders, a source status outside fr and en, and another script’s file', () => {
    expect(
      checkTextsFile(script, {
        language: 'vi',
        script: 'other',
        texts: {
          'common.yes': { text: 'Có', status: 'source' },
          'common.no': { text: 'Không {{name}}', status: 'draft' },
          'common.stop': { text: '100 %', status: 'draft' },
        },
      }),
    ).toEqual([
      { code: 'wrong-script', script: 'other' },
      { code: 'source-status-outside-source-languages', textId: 'common.yes' },
      { code: 'placeholder', textId: 'common.no' },
      { code: 'placeholder', textId: 'common.stop' },
    ]);
  });
});
