import { describe, expect, it } from 'vitest';
import { interviewText } from '../../../src/domain';
import { loadInterviewTexts } from '../../../src/features/interviews/load-interview-texts';

describe('loading an interview’s texts on demand', () => {
  it('loads the language and its fallback order, those that have a file', async () => {
    const texts = await loadInterviewTexts('screening', 'nl');
    expect(Object.keys(texts).sort()).toEqual(['en', 'fr', 'nl']);
    expect(interviewText(texts, 'question.safety.safe-now', 'nl')).toMatchObject({
      outcome: 'own',
      text: 'Voelt u zich vandaag veilig?',
    });
  });

  it('a text the language lacks (the worker’s guidance, outside fr, en and nl) reads from its fallback, marked', async () => {
    const texts = await loadInterviewTexts('screening', 'pcm');
    expect(Object.keys(texts).sort()).toEqual(['en', 'fr', 'pcm']);
    expect(interviewText(texts, 'question.safety.safe-now', 'pcm')).toMatchObject({
      outcome: 'own',
      language: 'pcm',
    });
    expect(interviewText(texts, 'guidance.consent.agrees', 'pcm')).toMatchObject({
      outcome: 'fallback',
      language: 'en',
    });
  });

  it('an unknown script loads nothing', async () => {
    expect(await loadInterviewTexts('no-such-script', 'fr')).toEqual({});
  });
});
