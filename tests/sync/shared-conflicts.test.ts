import { beforeAll, describe, expect, it } from 'vitest';
import { syncOnce } from '../../src/sync/engine';
import {
  MockSyncServer,
  contentOf,
  directAdapter,
  holdings,
  newDevice,
  newTeamKey,
  type TestDevice,
} from './two-devices';

/**
 * Issue 14: a conflict is shown to every colleague, not only on the device that found it (the
 * one whose push came second). The finding device shares it, sealed, until someone settles it;
 * whoever settles it, every device ends up with that choice and nothing else lost.
 */
let teamKey: CryptoKey;
beforeAll(async () => {
  teamKey = await newTeamKey();
});

async function setBirthDate(device: TestDevice, id: string, on: string) {
  const current = await device.repositories.cases.get(id);
  if (!current) throw new Error('no such case');
  const content = contentOf(current);
  await device.repositories.cases.update(id, {
    ...content,
    person: { ...content.person, birthDate: on },
  });
}

async function clashOnBirthDate() {
  const server = new MockSyncServer();
  const a = await newDevice(teamKey, 'Camille Exemple');
  const b = await newDevice(teamKey, 'Dominique Exemple');
  const created = await a.repositories.cases.create({
    label: 'DEMO-PARTAGE',
    pathway: 'fr-trafficking',
  });
  await syncOnce(a.store, directAdapter(server));
  await syncOnce(b.store, directAdapter(server));
  // Offline, both change the birth date; A is back first.
  await setBirthDate(a, created.id, '1999-03-04');
  await setBirthDate(b, created.id, '1999-04-03');
  await syncOnce(a.store, directAdapter(server));
  await syncOnce(b.store, directAdapter(server));
  return { server, a, b, id: created.id };
}

describe('a conflict shared with the team', () => {
  it('is shown on the colleague’s device too, with both values and who made each', async () => {
    const { server, a, b, id } = await clashOnBirthDate();
    expect((await b.store.conflicts()).map((conflict) => conflict.caseId)).toEqual([id]);
    expect(await a.store.sharedConflicts()).toEqual([]);

    await syncOnce(a.store, directAdapter(server));
    const [shared] = await a.store.sharedConflicts();
    expect(shared?.caseId).toBe(id);
    expect(shared?.notice.clashes).toEqual([
      { path: ['person', 'birthDate'], server: '1999-03-04', device: '1999-04-03' },
    ]);
    expect(shared?.notice.server.changedBy).toBe('Camille Exemple');
    expect(shared?.notice.device.changedBy).toBe('Dominique Exemple');
    // A's own version is untouched while the conflict waits, and A has no conflict of its own.
    expect((await a.repositories.cases.get(id))?.person.birthDate).toBe('1999-03-04');
    expect(await a.store.conflicts()).toEqual([]);
    // The server holds the conflict sealed: neither date in clear.
    const stored = JSON.stringify(server.storedRecords());
    expect(stored).not.toContain('1999-04-03');
    expect(stored).not.toContain('Dominique');
  });

  it('settled on the device that found it, it ends everywhere and each device holds the choice', async () => {
    const { server, a, b, id } = await clashOnBirthDate();
    await syncOnce(a.store, directAdapter(server));
    await b.store.settleConflict('cases', id, [
      { path: ['person', 'birthDate'], value: '1999-04-03' },
    ]);
    await syncOnce(b.store, directAdapter(server));
    await syncOnce(a.store, directAdapter(server));

    expect(await a.store.sharedConflicts()).toEqual([]);
    expect(await b.store.conflicts()).toEqual([]);
    expect((await a.repositories.cases.get(id))?.person.birthDate).toBe('1999-04-03');
    expect(await holdings(a)).toEqual(await holdings(b));
    expect(await a.store.pendingCount()).toBe(0);
    expect(await b.store.pendingCount()).toBe(0);
    // The conflict's record ends as a tombstone: nothing of it left open on the server.
    const conflicts = server.storedRecords().filter((record) => record.table === 'conflicts');
    expect(conflicts.map((record) => record.deleted)).toEqual([true]);
  });

  it('settled by the colleague instead, the finding device takes that choice and keeps its other changes', async () => {
    const { server, a, b, id } = await clashOnBirthDate();
    await syncOnce(a.store, directAdapter(server));
    // Meanwhile B changed another field of the same case: it must survive A's settlement.
    const onB = await b.repositories.cases.get(id);
    if (!onB) throw new Error('no case');
    await b.repositories.cases.update(id, { ...contentOf(onB), notes: 'Note de B (fictive)' });

    const [shared] = await a.store.sharedConflicts();
    if (!shared) throw new Error('no shared conflict');
    // A keeps its own date: B's device must take that choice, not keep waiting.
    await a.store.settleShared(shared.noticeId, [
      { path: ['person', 'birthDate'], value: '1999-03-04' },
    ]);
    expect(await a.store.sharedConflicts()).toEqual([]);
    await syncOnce(a.store, directAdapter(server));
    await syncOnce(b.store, directAdapter(server));
    await syncOnce(a.store, directAdapter(server));

    expect(await b.store.conflicts()).toEqual([]);
    const [onA, afterB] = [await a.repositories.cases.get(id), await b.repositories.cases.get(id)];
    expect(afterB?.person.birthDate).toBe('1999-03-04');
    expect(afterB?.notes).toBe('Note de B (fictive)');
    expect(onA?.notes).toBe('Note de B (fictive)');
    expect(await holdings(a)).toEqual(await holdings(b));
    expect(await a.store.pendingCount()).toBe(0);
    expect(await b.store.pendingCount()).toBe(0);
  });

  it('that goes away by itself (the colleague changed the value to the same) ends for the team', async () => {
    const { server, a, b, id } = await clashOnBirthDate();
    await syncOnce(a.store, directAdapter(server));
    await setBirthDate(a, id, '1999-04-03');
    await syncOnce(a.store, directAdapter(server));
    await syncOnce(b.store, directAdapter(server));
    await syncOnce(a.store, directAdapter(server));

    expect(await b.store.conflicts()).toEqual([]);
    expect(await a.store.sharedConflicts()).toEqual([]);
    expect(await holdings(a)).toEqual(await holdings(b));
  });
});
