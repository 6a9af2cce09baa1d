import { describe, expect, it } from 'vitest';
import {
  SCREENING_SCRIPT_V1,
  proposeChanges,
  type InterviewAnswer,
  type InterviewScript,
} from '../../../src/domain/index';
import { buildCaseFile, buildTimeline } from '../build-case-file';
import {
  ANSWERED_AT,
  FULL_CONSENT,
  HELD_ON,
  answer,
  buildInterview,
  declined,
} from './build-interview';

const script = SCREENING_SCRIPT_V1;
const emptyCase = buildCaseFile();
/** Conditions met so that each mapped question is shown. */
const CONTEXT: InterviewAnswer[] = [
  ...FULL_CONSENT,
  answer('children.has-children', true),
  answer('identity.birth-date', '2009-05-20'), // 17 on the day of the interview: a minor
  answer('work.did-work', true),
  answer('proceedings.complaint', 'yes'),
  answer('proceedings.witness', true),
];

function propose(answers: InterviewAnswer[], caseFile = emptyCase) {
  return proposeChanges(script, buildInterview([...CONTEXT, ...answers]), caseFile);
}

function fieldsOf(answers: InterviewAnswer[], caseFile = emptyCase) {
  return propose(answers, caseFile).flatMap((p) =>
    p.kind === 'field' ? [{ field: p.field, value: p.value }] : [],
  );
}

describe('answers propose changes to the case file, only onto its own fields', () => {
  it.each([
    ['safety.housing', 'own-place', 'person.housing', 'own'],
    ['safety.housing', 'hotel', 'person.housing', 'hotel'],
    ['safety.housing', 'with-someone', 'person.housing', 'hosted'],
    [
      'safety.safe-contact',
      'Seulement par le foyer, après 18 h',
      'contact.safeContactNote',
      'Seulement par le foyer, après 18 h',
    ],
    ['children.in-your-care', true, 'family.dependentChildren', true],
    ['children.in-your-care', false, 'family.dependentChildren', false],
    ['identity.birth-country', 'NG', 'identity.birthCountry', 'NG'],
    ['identity.birth-place', 'Exempleville', 'identity.birthPlace', 'Exempleville'],
    ['identity.nationality', 'ER', 'identity.nationality', 'ER'],
    ['identity.languages', ['ti', 'ar'], 'languages.spoken', ['ti', 'ar']],
    ['minor.guardian', true, 'person.parentalAuthority', 'third-party'],
    ['minor.parents', 'married', 'person.parentalAuthority', 'married'],
    ['minor.parents', 'divorced', 'person.parentalAuthority', 'divorced'],
    ['journey.arrival-date', '2026-09-14', 'person.arrivedOn', '2026-09-14'],
    ['control.still-in-contact', true, 'situation.contactWithPerpetrators', true],
    ['control.still-in-contact', false, 'situation.contactWithPerpetrators', false],
  ] as const)('%s answered %j proposes %s = %j', (questionId, value, field, expected) => {
    expect(fieldsOf([answer(questionId, value)])).toContainEqual({ field, value: expected });
  });

  it('the birth date is proposed as the person’s birth date', () => {
    expect(fieldsOf([])).toEqual([{ field: 'person.birthDate', value: '2009-05-20' }]);
  });

  it.each([
    ['safety.housing', 'shelter'],
    ['safety.housing', 'workplace'],
    ['safety.housing', 'street'],
    ['minor.parents', 'never-married'],
    ['minor.parents', 'dont-know'],
    ['minor.guardian', false],
  ] as const)(
    'a choice the case file has no code for (%s: %j) proposes nothing',
    (questionId, value) => {
      expect(fieldsOf([answer(questionId, value)])).toEqual([
        { field: 'person.birthDate', value: '2009-05-20' },
      ]);
    },
  );

  it('the name the person wants to be called, a number or an indicator propose nothing', () => {
    const unmapped = [
      answer('identity.name', 'Ayo'),
      answer('children.number', 2),
      answer('control.threats', true),
      answer('wishes.stay', 'stay'),
    ];
    expect(fieldsOf(unmapped)).toEqual([{ field: 'person.birthDate', value: '2009-05-20' }]);
  });

  it('languages spoken are added to those the case knows, never put in their place', () => {
    const caseFile = buildCaseFile({ languages: { spoken: ['en', 'ti'] } });
    const [proposal] = propose([answer('identity.languages', ['ti', 'ar'])], caseFile).filter(
      (p) => p.kind === 'field' && p.field === 'languages.spoken',
    );
    expect(proposal).toMatchObject({ value: ['en', 'ti', 'ar'], current: ['en', 'ti'] });
    expect(
      propose([answer('identity.languages', ['ti'])], caseFile).filter(
        (p) => p.kind === 'field' && p.field === 'languages.spoken',
      ),
    ).toEqual([]);
  });

  it('a complaint filed, with its day, proposes a complaint-filed event on the timeline', () => {
    const events = propose([answer('proceedings.complaint-date', '2026-11-03')]).filter(
      (p) => p.kind === 'event',
    );
    expect(events.map((p) => p.event)).toEqual([{ type: 'complaint-filed', on: '2026-11-03' }]);
  });

  it('a testimony, with its day, proposes a testimony-given event', () => {
    const events = propose([answer('proceedings.witness-date', '2026-11-20')]).filter(
      (p) => p.kind === 'event',
    );
    expect(events.map((p) => p.event)).toEqual([{ type: 'testimony-given', on: '2026-11-20' }]);
  });

  it('an event the timeline already holds on that day is not proposed again', () => {
    const caseFile = buildCaseFile({
      timeline: buildTimeline({ type: 'complaint-filed', on: '2026-11-03' }),
    });
    const events = propose([answer('proceedings.complaint-date', '2026-11-03')], caseFile).filter(
      (p) => p.kind === 'event',
    );
    expect(events).toEqual([]);
  });

  it('a value the case already holds is not proposed; another one is, with the current value', () => {
    const same = buildCaseFile({ identity: { nationality: 'ER' } });
    expect(fieldsOf([answer('identity.nationality', 'ER')], same)).not.toContainEqual({
      field: 'identity.nationality',
      value: 'ER',
    });
    const other = buildCaseFile({ identity: { nationality: 'ET' } });
    expect(propose([answer('identity.nationality', 'ER')], other)).toContainEqual(
      expect.objectContaining({ field: 'identity.nationality', value: 'ER', current: 'ET' }),
    );
  });

  it('each proposal says where it comes from: the interview of its day, question, version, language', () => {
    const [proposal] = proposeChanges(
      script,
      buildInterview([
        ...FULL_CONSENT,
        answer('journey.arrival-date', '2026-09-14', {
          shownLanguage: 'ti',
          answeredAt: '2026-12-10T10:42:00Z',
        }),
      ]),
      emptyCase,
    );
    expect(proposal?.source).toEqual({
      interviewId: 'interview-demo-0001',
      heldOn: HELD_ON,
      scriptId: 'screening',
      questionId: 'journey.arrival-date',
      scriptVersion: 1,
      shownLanguage: 'ti',
      answeredAt: '2026-12-10T10:42:00Z',
    });
  });
});

