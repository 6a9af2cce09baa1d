import { describe, expect, it } from 'vitest';
import {
  SCREENING_SCRIPT_V1,
  readConsent,
  shareableAnswers,
  type InterviewAnswer,
} from '../../../src/domain/index';
import { FULL_CONSENT, answer, buildInterview, declined } from './build-interview';

describe('the consent given at the start', () => {
  it('silence is not consent: unanswered or declined consent questions count as no', () => {
    expect(readConsent(SCREENING_SCRIPT_V1, [])).toEqual({
      agrees: false,
      useForFile: false,
      shareWithTeam: false,
    });
    expect(
      readConsent(SCREENING_SCRIPT_V1, [
        answer('consent.agrees', true),
        declined('consent.use-for-file'),
        answer('consent.share-with-team', true),
      ]),
    ).toEqual({ agrees: true, useForFile: false, shareWithTeam: true });
  });

  it('a consent withdrawn later is withdrawn', () => {
    const withdrawn = answer('consent.share-with-team', false, {
      answeredAt: '2026-12-10T11:00:00Z',
    });
    expect(readConsent(SCREENING_SCRIPT_V1, [...FULL_CONSENT, withdrawn]).shareWithTeam).toBe(
      false,
    );
  });
});

describe('which answers may be shared with the team (called by storage and sync)', () => {
  const answers: InterviewAnswer[] = [
    ...FULL_CONSENT,
    answer('identity.nationality', 'ER'),
    answer('control.violence', true, { limit: 'confidential' }),
    answer('wishes.stay', 'stay', { limit: 'not-for-file' }),
  ];

  it('shares every answer but those the person asked to keep confidential', () => {
    const shared = shareableAnswers(buildInterview(answers)).map((a) => a.questionId);
    expect(shared).toContain('identity.nationality');
    expect(shared).toContain('wishes.stay');
    expect(shared).not.toContain('control.violence');
  });

  it('shares nothing when the person did not agree to the team reading the answers', () => {
    const refused = answers.map((a) =>
      a.questionId === 'consent.share-with-team' ? answer(a.questionId, false) : a,
    );
    expect(shareableAnswers(buildInterview(refused))).toEqual([]);
  });

  it('shares nothing of an interview whose script this version does not know', () => {
    expect(shareableAnswers(buildInterview(answers, { scriptId: 'unknown-script' }))).toEqual([]);
  });
});
