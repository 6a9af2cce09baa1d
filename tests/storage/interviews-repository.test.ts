import { afterEach, describe, expect, it } from 'vitest';
import type { InterviewAnswer } from '../../src/domain';
import { PasserelleDb } from '../../src/storage/db';
import { closeStorage } from '../../src/storage/storage';
import { freshDatabaseName, openUnlockedStorage } from '../setup/storage';

afterEach(() => closeStorage());

const answered = (questionId: string, value: string | boolean, at: string): InterviewAnswer => ({
  status: 'answered',
  questionId,
  value,
  scriptVersion: 1,
  shownLanguage: 'ti',
  answeredAt: at,
});

describe('interviews (issue 15)', () => {
  it('an interview keeps its answers sealed at rest, merged by question id, the last given winning', async () => {
    const name = freshDatabaseName();
    const { cases, interviews } = await openUnlockedStorage(name);
    const caseFile = await cases.create({ label: 'DEMO-ENTRETIEN', pathway: 'be-trafficking' });
    const started = await interviews.start(caseFile.id, {
      scriptId: 'screening',
      heldOn: '2026-12-01',
      language: 'ti',
    });

    await interviews.saveAnswers(started.id, [
      answered('identity.name', 'Nom fictif Abeba', '2026-12-01T09:01:00Z'),
      { ...answered('safety.safe-now', true, '2026-12-01T09:02:00Z'), status: 'declined' },
    ]);
    // Another tab, resuming, answers a question again and a new one.
    await interviews.saveAnswers(started.id, [
      answered('identity.name', 'Nom fictif Abeba corrigé', '2026-12-01T09:05:00Z'),
      answered('safety.food', false, '2026-12-01T09:06:00Z'),
    ]);
    // An older answer arriving late does not replace a newer one.
    const saved = await interviews.saveAnswers(started.id, [
      answered('identity.name', 'Nom ancien', '2026-12-01T09:00:00Z'),
    ]);

    const byQuestion = Object.fromEntries(saved.answers.map((a) => [a.questionId, a]));
    expect(byQuestion['identity.name']).toMatchObject({ value: 'Nom fictif Abeba corrigé' });
    // Declined stays declined: an answer, distinct from a question never asked.
    expect(byQuestion['safety.safe-now']?.status).toBe('declined');
    expect(byQuestion['safety.food']).toMatchObject({ value: false, shownLanguage: 'ti' });
    expect(byQuestion['safety.place-tonight']).toBeUndefined();
    expect(await interviews.listForCase(caseFile.id)).toHaveLength(1);

    // At rest: nothing of the answers in clear.
    const raw = new PasserelleDb(name);
    const rows = await raw.interviews.toArray();
    raw.close();
    expect(JSON.stringify(rows)).not.toContain('Abeba');
    expect(JSON.stringify(rows)).not.toContain('identity.name');
  });

  it('two saves at the same moment both land: the second merges with the first', async () => {
    const { cases, interviews } = await openUnlockedStorage(freshDatabaseName());
    const caseFile = await cases.create({ label: 'DEMO-ENTRETIEN-2', pathway: 'fr-trafficking' });
    const started = await interviews.start(caseFile.id, {
      scriptId: 'screening',
      heldOn: '2026-12-01',
      language: 'ar',
    });
    await Promise.all([
      interviews.saveAnswers(started.id, [answered('safety.food', true, '2026-12-01T10:00:00Z')]),
      interviews.saveAnswers(started.id, [
        answered('safety.safe-now', true, '2026-12-01T10:00:01Z'),
      ]),
    ]);
    const held = await interviews.get(started.id);
    expect(held?.answers.map((a) => a.questionId).sort()).toEqual([
      'safety.food',
      'safety.safe-now',
    ]);
  });

  it('a deleted case takes its interviews with it', async () => {
    const { cases, interviews } = await openUnlockedStorage(freshDatabaseName());
    const caseFile = await cases.create({ label: 'DEMO-ENTRETIEN-3', pathway: 'fr-trafficking' });
    await interviews.start(caseFile.id, {
      scriptId: 'screening',
      heldOn: '2026-12-01',
      language: 'fa',
    });
    await cases.remove(caseFile.id);
    expect(await interviews.listForCase(caseFile.id)).toEqual([]);
  });
});
