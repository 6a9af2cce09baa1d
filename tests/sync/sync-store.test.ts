import { beforeAll, describe, expect, it } from 'vitest';
import {
  SyncUnavailableError,
  syncOnce,
  type SyncAdapter,
  type SyncStorePort,
} from '../../src/sync/engine';
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
 * The device's side of sync (docs/sync-protocol.md), issue 14 acceptance 2: a lost response, a
 * gap in mutation ids, a pull that fails half-way, a pulled change meeting a pending local edit.
 */
let teamKey: CryptoKey;
beforeAll(async () => {
  teamKey = await newTeamKey();
});

async function edit(device: TestDevice, id: string, change: Record<string, unknown>) {
  const current = await device.repositories.cases.get(id);
  if (!current) throw new Error('no such case');
  return device.repositories.cases.update(id, { ...contentOf(current), ...change });
}

describe('sync: push', () => {
  it('a push whose response is lost is sent again, and the server holds exactly one copy', async () => {
    const server = new MockSyncServer();
    const device = await newDevice(teamKey, 'Camille Exemple');
    await device.repositories.cases.create({ label: 'DEMO-SYNC-1', pathway: 'fr-trafficking' });
    const direct = directAdapter(server);
    const losing: SyncAdapter = {
      ...direct,
      async push(request) {
        await direct.push(request);
        throw new SyncUnavailableError(undefined);
      },
      pull: (after) => direct.pull(after),
    };

    await expect(syncOnce(device.store, losing)).rejects.toBeInstanceOf(SyncUnavailableError);
    // Applied on the server, unknown to the device: the same batch goes again.
    expect(server.storedRecords()).toHaveLength(1);
    expect(await device.store.pendingCount()).toBe(1);

    const round = await syncOnce(device.store, direct);
    expect(round.pushed).toBe(1);
    expect(server.storedRecords()).toHaveLength(1);
    expect(server.storedRecords()[0]?.rev).toBe(1);
    expect(await device.store.pendingCount()).toBe(0);
  });

  it('a gap in mutation ids is refused; the device numbers its batch again and sends it in order', async () => {
    const server = new MockSyncServer();
    const device = await newDevice(teamKey, 'Camille Exemple');
    await device.repositories.cases.create({ label: 'DEMO-SYNC-GAP', pathway: 'be-trafficking' });
    // As if mutation ids 1–4 had been spent on a server that was then restored from a backup.
    await device.db.syncState.put({ key: 'next-mutation-id', value: 5 });

    const round = await syncOnce(device.store, directAdapter(server));

    expect(round.pushed).toBe(1);
    expect(server.storedRecords()).toHaveLength(1);
    expect(await device.store.pendingCount()).toBe(0);
  });

  it('a case changed ten times is pushed once, at its latest content, and never carries a name in clear', async () => {
    const server = new MockSyncServer();
    const device = await newDevice(teamKey, 'Camille Exemple');
    const created = await device.repositories.cases.create({
      label: 'DEMO-CANARY-7Q',
      pathway: 'fr-trafficking',
    });
    for (let step = 1; step <= 10; step += 1)
      await edit(device, created.id, { notes: `Note fictive numéro ${String(step)}` });

    await syncOnce(device.store, directAdapter(server));
    const other = await newDevice(teamKey, 'Dominique Exemple');
    await syncOnce(other.store, directAdapter(server));

    expect(server.storedRecords()).toHaveLength(1);
    expect(server.storedRecords()[0]?.rev).toBe(1);
    expect((await other.repositories.cases.get(created.id))?.notes).toBe('Note fictive numéro 10');
    const wire = JSON.stringify(server.storedRecords());
    for (const canary of ['DEMO-CANARY-7Q', 'Note fictive', 'fr-trafficking'])
      expect(wire).not.toContain(canary);
  });
});

