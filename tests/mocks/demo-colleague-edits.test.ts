import { describe, expect, it } from 'vitest';
import { CaseFileContentSchema } from '../../src/domain';
import { clashingEdit, possibleEdits } from '../../src/mocks/demo-colleague-edits';

/**
 * Decision 019: what the demo's fictional colleague writes passes the case file's schema, and its
 * one clash is a third value of the field the user changed (neither the server's nor the user's).
 */
const NAME = 'Dominique Exemple';
const server = {
  label: 'DEMO-ESSAI (fictive)',
  person: { birthDate: '1990-01-15', housing: 'own' },
  notes: 'Première rencontre (fictif).',
  timeline: [
    {
      id: 'entree-1',
      event: { type: 'complaint-filed', on: '2026-01-10' },
      recordedAt: '2026-01-10T09:00:00.000Z',
    },
  ],
};

/** The server's case with one value changed, as the user's device would send it. */
function changed(path: readonly string[], value: unknown): Record<string, unknown> {
  const [head, key] = path;
  if (head === undefined) return server;
  if (key === undefined) return { ...server, [head]: value };
  const inner: unknown = (server as Record<string, unknown>)[head];
  return { ...server, [head]: { ...(inner as Record<string, unknown>), [key]: value } };
}

describe('the demo colleague’s edits', () => {
  it('are each valid, and each changes the case', () => {
    const edits = possibleEdits(server, {
      pathway: 'fr-trafficking',
      today: '2026-03-02',
      note: 'Note de suivi (fictive).',
    });
    expect(edits.map((edit) => edit.kind)).toEqual(['case-note', 'timeline-note', 'document']);
    for (const { content } of edits) {
      expect(CaseFileContentSchema.safeParse(content).success).toBe(true);
      expect(content).not.toEqual(server);
    }
    const document = edits.find((edit) => edit.kind === 'document')?.content.documents;
    expect(Object.values(document ?? {})).toEqual([
      { status: 'requested', requestedOn: '2026-03-02' },
    ]);
  });

  it.each([
    ['a date', ['person', 'birthDate'], '1991-02-20'],
    ['a text', ['notes'], 'Autre note (fictive).'],
    ['a choice among a few (housing)', ['person', 'housing'], 'hotel'],
  ])('clash on %s: a third valid value at the same field', (_what, path, value) => {
    const clash = clashingEdit(server, changed(path, value), NAME);
    expect(clash?.path).toEqual(path);
    const content = clash?.content ?? {};
    expect(CaseFileContentSchema.safeParse(content).success).toBe(true);
    let at: unknown = content;
    for (const key of path) at = (at as Record<string, unknown>)[key];
    expect(at).toBeDefined();
    expect(at).not.toEqual(value);
    let before: unknown = server;
    for (const key of path) before = (before as Record<string, unknown>)[key];
    expect(at).not.toEqual(before);
  });

  it('finds no clash where the user only added something new (a timeline entry)', () => {
    const device = {
      ...server,
      timeline: [
        ...server.timeline,
        {
          id: 'entree-2',
          event: { type: 'testimony-given', on: '2026-02-01' },
          recordedAt: '2026-02-01T09:00:00.000Z',
        },
      ],
    };
    expect(clashingEdit(server, device, NAME)).toBeUndefined();
  });
});
