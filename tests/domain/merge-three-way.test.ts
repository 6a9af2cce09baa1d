import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSameValue, mergeThreeWay, settleConflicts } from '../../src/domain';

/** A fictional person's facts, as two tabs (or two devices) both started from. */
const base = {
  label: 'Dossier A-12',
  identity: { givenNames: 'Amara', birthNames: 'Testou' },
  notes: 'Suivi hebdomadaire',
  languages: { spoken: ['fr'] },
  timeline: [
    { id: 'e1', event: { type: 'complaint-filed', on: '2026-03-02' }, note: 'Plainte' },
    { id: 'e2', event: { type: 'reflection-granted', on: '2026-02-01' } },
  ],
};
type Facts = typeof base;
const edit = (change: (copy: Facts) => void): Facts => {
  const copy = structuredClone(base);
  change(copy);
  return copy;
};

describe('three-way merge of a record edited in two places', () => {
  it('keeps both sides when they changed different fields', () => {
    const ours = edit((facts) => (facts.identity.givenNames = 'Amira'));
    const theirs = edit((facts) => (facts.notes = 'Rendez-vous le 4'));
    const { merged, conflicts } = mergeThreeWay(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.identity.givenNames).toBe('Amira');
    expect(merged.notes).toBe('Rendez-vous le 4');
  });

  it('reports the same field changed differently as a conflict with both values, keeping the stored one', () => {
    const ours = edit((facts) => (facts.identity.givenNames = 'Amira'));
    const theirs = edit((facts) => (facts.identity.givenNames = 'Amina'));
    const { merged, conflicts } = mergeThreeWay(base, ours, theirs);
    expect(conflicts).toEqual([
      { path: ['identity', 'givenNames'], base: 'Amara', ours: 'Amira', theirs: 'Amina' },
    ]);
    expect(merged.identity.givenNames).toBe('Amina');
  });

  it('is no conflict when both sides made the same change', () => {
    const change = (facts: Facts) => (facts.notes = 'Même note');
    expect(mergeThreeWay(base, edit(change), edit(change))).toEqual({
      merged: edit(change),
      conflicts: [],
    });
  });

  it('treats a list of plain values as one value (spoken languages)', () => {
    const ours = edit((facts) => (facts.languages.spoken = ['fr', 'ar']));
    const theirs = edit((facts) => (facts.languages.spoken = ['fr', 'en']));
    expect(mergeThreeWay(base, ours, theirs).conflicts).toEqual([
      { path: ['languages', 'spoken'], base: ['fr'], ours: ['fr', 'ar'], theirs: ['fr', 'en'] },
    ]);
  });

  it('merges timeline entries one by one: an entry added on each side, another edited on one', () => {
    const ours = edit((facts) => {
      facts.timeline.push({ id: 'e3', event: { type: 'testimony-given', on: '2026-04-01' } });
      facts.timeline[0]!.note = 'Plainte déposée au commissariat';
    });
    const theirs = edit((facts) =>
      facts.timeline.push({ id: 'e4', event: { type: 'complaint-filed', on: '2026-05-01' } }),
    );
    const { merged, conflicts } = mergeThreeWay(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.timeline.map((entry) => entry.id)).toEqual(['e1', 'e2', 'e4', 'e3']);
    expect(merged.timeline[0]?.note).toBe('Plainte déposée au commissariat');
  });

  it('merges two edits of one timeline entry field by field, and reports the same field', () => {
    const ours = edit((facts) => (facts.timeline[0]!.event.on = '2026-03-03'));
    const theirs = edit((facts) => {
      facts.timeline[0]!.note = 'Plainte (commissariat central)';
      facts.timeline[0]!.event.on = '2026-03-04';
    });
    const { merged, conflicts } = mergeThreeWay(base, ours, theirs);
    expect(merged.timeline[0]?.note).toBe('Plainte (commissariat central)');
    expect(conflicts).toEqual([
      {
        path: ['timeline', 'e1', 'event', 'on'],
        base: '2026-03-02',
        ours: '2026-03-03',
        theirs: '2026-03-04',
      },
    ]);
  });

  it('merges entries added on both sides to a list the base did not have', () => {
    const { merged, conflicts } = mergeThreeWay<{ timeline?: { id: string }[] }>(
      {},
      { timeline: [{ id: 'ours' }] },
      { timeline: [{ id: 'theirs' }] },
    );
    expect(conflicts).toEqual([]);
    expect(merged.timeline).toEqual([{ id: 'theirs' }, { id: 'ours' }]);
  });

  it('merges a section both sides filled in where the base had none, field by field', () => {
    const { merged, conflicts } = mergeThreeWay<{
      housing?: { address?: string; hostName?: string };
    }>({}, { housing: { address: '1 rue Exemple' } }, { housing: { hostName: 'Hôte Exemple' } });
    expect(conflicts).toEqual([]);
    expect(merged.housing).toEqual({ address: '1 rue Exemple', hostName: 'Hôte Exemple' });
  });

  it('removes an entry deleted on one side and untouched on the other', () => {
    const ours = edit((facts) => facts.timeline.splice(1, 1));
    const theirs = edit((facts) => (facts.notes = 'Autre note'));
    const { merged, conflicts } = mergeThreeWay(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.timeline.map((entry) => entry.id)).toEqual(['e1']);
  });

  it('reports an entry deleted on one side and edited on the other, never dropping the edit silently', () => {
    const ours = edit((facts) => (facts.timeline[1]!.event.on = '2026-02-02'));
    const theirs = edit((facts) => facts.timeline.splice(1, 1));
    const { merged, conflicts } = mergeThreeWay(base, ours, theirs);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ path: ['timeline', 'e2'], theirs: undefined });
    expect(merged.timeline.map((entry) => entry.id)).toEqual(['e1']);
    const settled = settleConflicts(merged, [
      { path: ['timeline', 'e2'], value: conflicts[0]?.ours },
    ]);
    expect(settled.timeline.map((entry) => entry.id)).toEqual(['e1', 'e2']);
  });

  it('keeps a field cleared on one side (an absent key) when the other side left it alone', () => {
    const { notes: _notes, ...ours } = base;
    const theirs = edit((facts) => (facts.label = 'Dossier A-13'));
    const { merged, conflicts } = mergeThreeWay<Partial<Facts>>(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect('notes' in merged).toBe(false);
    expect(merged.label).toBe('Dossier A-13');
  });

  it('settles conflicts with the values the user chose, leaving the rest merged', () => {
    const ours = edit((facts) => {
      facts.identity.givenNames = 'Amira';
      facts.timeline[0]!.note = 'Notre note';
    });
    const theirs = edit((facts) => {
      facts.identity.givenNames = 'Amina';
      facts.timeline[0]!.note = 'Leur note';
      facts.label = 'Dossier A-14';
    });
    const { merged, conflicts } = mergeThreeWay(base, ours, theirs);
    expect(conflicts.map((conflict) => conflict.path.join('.'))).toEqual([
      'identity.givenNames',
      'timeline.e1.note',
    ]);
    const settled = settleConflicts(merged, [
      { path: ['identity', 'givenNames'], value: 'Amira' },
      { path: ['timeline', 'e1', 'note'], value: undefined },
    ]);
    expect(settled.identity.givenNames).toBe('Amira');
    expect(settled.timeline[0]).not.toHaveProperty('note');
    expect(settled.label).toBe('Dossier A-14');
    expect(settleConflicts(merged, [{ path: ['timeline', 'e9'], value: undefined }])).toEqual(
      merged,
    );
    expect(settleConflicts(merged, [{ path: [], value: 'entier' }])).toBe('entier');
    expect(settleConflicts({}, [{ path: ['a', 'b'], value: 1 }])).toEqual({ a: { b: 1 } });
    // Choosing the side that deleted an entry removes it.
    const removed = settleConflicts(merged, [{ path: ['timeline', 'e1'], value: undefined }]);
    expect(removed.timeline.map((entry) => entry.id)).toEqual(['e2']);
  });

  it('leaves its inputs as they were', () => {
    const ours = edit((facts) => (facts.identity.givenNames = 'Amira'));
    const theirs = edit((facts) => (facts.identity.givenNames = 'Amina'));
    const copies = structuredClone([base, ours, theirs]);
    mergeThreeWay(base, ours, theirs);
    expect([base, ours, theirs]).toEqual(copies);
  });

  const json = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('value'), { maxKeys: 3 }),
    ),
  })).value;

  it('takes the only side that changed, and never reports a conflict when one side is unchanged', () => {
    fc.assert(
      fc.property(json, json, (original, changed) => {
        const oursChanged = mergeThreeWay(original, changed, original);
        const theirsChanged = mergeThreeWay(original, original, changed);
        return (
          oursChanged.conflicts.length === 0 &&
          theirsChanged.conflicts.length === 0 &&
          isSameValue(oursChanged.merged, changed) &&
          isSameValue(theirsChanged.merged, changed)
        );
      }),
    );
  });

  it('reports the same conflicts whichever side is called ours', () => {
    fc.assert(
      fc.property(json, json, json, (original, one, other) => {
        const paths = (result: ReturnType<typeof mergeThreeWay>) =>
          result.conflicts.map((conflict) => conflict.path.join('/')).sort();
        return isSameValue(
          paths(mergeThreeWay(original, one, other)),
          paths(mergeThreeWay(original, other, one)),
        );
      }),
    );
  });
});