describe('sync: what waits', () => {
  it('a case created and deleted before it was ever shared tells the server nothing', async () => {
    const server = new MockSyncServer();
    const device = await newDevice(teamKey, 'Camille Exemple');
    const created = await device.repositories.cases.create({
      label: 'DEMO-EPHEMERE',
      pathway: 'fr-trafficking',
    });
    await device.repositories.cases.remove(created.id);

    await syncOnce(device.store, directAdapter(server));

    expect(server.storedRecords()).toEqual([]);
    expect(await device.store.pendingCount()).toBe(0);
  });

  it('a scan attached (not shared yet) never shows as a change waiting forever', async () => {
    const server = new MockSyncServer();
    const device = await newDevice(teamKey, 'Camille Exemple');
    const created = await device.repositories.cases.create({
      label: 'DEMO-SCAN',
      pathway: 'fr-trafficking',
    });
    await syncOnce(device.store, directAdapter(server));
    await device.repositories.attachments.add(created.id, 'host-attestation', {
      fileName: 'attestation.png',
      mediaType: 'image/png',
      content: new Blob([new Uint8Array([137, 80, 78, 71, 1, 2, 3])]),
    });

    await syncOnce(device.store, directAdapter(server));

    expect(await device.store.pendingCount()).toBe(0);
  });
});

