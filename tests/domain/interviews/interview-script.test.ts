import { describe, expect, it } from 'vitest';
import {
  INTERVIEW_SCRIPTS,
  PERSON_MODE_TEXT_IDS,
  SCREENING_SCRIPT_V1,
  checkScript,
  findInterviewScript,
  listQuestions,
  listTextIds,
  type InterviewScript,
} from '../../../src/domain/index';

const allScripts = Object.values(INTERVIEW_SCRIPTS).flat();

describe('interview scripts are versioned data', () => {
  it.each(allScripts.map((s) => [`${s.id} v${s.version}`, s] as const))(
    '%s is consistent: unique ids, choices, conditions on earlier questions, mappings',
    (_name, script) => {
      expect(checkScript(script)).toEqual([]);
    },
  );

  it('finds a script by id, at its latest version or at a given one', () => {
    expect(findInterviewScript('screening')).toBe(SCREENING_SCRIPT_V1);
    expect(findInterviewScript('screening', 1)).toBe(SCREENING_SCRIPT_V1);
    expect(findInterviewScript('screening', 2)).toBeUndefined();
    expect(findInterviewScript('toString')).toBeUndefined();
  });

  it('the screening interview stays short: between 40 and 70 questions', () => {
    const count = listQuestions(SCREENING_SCRIPT_V1).length;
    expect(count).toBeGreaterThanOrEqual(40);
    expect(count).toBeLessThanOrEqual(70);
  });

  it('every section title, statement, question, choice and guidance has a text id', () => {
    const ids = listTextIds(SCREENING_SCRIPT_V1);
    expect(ids).toContainEqual({ id: 'section.consent.title', audience: 'person' });
    expect(ids).toContainEqual({ id: 'section.consent.statement.stop', audience: 'person' });
    expect(ids).toContainEqual({ id: 'question.safety.safe-now', audience: 'person' });
    expect(ids).toContainEqual({ id: 'choice.safety.housing.shelter', audience: 'person' });
    expect(ids).toContainEqual({ id: 'guidance.safety.safe-now', audience: 'worker' });
    expect(new Set(ids.map((t) => t.id)).size).toBe(ids.length);
  });

  it('the words of the person mode are texts for the person, expected in each language’s file', () => {
    const ids = listTextIds(SCREENING_SCRIPT_V1);
    for (const id of PERSON_MODE_TEXT_IDS) expect(ids).toContainEqual({ id, audience: 'person' });
  });
});

describe('checkScript finds what is wrong in a script', () => {
  const base: InterviewScript = {
    id: 'test',
    version: 1,
    publishedOn: '2026-12-01',
    consent: { agrees: 'c.agrees', useForFile: 'c.use', shareWithTeam: 'c.share' },
    sections: [
      {
        id: 'c',
        questions: [
          { id: 'c.agrees', type: 'yes-no' },
          { id: 'c.use', type: 'yes-no' },
          { id: 'c.share', type: 'yes-no' },
        ],
      },
    ],
  };
  const withSection = (section: InterviewScript['sections'][number]): InterviewScript => ({
    ...base,
    sections: [...base.sections, section],
  });

  it.each([
    [
      'a section id and a question id used twice',
      withSection({ id: 'c', questions: [{ id: 'c.agrees', type: 'text' }] }),
      [
        { code: 'duplicate-id', id: 'c' },
        { code: 'duplicate-id', id: 'c.agrees' },
        // The later question of the same id is the one read: no longer a yes-no.
        { code: 'consent-question-not-yes-no', questionId: 'c.agrees' },
      ],
    ],
    [
      'a choice question without choices',
      withSection({ id: 's', questions: [{ id: 's.q', type: 'single-choice' }] }),
      [{ code: 'choices-missing', questionId: 's.q' }],
    ],
    [
      'choices on a question that has none',
      withSection({ id: 's', questions: [{ id: 's.q', type: 'text', choices: ['a'] }] }),
      [{ code: 'choices-unexpected', questionId: 's.q' }],
    ],
    [
      'a condition reading a later question',
      withSection({
        id: 's',
        showWhen: { question: 's.later', equals: true },
        questions: [
          {
            id: 's.q',
            type: 'yes-no',
            showWhen: { not: { question: 's.later', hasNoValue: true } },
          },
          { id: 's.later', type: 'yes-no' },
        ],
      }),
      [
        { code: 'condition-reads-unknown-or-later-question', questionId: 's', reads: 's.later' },
        { code: 'condition-reads-unknown-or-later-question', questionId: 's.q', reads: 's.later' },
      ],
    ],
    [
      'a condition reading a question of the wrong type',
      withSection({
        id: 's',
        questions: [
          { id: 's.text', type: 'text' },
          {
            id: 's.q',
            type: 'yes-no',
            showWhen: {
              anyOf: [
                { question: 's.text', equals: 'x' },
                { allOf: [{ question: 's.text', includes: 'x' }] },
                { birthDate: 's.text', ageBelow: 18 },
              ],
            },
          },
        ],
      }),
      [
        { code: 'condition-type-mismatch', questionId: 's.q', reads: 's.text' },
        { code: 'condition-type-mismatch', questionId: 's.q', reads: 's.text' },
        { code: 'condition-type-mismatch', questionId: 's.q', reads: 's.text' },
      ],
    ],
    [
      'a mapping from an unknown choice, or an event from a non-date',
      withSection({
        id: 's',
        questions: [
          {
            id: 's.q',
            type: 'single-choice',
            choices: ['a'],
            proposes: [
              { field: 'person.housing', values: { b: 'own' } },
              { event: 'complaint-filed', when: { question: 's.none', equals: true } },
            ],
          },
          {
            id: 's.yn',
            type: 'yes-no',
            proposes: [{ field: 'family.dependentChildren', values: { maybe: true } }],
          },
        ],
      }),
      [
        { code: 'mapping-choice-unknown', questionId: 's.q', choice: 'b' },
        { code: 'condition-reads-unknown-or-later-question', questionId: 's.q', reads: 's.none' },
        { code: 'event-mapping-not-a-date', questionId: 's.q' },
        { code: 'mapping-choice-unknown', questionId: 's.yn', choice: 'maybe' },
      ],
    ],
    [
      'a consent question that is not a yes-no question',
      { ...base, consent: { ...base.consent, useForFile: 'c.missing' } },
      [{ code: 'consent-question-not-yes-no', questionId: 'c.missing' }],
    ],
  ] as const)('%s', (_label, script, problems) => {
    expect(checkScript(script as InterviewScript)).toEqual(problems);
  });
});
