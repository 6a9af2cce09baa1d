import { describe, expect, it } from 'vitest';
import {
  SCREENING_SCRIPT_V1,
  buildTranscript,
  listTranscriptVersions,
  type InterviewAnswer,
  type TranscriptCopy,
} from '../../../src/domain/index';
import { FULL_CONSENT, HELD_ON, answer, declined } from './build-interview';

const printed = (answers: InterviewAnswer[], copy: TranscriptCopy = 'bilingual') =>
  buildTranscript(SCREENING_SCRIPT_V1, answers, HELD_ON, copy);

const questionsOf = (answers: InterviewAnswer[], copy?: TranscriptCopy) =>
  printed(answers, copy).flatMap((section) => section.entries.map((entry) => entry.question.id));

/** Decision 021: what the printed transcript of an interview holds. */
describe('the transcript of an interview', () => {
  it('prints the questions asked, in the order of the script, and leaves out those not asked', () => {
    const sections = printed([
      ...FULL_CONSENT,
      answer('identity.nationality', 'ER'),
      answer('safety.safe-now', true),
    ]);
    expect(sections.map((section) => section.section.id)).toEqual([
      'consent',
      'safety',
      'identity',
    ]);
    expect(sections.flatMap((s) => s.entries.map((e) => e.question.id))).toEqual([
      'consent.agrees',
      'consent.use-for-file',
      'consent.share-with-team',
      'safety.safe-now',
      'identity.nationality',
    ]);
  });

  it('prints a declined question as declined, and leaves out an answer emptied again', () => {
    const sections = printed([
      ...FULL_CONSENT,
      declined('children.has-children'),
      answer('identity.name', ''),
    ]);
    const entries = sections.flatMap((section) => section.entries);
    expect(entries.find((e) => e.question.id === 'children.has-children')?.answer).toEqual({
      kind: 'declined',
    });
    expect(entries.map((e) => e.question.id)).not.toContain('identity.name');
  });

  it('leaves out an answer its question no longer shows (hidden by a later answer)', () => {
    // Afraid of someone only when not safe; the person then said they are safe.
    const answers = [
      ...FULL_CONSENT,
      answer('safety.safe-now', true),
      answer('safety.afraid-of', ['family']),
    ];
    expect(questionsOf(answers)).not.toContain('safety.afraid-of');
  });

  it('prints only the consent section while the person has not agreed to answer', () => {
    const answers = [answer('consent.agrees', false), answer('identity.nationality', 'ER')];
    expect(questionsOf(answers)).toEqual(['consent.agrees']);
  });

  it('withholds a confidential answer from the filed copy: marked, its value and status not printed', () => {
    const answers = [
      ...FULL_CONSENT,
      answer('control.violence', true, { limit: 'confidential' }),
      declined('control.threats', { limit: 'confidential' }),
    ];
    const entries = printed(answers, 'bilingual').flatMap((section) => section.entries);
    expect(entries.find((e) => e.question.id === 'control.violence')?.answer).toEqual({
      kind: 'withheld',
    });
    expect(entries.find((e) => e.question.id === 'control.threats')?.answer).toEqual({
      kind: 'withheld',
    });
  });

  it('gives the person every answer of theirs in their own copy, the limits marked', () => {
    const answers = [
      ...FULL_CONSENT,
      answer('control.violence', true, { limit: 'confidential' }),
      answer('wishes.stay', 'stay', { limit: 'not-for-file' }),
    ];
    const entries = printed(answers, 'person').flatMap((section) => section.entries);
    expect(entries.find((e) => e.question.id === 'control.violence')?.answer).toEqual({
      kind: 'answered',
      value: true,
      limit: 'confidential',
    });
    // Not for the file: the filed copy prints it too, marked (the team may read it).
    const filed = printed(answers, 'bilingual').flatMap((section) => section.entries);
    expect(filed.find((e) => e.question.id === 'wishes.stay')?.answer).toEqual({
      kind: 'answered',
      value: 'stay',
      limit: 'not-for-file',
    });
  });

  it('keeps the language each question was shown in, and names the script versions answered under', () => {
    const sections = printed([
      answer('consent.agrees', true, { shownLanguage: 'ar' }),
      answer('consent.use-for-file', true, { shownLanguage: 'fr' }),
    ]);
    expect(sections[0]?.entries.map((e) => e.shownLanguage)).toEqual(['ar', 'fr']);
    expect(listTranscriptVersions(sections)).toEqual([1]);
    expect(listTranscriptVersions([])).toEqual([]);
    // An interview resumed under a later version of the script names both, in order.
    const resumed = printed([
      answer('consent.agrees', true, { scriptVersion: 2 }),
      answer('consent.use-for-file', true, { scriptVersion: 1 }),
    ]);
    expect(listTranscriptVersions(resumed)).toEqual([1, 2]);
  });
});