describe('what proposes nothing', () => {
  it('a declined or unanswered question proposes nothing', () => {
    const interview = buildInterview([...FULL_CONSENT, declined('identity.nationality')]);
    expect(proposeChanges(script, interview, emptyCase)).toEqual([]);
  });

  it('a question hidden by its condition proposes nothing, even with an answer', () => {
    // The complaint's day is asked only after "yes, I made a complaint".
    const interview = buildInterview([
      ...FULL_CONSENT,
      answer('proceedings.complaint', 'not-sure'),
      answer('proceedings.complaint-date', '2026-11-03'),
      // Guardianship questions are for minors only: an adult's answer is ignored.
      answer('identity.birth-date', '1990-01-15'),
      answer('minor.guardian', true),
    ]);
    expect(proposeChanges(script, interview, emptyCase)).toEqual([
      expect.objectContaining({ field: 'person.birthDate', value: '1990-01-15' }),
    ]);
  });

  it('a judge-named guardian wins: the parents’ marriage is then not asked, nor proposed', () => {
    const proposals = fieldsOf([
      answer('minor.guardian', true),
      answer('minor.parents', 'married'),
    ]);
    expect(proposals.filter((p) => p.field === 'person.parentalAuthority')).toEqual([
      { field: 'person.parentalAuthority', value: 'third-party' },
    ]);
  });

  it('without the consent to use answers for the file, nothing is proposed', () => {
    const withoutUse = [
      answer('consent.agrees', true),
      answer('consent.use-for-file', false),
      answer('consent.share-with-team', true),
      answer('identity.nationality', 'ER'),
    ];
    expect(proposeChanges(script, buildInterview(withoutUse), emptyCase)).toEqual([]);
    const declinedUse = withoutUse.map((a) =>
      a.questionId === 'consent.use-for-file' ? declined(a.questionId) : a,
    );
    expect(proposeChanges(script, buildInterview(declinedUse), emptyCase)).toEqual([]);
  });

  it.each(['confidential', 'not-for-file'] as const)(
    'an answer the person limited (%s) proposes nothing',
    (limit) => {
      const interview = buildInterview([
        ...FULL_CONSENT,
        answer('identity.nationality', 'ER', { limit }),
      ]);
      expect(proposeChanges(script, interview, emptyCase)).toEqual([]);
    },
  );

  it('a value of the wrong shape for its question proposes nothing', () => {
    const interview = buildInterview([
      ...FULL_CONSENT,
      answer('identity.nationality', 'Érythrée'),
      answer('journey.arrival-date', '2026-02-30'),
    ]);
    expect(proposeChanges(script, interview, emptyCase)).toEqual([]);
  });

  it('a value the field’s schema refuses proposes nothing (a birth place over 200 characters)', () => {
    const interview = buildInterview([
      ...FULL_CONSENT,
      answer('identity.birth-place', 'x'.repeat(201)),
    ]);
    expect(proposeChanges(script, interview, emptyCase)).toEqual([]);
  });

  it('a mapping limited by `when` proposes only under its condition; an event needs a date', () => {
    const custom: InterviewScript = {
      ...script,
      sections: [
        script.sections[0]!,
        {
          id: 'custom',
          questions: [
            { id: 'custom.gate', type: 'yes-no' },
            {
              id: 'custom.country',
              type: 'country',
              proposes: [
                { field: 'identity.nationality', when: { question: 'custom.gate', equals: true } },
              ],
            },
            { id: 'custom.note', type: 'text', proposes: [{ event: 'complaint-filed' }] },
          ],
        },
      ],
    };
    const answers = [
      ...FULL_CONSENT,
      answer('custom.country', 'ER'),
      answer('custom.note', 'hier'),
    ];
    expect(proposeChanges(custom, buildInterview(answers), emptyCase)).toEqual([]);
    const opened = [...answers, answer('custom.gate', true, { answeredAt: ANSWERED_AT })];
    expect(proposeChanges(custom, buildInterview(opened), emptyCase)).toEqual([
      expect.objectContaining({ field: 'identity.nationality', value: 'ER' }),
    ]);
  });
});