describe('sync: pull', () => {
  it('a pull that fails half-way leaves the checkpoint where it was, and asks again', async () => {
    const server = new MockSyncServer();
    const writer = await newDevice(teamKey, 'Camille Exemple');
    await writer.repositories.cases.createMany(
      Array.from({ length: 700 }, (_, index) => ({
        pathway: 'fr-trafficking' as const,
        content: { label: `DEMO-PULL-${String(index)}` },
      })),
    );
    await syncOnce(writer.store, directAdapter(server));

    const reader = await newDevice(teamKey, 'Dominique Exemple');
    const direct = directAdapter(server);
    let pages = 0;
    const failing: SyncAdapter = {
      ...direct,
      push: (request) => direct.push(request),
      async pull(after) {
        pages += 1;
        if (pages === 2) throw new SyncUnavailableError(503);
        return direct.pull(after);
      },
    };
    await expect(syncOnce(reader.store, failing)).rejects.toBeInstanceOf(SyncUnavailableError);
    // The first page (500) is written with its checkpoint; the second never came.
    expect(await reader.store.checkpoint()).toBe(500);
    expect(await reader.repositories.cases.list()).toHaveLength(500);

    await syncOnce(reader.store, direct);
    expect(await reader.repositories.cases.list()).toHaveLength(700);
    expect(await holdings(reader)).toEqual(await holdings(writer));
  });

  it('a page whose records cannot be written changes nothing, its checkpoint included', async () => {
    const server = new MockSyncServer();
    const writer = await newDevice(teamKey, 'Camille Exemple');
    await writer.repositories.cases.create({ label: 'DEMO-PAGE', pathway: 'fr-trafficking' });
    await syncOnce(writer.store, directAdapter(server));
    // A device given another team's key cannot open the page: nothing of it is kept.
    const stranger = await newDevice(await newTeamKey(), 'Dominique Exemple');

    await expect(syncOnce(stranger.store, directAdapter(server))).rejects.toThrow();

    expect(await stranger.store.checkpoint()).toBe(0);
    expect(await stranger.repositories.cases.list()).toEqual([]);
  });

  it('a pulled change never clobbers a pending local edit: other fields merge, the same field is a conflict with both values', async () => {
    const server = new MockSyncServer();
    const a = await newDevice(teamKey, 'Camille Exemple');
    const b = await newDevice(teamKey, 'Dominique Exemple');
    const created = await a.repositories.cases.create({
      label: 'DEMO-MERGE',
      pathway: 'fr-trafficking',
    });
    await syncOnce(a.store, directAdapter(server));
    await syncOnce(b.store, directAdapter(server));

    // Offline, each changes the case: a different field, and the same one.
    await edit(a, created.id, { worker: 'Camille', notes: 'Note de A' });
    await edit(b, created.id, { label: 'DEMO-MERGE (renommé)', notes: 'Note de B' });
    await syncOnce(a.store, directAdapter(server));
    const round = await syncOnce(b.store, directAdapter(server));

    expect(round.conflicts).toBe(1);
    const kept = await b.repositories.cases.get(created.id);
    // B's pending edits are intact; A's other field came in; the clash waits for a person.
    expect(kept?.label).toBe('DEMO-MERGE (renommé)');
    expect(kept?.notes).toBe('Note de B');
    const [conflict] = await b.store.conflicts();
    expect(conflict?.clashes).toEqual([
      { path: ['notes'], base: undefined, ours: 'Note de B', theirs: 'Note de A' },
    ]);
    expect(conflict?.theirs.changedBy).toBe('Camille Exemple');
    expect(conflict?.merged?.content.worker).toBe('Camille');
    // Nothing of B's case is pushed until the clash is settled.
    expect(server.storedRecords()[0]?.rev).toBe(2);

    await b.store.settleConflict('cases', created.id, [{ path: ['notes'], value: 'Note de B' }]);
    await syncOnce(b.store, directAdapter(server));
    await syncOnce(a.store, directAdapter(server));
    const onA = await a.repositories.cases.get(created.id);
    expect(onA?.notes).toBe('Note de B');
    expect(onA?.worker).toBe('Camille');
    expect(onA?.label).toBe('DEMO-MERGE (renommé)');
    expect(await holdings(a)).toEqual(await holdings(b));
    expect(await b.store.conflicts()).toEqual([]);
  });

  it('a save made while a pull is being applied is merged, never replaced by the pulled version', async () => {
    const server = new MockSyncServer();
    const a = await newDevice(teamKey, 'Camille Exemple');
    const b = await newDevice(teamKey, 'Dominique Exemple');
    const created = await a.repositories.cases.create({
      label: 'DEMO-RACE',
      pathway: 'fr-trafficking',
    });
    await syncOnce(a.store, directAdapter(server));
    await syncOnce(b.store, directAdapter(server));
    await edit(a, created.id, { notes: 'Note de A' });
    await syncOnce(a.store, directAdapter(server));

    // B saves the case after its pull folded the outbox and read the case's sync state, just
    // before it reads the case itself.
    const bulkGet = b.db.cases.bulkGet.bind(b.db.cases);
    let saved = false;
    b.db.cases.bulkGet = (async (keys: string[]) => {
      if (!saved) {
        saved = true;
        await edit(b, created.id, { worker: 'Dominique' });
      }
      return bulkGet(keys);
    }) as typeof b.db.cases.bulkGet;
    await syncOnce(b.store, directAdapter(server));
    b.db.cases.bulkGet = bulkGet;
    await syncOnce(b.store, directAdapter(server));
    await syncOnce(a.store, directAdapter(server));

    expect(saved).toBe(true);
    for (const device of [a, b]) {
      const held = await device.repositories.cases.get(created.id);
      expect(held?.worker).toBe('Dominique');
      expect(held?.notes).toBe('Note de A');
    }
  });

  it('while a conflict waits, a colleague’s later change and this device’s own edits are both kept when it is settled', async () => {
    const server = new MockSyncServer();
    const a = await newDevice(teamKey, 'Camille Exemple');
    const b = await newDevice(teamKey, 'Dominique Exemple');
    const created = await a.repositories.cases.create({
      label: 'DEMO-WAITING',
      pathway: 'fr-trafficking',
    });
    await syncOnce(a.store, directAdapter(server));
    await syncOnce(b.store, directAdapter(server));
    await edit(a, created.id, { notes: 'Note de A' });
    await edit(b, created.id, { notes: 'Note de B' });
    await syncOnce(a.store, directAdapter(server));
    await syncOnce(b.store, directAdapter(server));
    expect(await b.store.conflicts()).toHaveLength(1);

    // Meanwhile: the colleague changes another field; this device edits a third one.
    await edit(a, created.id, { worker: 'Camille' });
    await syncOnce(a.store, directAdapter(server));
    await syncOnce(b.store, directAdapter(server));
    const [still] = await b.store.conflicts();
    expect(still?.clashes.map((clash) => clash.path)).toEqual([['notes']]);
    await edit(b, created.id, { label: 'DEMO-WAITING (renommé)' });

    await b.store.settleConflict('cases', created.id, [{ path: ['notes'], value: 'Note de B' }]);
    await syncOnce(b.store, directAdapter(server));
    await syncOnce(a.store, directAdapter(server));

    for (const device of [a, b]) {
      const held = await device.repositories.cases.get(created.id);
      expect(held?.notes).toBe('Note de B');
      expect(held?.worker).toBe('Camille');
      expect(held?.label).toBe('DEMO-WAITING (renommé)');
    }
    expect(await b.store.conflicts()).toEqual([]);
  });

  it('a deletion met by an edit is a conflict, never a silent loss', async () => {
    const server = new MockSyncServer();
    const a = await newDevice(teamKey, 'Camille Exemple');
    const b = await newDevice(teamKey, 'Dominique Exemple');
    const created = await a.repositories.cases.create({
      label: 'DEMO-DELETE',
      pathway: 'be-trafficking',
    });
    await syncOnce(a.store, directAdapter(server));
    await syncOnce(b.store, directAdapter(server));

    await a.repositories.cases.remove(created.id);
    await edit(b, created.id, { notes: 'Entretien du jour (fictif)' });
    await syncOnce(a.store, directAdapter(server));
    await syncOnce(b.store, directAdapter(server));

    expect((await b.repositories.cases.get(created.id))?.notes).toBe('Entretien du jour (fictif)');
    const [conflict] = await b.store.conflicts();
    expect(conflict?.theirs.deleted).toBe(true);
    expect(conflict?.clashes[0]?.path).toEqual([]);
  });
});

