import { describe, expect, it } from 'vitest';
import {
  SCREENING_SCRIPT_V1,
  isValueOfType,
  visibleQuestions,
  visibleSections,
  type InterviewAnswer,
  type Question,
} from '../../../src/domain/index';
import { FULL_CONSENT, HELD_ON, answer, declined } from './build-interview';

const script = SCREENING_SCRIPT_V1;
const shownIds = (answers: InterviewAnswer[], on = HELD_ON) =>
  visibleQuestions(script, answers, on).map((question) => question.id);
const shownSections = (answers: InterviewAnswer[], on = HELD_ON) =>
  visibleSections(script, answers, on).map((section) => section.section.id);

describe('which questions an interview shows', () => {
  it('before the person agrees, only the consent question is shown (WHO 2003: consent first)', () => {
    expect(shownIds([])).toEqual(['consent.agrees']);
    expect(shownIds([answer('consent.agrees', false)])).toEqual(['consent.agrees']);
    expect(shownIds([declined('consent.agrees')])).toEqual(['consent.agrees']);
  });

  it('once agreed, safety and needs come right after the consent, before the past', () => {
    expect(shownSections(FULL_CONSENT)).toEqual([
      'consent',
      'safety',
      'children',
      'identity',
      'journey',
      'recruitment',
      'work',
      'control',
      'proceedings',
      'wishes',
    ]);
  });

  it('questions about children are asked only of a person who has children', () => {
    const childQuestions = (answers: InterviewAnswer[]) =>
      shownIds([...FULL_CONSENT, ...answers]).filter((id) => id.startsWith('children.'));
    expect(childQuestions([])).toEqual(['children.has-children']);
    expect(childQuestions([answer('children.has-children', false)])).toEqual([
      'children.has-children',
    ]);
    expect(childQuestions([answer('children.has-children', true)])).toEqual([
      'children.has-children',
      'children.number',
      'children.with-you',
      'children.in-your-care',
      'children.safe',
    ]);
  });

  it.each([
    ['2009-12-11', true], // 16 on the interview day: 17 tomorrow
    ['2008-12-11', true], // 17, 18 tomorrow
    ['2008-12-10', false], // 18 on the interview day (D6)
    ['1990-01-15', false],
    ['2027-01-01', false], // a birth date after the interview is no age at all
  ])('born on %s, the minors’ questions are shown: %s', (birthDate, shown) => {
    const sections = shownSections([...FULL_CONSENT, answer('identity.birth-date', birthDate)]);
    expect(sections.includes('minor')).toBe(shown);
  });

  it('without a birth date, the person is asked whether they are under 18, and that decides', () => {
    expect(shownIds(FULL_CONSENT)).toContain('identity.under-18');
    expect(shownIds([...FULL_CONSENT, answer('identity.birth-date', '2000-03-01')])).not.toContain(
      'identity.under-18',
    );
    expect(shownSections([...FULL_CONSENT, declined('identity.birth-date')])).not.toContain(
      'minor',
    );
    expect(
      shownSections([
        ...FULL_CONSENT,
        declined('identity.birth-date'),
        answer('identity.under-18', true),
      ]),
    ).toContain('minor');
  });

  it('contact with the perpetrators is asked only when someone controlled or exploited the person', () => {
    expect(shownIds(FULL_CONSENT)).not.toContain('control.still-in-contact');
    expect(shownIds([...FULL_CONSENT, answer('control.papers-kept', true)])).toContain(
      'control.still-in-contact',
    );
  });

  it('a hidden question’s answer does not open the questions that depend on it', () => {
    // work.did-work is answered, but the consent was then withdrawn: nothing after it is shown,
    // and a condition reading it is not met.
    const answers = [
      answer('consent.agrees', false),
      answer('work.did-work', true),
      answer('work.pay', 'nothing'),
    ];
    expect(shownIds(answers)).toEqual(['consent.agrees']);
  });

  it('a multiple choice opens a question by one of its choices', () => {
    const custom = {
      ...script,
      sections: [
        {
          id: 'custom',
          questions: [
            { id: 'custom.kinds', type: 'multiple-choice', choices: ['a', 'b'] },
            {
              id: 'custom.on-b',
              type: 'yes-no',
              showWhen: { question: 'custom.kinds', includes: 'b' },
            },
          ],
        },
      ],
    } as const;
    const ids = (value: string[]) =>
      visibleQuestions(custom, [answer('custom.kinds', value)], HELD_ON).map((q) => q.id);
    expect(ids(['a'])).toEqual(['custom.kinds']);
    expect(ids(['a', 'b'])).toEqual(['custom.kinds', 'custom.on-b']);
  });
});

describe('an answer counts only when its value fits the question', () => {
  const question = (type: Question['type'], parts: Partial<Question> = {}): Question => ({
    id: 'q',
    type,
    ...parts,
  });
  it.each([
    [question('text'), 'Exempleville', true],
    [question('text'), '   ', false],
    [question('yes-no'), true, true],
    [question('yes-no'), 'yes', false],
    [question('single-choice', { choices: ['a', 'b'] }), 'a', true],
    [question('single-choice', { choices: ['a', 'b'] }), 'c', false],
    [question('multiple-choice', { choices: ['a', 'b'] }), ['a', 'b'], true],
    [question('multiple-choice', { choices: ['a', 'b'] }), ['a', 'c'], false],
    [question('multiple-choice', { choices: ['a', 'b'] }), 'a', false],
    [question('date'), '2024-02-29', true],
    [question('date'), '2025-02-29', false],
    [question('number'), 3, true],
    [question('number'), -1, false],
    [question('number'), Number.NaN, false],
    [question('number'), '3', false],
    [question('country'), 'ER', true],
    [question('country'), 'Eritrea', false],
    [question('language'), 'ti', true],
    [question('language'), ['ti'], false],
    [question('language', { multiple: true }), ['ti', 'pt-BR'], true],
    [question('language', { multiple: true }), 'ti', false],
    [question('language', { multiple: true }), ['Tigrinya'], false],
  ])('%o accepts %j: %s', (q, value, fits) => {
    expect(isValueOfType(q, value)).toBe(fits);
  });
});
