import { describe, expect, it } from 'vitest';
import {
  InterviewAnswerSchema,
  compareInstants,
  mergeAnswers,
  type InterviewAnswer,
} from '../../../src/domain/index';
import { answer, declined } from './build-interview';

describe('answers merge by question id, the latest answer winning', () => {
  const ours = [
    answer('identity.nationality', 'ER', { answeredAt: '2026-12-10T10:00:00Z' }),
    answer('safety.safe-now', true, { answeredAt: '2026-12-10T10:05:00Z' }),
  ];
  const theirs = [
    answer('identity.nationality', 'ET', {
      answeredAt: '2026-12-10T11:00:00Z',
      shownLanguage: 'en',
    }),
    declined('safety.safe-now', { answeredAt: '2026-12-10T09:00:00Z' }),
    answer('wishes.stay', 'stay', { answeredAt: '2026-12-10T10:30:00Z' }),
  ];

  it('keeps, for each question, the answer given last, with its version and language', () => {
    expect(mergeAnswers(ours, theirs)).toEqual([
      theirs[0], // identity.nationality: theirs is later
      ours[1], // safety.safe-now: ours is later than their "declined"
      theirs[2], // wishes.stay: only theirs
    ]);
  });

  it('gives the same result whatever the order, and merging again changes nothing', () => {
    const merged = mergeAnswers(ours, theirs);
    expect(mergeAnswers(theirs, ours)).toEqual(merged);
    expect(mergeAnswers(merged, theirs)).toEqual(merged);
    expect(mergeAnswers(merged, merged)).toEqual(merged);
  });

  it('a later "declined" replaces an earlier value: declining is an answer', () => {
    const later = declined('identity.nationality', { answeredAt: '2026-12-10T12:00:00Z' });
    expect(mergeAnswers(ours, [later])).toContainEqual(later);
  });

  it('compares instants by time, not as strings, whatever their fraction of a second', () => {
    const whole = answer('q', 'a', { answeredAt: '2026-12-10T10:00:00Z' });
    const half = answer('q', 'b', { answeredAt: '2026-12-10T10:00:00.500Z' });
    expect(mergeAnswers([half], [whole])).toEqual([half]);
    expect(compareInstants('2026-12-10T10:00:00.5Z', '2026-12-10T10:00:00.500Z')).toBe(0);
    expect(compareInstants('2026-12-10T10:00:00Z', '2026-12-10T09:59:59.999Z')).toBe(1);
  });

  it('two answers at the same instant are settled by content, the same way on both sides', () => {
    const a = answer('q', 'a');
    const b = answer('q', 'b');
    expect(mergeAnswers([a], [b])).toEqual(mergeAnswers([b], [a]));
  });
});

describe('the stored shape of an answer', () => {
  it('keeps the script version, the language shown and the moment, with a value or declined', () => {
    const parsed: InterviewAnswer = InterviewAnswerSchema.parse({
      questionId: 'identity.nationality',
      status: 'declined',
      scriptVersion: 1,
      shownLanguage: 'ar',
      answeredAt: '2026-12-10T10:00:00Z',
      value: 'ER',
    });
    expect(parsed).not.toHaveProperty('value');
    expect(
      InterviewAnswerSchema.safeParse({ ...answer('q', 'a'), shownLanguage: 'xx' }).success,
    ).toBe(false);
    expect(InterviewAnswerSchema.safeParse({ ...answer('q', 'a'), scriptVersion: 0 }).success).toBe(
      false,
    );
  });
});
