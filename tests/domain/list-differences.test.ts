import { describe, expect, it } from 'vitest';
import { listDifferences, settleConflicts } from '../../src/domain';

/** A fictional person's case as this device holds it; a backup holds another version of it. */
const here = {
  label: 'Dossier B-7',
  identity: { givenNames: 'Ayo', birthNames: 'Exemple' },
  timeline: [
    { id: 'e1', event: { type: 'complaint-filed', on: '2026-03-02' } },
    { id: 'e2', event: { type: 'reflection-granted', on: '2026-02-01' } },
  ],
  documents: { 'host-attestation': { status: 'received', issuedOn: '2026-03-10' } },
};

describe('differences between two versions with no common base (a backup)', () => {
  it('lists each differing field with both values, none where they agree', () => {
    const backup = structuredClone(here);
    backup.identity.givenNames = 'Ayodele';
    backup.documents['host-attestation'].issuedOn = '2026-03-09';

    expect(listDifferences(here, backup)).toEqual([
      { path: ['identity', 'givenNames'], ours: 'Ayo', theirs: 'Ayodele' },
      {
        path: ['documents', 'host-attestation', 'issuedOn'],
        ours: '2026-03-10',
        theirs: '2026-03-09',
      },
    ]);
    expect(listDifferences(here, structuredClone(here))).toEqual([]);
  });

  it('matches timeline entries by id, and lists an entry on one side only as a whole', () => {
    const backup = structuredClone(here);
    backup.timeline = [
      { id: 'e2', event: { type: 'reflection-granted', on: '2026-02-03' } },
      { id: 'e3', event: { type: 'testimony-given', on: '2026-04-01' } },
    ];

    expect(listDifferences(here, backup)).toEqual([
      { path: ['timeline', 'e1'], ours: here.timeline[0], theirs: undefined },
      { path: ['timeline', 'e2', 'event', 'on'], ours: '2026-02-01', theirs: '2026-02-03' },
      { path: ['timeline', 'e3'], ours: undefined, theirs: backup.timeline[1] },
    ]);
  });

  it('an event of another kind is one difference, not half of each', () => {
    const backup = structuredClone(here);
    backup.timeline[0] = { id: 'e1', event: { type: 'testimony-given', on: '2026-03-05' } };

    expect(listDifferences(here, backup)).toEqual([
      {
        path: ['timeline', 'e1', 'event'],
        ours: here.timeline[0]?.event,
        theirs: backup.timeline[0]?.event,
      },
    ]);
  });

  it('taking the backup’s value at chosen paths changes those fields only', () => {
    const backup = structuredClone(here);
    backup.identity.givenNames = 'Ayodele';
    backup.label = 'Dossier B-7 bis';
    const givenNames = listDifferences(here, backup).find(({ path }) => path[1] === 'givenNames');

    const result = settleConflicts(here, [
      { path: givenNames?.path ?? [], value: givenNames?.theirs },
    ]);

    expect(result.identity.givenNames).toBe('Ayodele');
    expect(result.label).toBe('Dossier B-7');
  });
});
