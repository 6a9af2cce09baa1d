/**
 * The screening interview, version 1 (issue 15): a first conversation with a person who may be a
 * victim of trafficking, in a trauma-informed order — consent and rights, then safety and needs
 * today, then identity, the journey, recruitment, work and control (the six groups of the ILO/EC
 * 2009 operational indicators), the criminal proceedings and the person's wishes. Written in the
 * project's own words after WHO 2003, ILO/EC 2009 and the Vera TVIT short form; the words are in
 * ./texts/<language>.json.
 */
import type { Condition, InterviewScript } from '../interview-script';

/** Everything after the consent section: only once the person agreed to answer. */
const AGREES: Condition = { question: 'consent.agrees', equals: true };
const yes = (question: string): Condition => ({ question, equals: true });
const IS_MINOR: Condition = {
  anyOf: [
    { birthDate: 'identity.birth-date', ageBelow: 18 },
    { question: 'identity.under-18', equals: true },
  ],
};

export const SCREENING_SCRIPT_V1: InterviewScript = {
  id: 'screening',
  version: 1,
  publishedOn: '2026-12-01',
  consent: {
    agrees: 'consent.agrees',
    useForFile: 'consent.use-for-file',
    shareWithTeam: 'consent.share-with-team',
  },
  sections: [
    {
      // WHO 2003: informed consent — the purpose, who will see the answers, the right not to
      // answer, to stop at any time and to limit how answers are used.
      id: 'consent',
      statements: ['purpose', 'who-sees', 'no-obligation', 'stop', 'limit', 'interpreter'],
      questions: [
        { id: 'consent.agrees', type: 'yes-no', guidance: true },
        { id: 'consent.use-for-file', type: 'yes-no', guidance: true, showWhen: AGREES },
        { id: 'consent.share-with-team', type: 'yes-no', guidance: true, showWhen: AGREES },
        {
          id: 'consent.interviewer',
          type: 'single-choice',
          choices: ['woman', 'man', 'no-preference'],
          showWhen: AGREES,
        },
        { id: 'consent.interpreter-ok', type: 'yes-no', guidance: true, showWhen: AGREES },
      ],
    },
    {
      // Basic needs and safety before any question about the past.
      id: 'safety',
      showWhen: AGREES,
      questions: [
        { id: 'safety.safe-now', type: 'yes-no', guidance: true },
        {
          id: 'safety.afraid-of',
          type: 'multiple-choice',
          choices: ['people-who-brought-me', 'people-i-worked-for', 'family', 'partner', 'other'],
          showWhen: { question: 'safety.safe-now', equals: false },
        },
        { id: 'safety.family-in-danger', type: 'yes-no' },
        { id: 'safety.place-tonight', type: 'yes-no', guidance: true },
        {
          id: 'safety.housing',
          type: 'single-choice',
          choices: ['own-place', 'hotel', 'with-someone', 'shelter', 'workplace', 'street'],
          guidance: true,
          // A shelter, the place of work and the street have no housing code in the case file.
          proposes: [
            {
              field: 'person.housing',
              values: { 'own-place': 'own', hotel: 'hotel', 'with-someone': 'hosted' },
            },
          ],
        },
        { id: 'safety.health-urgent', type: 'yes-no', guidance: true },
        { id: 'safety.food', type: 'yes-no' },
        {
          id: 'safety.safe-contact',
          type: 'text',
          guidance: true,
          proposes: [{ field: 'contact.safeContactNote' }],
        },
      ],
    },
    {
      id: 'children',
      showWhen: AGREES,
      questions: [
        { id: 'children.has-children', type: 'yes-no' },
        { id: 'children.number', type: 'number', showWhen: yes('children.has-children') },
        { id: 'children.with-you', type: 'yes-no', showWhen: yes('children.has-children') },
        {
          id: 'children.in-your-care',
          type: 'yes-no',
          guidance: true,
          showWhen: yes('children.has-children'),
          proposes: [{ field: 'family.dependentChildren' }],
        },
        { id: 'children.safe', type: 'yes-no', showWhen: yes('children.has-children') },
      ],
    },
    {
      id: 'identity',
      showWhen: AGREES,
      questions: [
        { id: 'identity.name', type: 'text', guidance: true },
        {
          id: 'identity.birth-date',
          type: 'date',
          guidance: true,
          proposes: [{ field: 'person.birthDate' }],
        },
        {
          id: 'identity.under-18',
          type: 'yes-no',
          showWhen: { question: 'identity.birth-date', hasNoValue: true },
        },
        {
          id: 'identity.birth-country',
          type: 'country',
          proposes: [{ field: 'identity.birthCountry' }],
        },
        {
          id: 'identity.birth-place',
          type: 'text',
          guidance: true,
          proposes: [{ field: 'identity.birthPlace' }],
        },
        {
          id: 'identity.nationality',
          type: 'country',
          guidance: true,
          proposes: [{ field: 'identity.nationality' }],
        },
        {
          id: 'identity.languages',
          type: 'language',
          multiple: true,
          proposes: [{ field: 'languages.spoken' }],
        },
        {
          id: 'identity.school',
          type: 'single-choice',
          choices: ['never', 'some-years', 'secondary', 'after-secondary'],
          guidance: true,
        },
        { id: 'identity.papers-with-you', type: 'yes-no' },
        {
          id: 'identity.papers-where',
          type: 'single-choice',
          choices: ['someone-else-has-them', 'lost', 'in-home-country', 'never-had'],
          showWhen: { question: 'identity.papers-with-you', equals: false },
        },
      ],
    },
    {
      // Only for a person under 18 on the day of the interview (by the birth date, or in their
      // own words when they gave none).
      id: 'minor',
      showWhen: { allOf: [AGREES, IS_MINOR] },
      questions: [
        { id: 'minor.adult-here', type: 'yes-no' },
        {
          id: 'minor.guardian',
          type: 'yes-no',
          guidance: true,
          proposes: [{ field: 'person.parentalAuthority', values: { yes: 'third-party' } }],
        },
        {
          id: 'minor.parents',
          type: 'single-choice',
          choices: ['married', 'divorced', 'never-married', 'dont-know'],
          showWhen: { not: yes('minor.guardian') },
          // "Never married" does not say whether and when each parent recognised the child.
          proposes: [
            {
              field: 'person.parentalAuthority',
              values: { married: 'married', divorced: 'divorced' },
            },
          ],
        },
        { id: 'minor.parents-contact', type: 'yes-no' },
      ],
    },
    {
      id: 'journey',
      showWhen: AGREES,
      questions: [
        {
          id: 'journey.arrival-date',
          type: 'date',
          guidance: true,
          proposes: [{ field: 'person.arrivedOn' }],
        },
        {
          id: 'journey.organised-by',
          type: 'single-choice',
          choices: ['myself', 'family', 'friend', 'recruiter', 'other'],
        },
        {
          id: 'journey.paid-by',
          type: 'single-choice',
          choices: ['myself', 'family', 'someone-else', 'dont-know'],
        },
        { id: 'journey.debt', type: 'yes-no' },
        { id: 'journey.papers-taken', type: 'yes-no' },
      ],
    },
    {
      // ILO/EC 2009: deceptive recruitment, coercive recruitment, recruitment by abuse of
      // vulnerability.
      id: 'recruitment',
      showWhen: AGREES,
      questions: [
        { id: 'recruitment.promise', type: 'yes-no' },
        {
          id: 'recruitment.promise-what',
          type: 'multiple-choice',
          choices: ['work', 'school', 'marriage', 'papers', 'other'],
          showWhen: yes('recruitment.promise'),
        },
        { id: 'recruitment.different', type: 'yes-no', showWhen: yes('recruitment.promise') },
        { id: 'recruitment.forced', type: 'yes-no', guidance: true },
        { id: 'recruitment.hard-time', type: 'yes-no', guidance: true },
      ],
    },
    {
      // ILO/EC 2009: exploitative conditions of work.
      id: 'work',
      showWhen: AGREES,
      questions: [
        { id: 'work.did-work', type: 'yes-no', guidance: true },
        {
          id: 'work.kind',
          type: 'multiple-choice',
          choices: [
            'domestic',
            'cleaning',
            'building',
            'farming',
            'restaurant',
            'factory',
            'sex',
            'begging',
            'stealing-or-drugs',
            'marriage',
            'other',
          ],
          showWhen: yes('work.did-work'),
        },
        { id: 'work.hours', type: 'number', showWhen: yes('work.did-work') },
        { id: 'work.days-off', type: 'yes-no', showWhen: yes('work.did-work') },
        {
          id: 'work.pay',
          type: 'single-choice',
          choices: ['as-agreed', 'less', 'nothing', 'someone-took-it'],
          showWhen: yes('work.did-work'),
        },
        { id: 'work.living-place', type: 'yes-no', showWhen: yes('work.did-work') },
      ],
    },
    {
      // ILO/EC 2009: coercion at destination, abuse of vulnerability at destination. Acts of
      // others, never the person's choices: no "why did you not leave".
      id: 'control',
      showWhen: AGREES,
      questions: [
        { id: 'control.kept-in', type: 'yes-no' },
        { id: 'control.papers-kept', type: 'yes-no' },
        { id: 'control.threats', type: 'yes-no' },
        { id: 'control.violence', type: 'yes-no', guidance: true },
        { id: 'control.sexual-violence', type: 'yes-no', guidance: true },
        { id: 'control.debt', type: 'yes-no' },
        { id: 'control.contacts-cut', type: 'yes-no' },
        { id: 'control.police-fear', type: 'yes-no' },
        { id: 'control.dependence', type: 'yes-no' },
        { id: 'control.substances', type: 'yes-no' },
        {
          // FR-T4 / BE-7: breaking contact with the perpetrators is a condition of the permit.
          id: 'control.still-in-contact',
          type: 'yes-no',
          guidance: true,
          showWhen: {
            anyOf: [
              yes('work.did-work'),
              yes('control.kept-in'),
              yes('control.papers-kept'),
              yes('control.threats'),
              yes('control.violence'),
              yes('control.sexual-violence'),
              yes('control.debt'),
            ],
          },
          proposes: [{ field: 'situation.contactWithPerpetrators' }],
        },
      ],
    },
    {
      id: 'proceedings',
      showWhen: AGREES,
      questions: [
        {
          id: 'proceedings.complaint',
          type: 'single-choice',
          choices: ['yes', 'no', 'not-sure'],
          guidance: true,
        },
        {
          id: 'proceedings.complaint-date',
          type: 'date',
          guidance: true,
          showWhen: { question: 'proceedings.complaint', equals: 'yes' },
          proposes: [{ event: 'complaint-filed' }],
        },
        { id: 'proceedings.witness', type: 'yes-no', guidance: true },
        {
          id: 'proceedings.witness-date',
          type: 'date',
          showWhen: yes('proceedings.witness'),
          proposes: [{ event: 'testimony-given' }],
        },
        { id: 'proceedings.lawyer', type: 'yes-no' },
        {
          id: 'proceedings.information',
          type: 'yes-no',
          guidance: true,
          showWhen: { not: { question: 'proceedings.complaint', equals: 'yes' } },
        },
      ],
    },
    {
      id: 'wishes',
      showWhen: AGREES,
      questions: [
        {
          id: 'wishes.priorities',
          type: 'multiple-choice',
          choices: [
            'safety',
            'papers',
            'health',
            'housing',
            'work',
            'school-or-language',
            'family',
            'go-home',
            'other',
          ],
        },
        {
          id: 'wishes.stay',
          type: 'single-choice',
          choices: ['stay', 'go-back', 'not-sure'],
          guidance: true,
        },
        { id: 'wishes.anything-else', type: 'text' },
      ],
    },
  ],
};