// The port the engine uses is what the store offers.
const _port: (store: TestDevice['store']) => SyncStorePort = (store) => store;
void _port;

describe('sync: a first pull', () => {
  it('says after each page how many changes came, out of how many', async () => {
    const server = new MockSyncServer(2);
    const a = await newDevice(teamKey, 'Camille Exemple');
    const b = await newDevice(teamKey, 'Dominique Exemple');
    for (let n = 1; n <= 5; n += 1)
      await a.repositories.cases.create({
        label: `DEMO-PAGE-${String(n)}`,
        pathway: 'fr-trafficking',
      });
    await syncOnce(a.store, directAdapter(server));

    const seen: [number, number][] = [];
    await syncOnce(b.store, directAdapter(server), undefined, (received, total) =>
      seen.push([received, total]),
    );
    expect(seen).toEqual([
      [2, 5],
      [4, 5],
      [5, 5],
    ]);
    expect(Object.keys(await holdings(b))).toHaveLength(5);
  });
});

describe('sync: a server gone back in time', () => {
  it('a record the server answers with an older version is kept aside, not sent again round after round', async () => {
    const server = new MockSyncServer();
    const a = await newDevice(teamKey, 'Camille Exemple');
    const created = await a.repositories.cases.create({
      label: 'DEMO-RETOUR',
      pathway: 'fr-trafficking',
    });
    await syncOnce(a.store, directAdapter(server));
    const restored = MockSyncServer.restore(server.snapshot());
    await edit(a, created.id, { notes: 'Note deux (fictive)' });
    await syncOnce(a.store, directAdapter(server));
    // The server is restored from a copy made before the second version.
    await edit(a, created.id, { notes: 'Note trois (fictive)' });
    let pushes = 0;
    const direct = directAdapter(restored);
    const counting: SyncAdapter = {
      ...direct,
      push: (request) => ((pushes += 1), direct.push(request)),
      pull: (after) => direct.pull(after),
    };
    await syncOnce(a.store, counting);
    await syncOnce(a.store, counting);
    expect(pushes).toBeLessThanOrEqual(4);
    // Nothing of this device's was lost meanwhile.
    expect((await a.repositories.cases.get(created.id))?.notes).toBe('Note trois (fictive)');
  });
});
