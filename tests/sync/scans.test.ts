import { beforeAll, describe, expect, it } from 'vitest';
import { AttachmentNotOnDeviceError, CorruptAttachmentError } from '../../src/storage/errors';
import { collectBackupContent } from '../../src/storage/backup';
import { createWireCodec } from '../../src/storage/sync-wire';
import { SyncUnavailableError, syncOnce, type SyncAdapter } from '../../src/sync/engine';
import {
  MockSyncServer,
  directAdapter,
  newDevice,
  newTeamKey,
  type TestDevice,
} from './two-devices';

/**
 * Issue 14: scans travel sealed, their content apart from their record, sent before it and fetched
 * by a colleague's device only when the scan is opened there.
 */
let teamKey: CryptoKey;
beforeAll(async () => {
  teamKey = await newTeamKey();
});

/** A fictional scan whose bytes carry a marker that must never reach the server in clear. */
const CANARY = 'CANARY-SCAN-Olympe-Fictive';
const scanFile = (text = `%PDF-1.4 ${CANARY} attestation d'hebergement`) => ({
  fileName: `attestation-${CANARY}.pdf`,
  mediaType: 'application/pdf',
  content: new Blob([text]),
});

async function caseWithScan(device: TestDevice) {
  const created = await device.repositories.cases.create({
    label: 'DEMO-SCAN',
    pathway: 'fr-trafficking',
  });
  const scan = await device.repositories.attachments.add(
    created.id,
    'host-attestation',
    scanFile(),
  );
  return { caseId: created.id, scan };
}

function latin1(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
}

describe('sync: scans', () => {
  it('a colleague sees a scan at once and fetches its content only when opening it; nothing travels in clear', async () => {
    const server = new MockSyncServer();
    const a = await newDevice(teamKey, 'Camille Exemple');
    const b = await newDevice(teamKey, 'Dominique Exemple');
    const { caseId, scan } = await caseWithScan(a);
    await syncOnce(a.store, directAdapter(server));

    expect(server.storedBlobs()).toHaveLength(1);
    const onServer = [
      JSON.stringify(server.storedRecords()),
      ...server.storedBlobs().map(latin1),
    ].join('\n');
    expect(onServer).not.toContain(CANARY);
    expect(onServer).not.toContain('host-attestation');

    let fetched = 0;
    const direct = directAdapter(server);
    const counting: SyncAdapter = {
      ...direct,
      getBlob: (id, index) => ((fetched += 1), direct.getBlob(id, index)),
    };
    await syncOnce(b.store, counting);
    // Listed on the colleague's device, its content not fetched yet.
    const [listed] = await b.repositories.attachments.listForCase(caseId);
    expect(listed).toMatchObject({
      id: scan.id,
      fileName: scan.fileName,
      size: scan.size,
      lineCode: 'host-attestation',
      onDevice: false,
    });
    expect(fetched).toBe(0);
    await expect(b.repositories.attachments.read(scan.id)).rejects.toBeInstanceOf(
      AttachmentNotOnDeviceError,
    );

    await b.store.fetchAttachment(scan.id, (id, index) => counting.getBlob(id, index));
    expect(fetched).toBe(1);
    const read = await b.repositories.attachments.read(scan.id);
    expect(await read.text()).toContain(CANARY);
    expect((await b.repositories.attachments.listForCase(caseId))[0]?.onDevice).toBe(true);
    // Fetched once: the colleague's device now has it offline.
    await b.store.fetchAttachment(scan.id, () => Promise.reject(new Error('offline')));
    expect(await b.store.pendingCount()).toBe(0);
  });

  it('a chunk changed on the server is refused, and the scan stays to fetch', async () => {
    const server = new MockSyncServer();
    const a = await newDevice(teamKey, 'Camille Exemple');
    const b = await newDevice(teamKey, 'Dominique Exemple');
    const { scan } = await caseWithScan(a);
    const other = await a.repositories.attachments.add(
      scan.caseId,
      'passport',
      scanFile('%PDF-1.4 autre fichier fictif'),
    );
    await syncOnce(a.store, directAdapter(server));
    await syncOnce(b.store, directAdapter(server));

    // The server answers the other scan's chunk in place of this one's.
    const swapped = (_id: string, index: number) => directAdapter(server).getBlob(other.id, index);
    await expect(b.store.fetchAttachment(scan.id, swapped)).rejects.toThrow();
    await expect(b.repositories.attachments.read(scan.id)).rejects.toBeInstanceOf(
      AttachmentNotOnDeviceError,
    );
    await b.store.fetchAttachment(scan.id, (id, index) => directAdapter(server).getBlob(id, index));
    expect(await (await b.repositories.attachments.read(scan.id)).text()).toContain(CANARY);
  });

  it('a chunk sealed with the team key but not the content the record names is refused', async () => {
    const server = new MockSyncServer();
    const a = await newDevice(teamKey, 'Camille Exemple');
    const b = await newDevice(teamKey, 'Dominique Exemple');
    const { scan } = await caseWithScan(a);
    await syncOnce(a.store, directAdapter(server));
    await syncOnce(b.store, directAdapter(server));
    // Someone holding the team key (a device removed from the team) puts other content in place.
    const forged = await createWireCodec(teamKey).sealChunk(
      scan.id,
      0,
      1,
      new TextEncoder().encode('%PDF-1.4 contenu remplace'),
    );
    server.putBlob(scan.id, 0, forged);

    await expect(
      b.store.fetchAttachment(scan.id, (id, index) => directAdapter(server).getBlob(id, index)),
    ).rejects.toBeInstanceOf(CorruptAttachmentError);
    await expect(b.repositories.attachments.read(scan.id)).rejects.toBeInstanceOf(
      AttachmentNotOnDeviceError,
    );
    expect(await b.db.attachmentChunks.count()).toBe(0);
  });

  it("a new scan's record never reaches the server before its content", async () => {
    const server = new MockSyncServer();
    const a = await newDevice(teamKey, 'Camille Exemple');
    await caseWithScan(a);
    const direct = directAdapter(server);
    let failures = 1;
    const failingOnce: SyncAdapter = {
      ...direct,
      putBlob(id, index, sealed) {
        if (failures > 0) {
          failures -= 1;
          return Promise.reject(new SyncUnavailableError(503));
        }
        return direct.putBlob(id, index, sealed);
      },
    };
    await expect(syncOnce(a.store, failingOnce)).rejects.toBeInstanceOf(SyncUnavailableError);
    expect(server.storedRecords()).toEqual([]);
    expect(await a.store.pendingCount()).toBe(2);

    await syncOnce(a.store, failingOnce);
    expect(
      server
        .storedRecords()
        .map((record) => record.table)
        .sort(),
    ).toEqual(['attachments', 'cases']);
    expect(server.storedBlobs()).toHaveLength(1);
    expect(await a.store.pendingCount()).toBe(0);
  });

  it("a deleted scan goes from the colleague's device and from the server, content included", async () => {
    const server = new MockSyncServer();
    const a = await newDevice(teamKey, 'Camille Exemple');
    const b = await newDevice(teamKey, 'Dominique Exemple');
    const { caseId, scan } = await caseWithScan(a);
    await syncOnce(a.store, directAdapter(server));
    await syncOnce(b.store, directAdapter(server));
    await b.store.fetchAttachment(scan.id, (id, index) => directAdapter(server).getBlob(id, index));

    await a.repositories.attachments.remove(scan.id);
    await syncOnce(a.store, directAdapter(server));
    expect(server.storedBlobs()).toEqual([]);
    await syncOnce(b.store, directAdapter(server));
    expect(await b.repositories.attachments.listForCase(caseId)).toEqual([]);
    expect(await b.db.attachmentChunks.count()).toBe(0);
  });

  it('a case a colleague deleted takes its scans with it on this device', async () => {
    const server = new MockSyncServer();
    const a = await newDevice(teamKey, 'Camille Exemple');
    const b = await newDevice(teamKey, 'Dominique Exemple');
    const { caseId } = await caseWithScan(a);
    await syncOnce(a.store, directAdapter(server));
    await syncOnce(b.store, directAdapter(server));
    // B adds a scan of its own meanwhile.
    await b.repositories.attachments.add(caseId, 'passport', scanFile('%PDF-1.4 passeport fictif'));

    await a.repositories.cases.remove(caseId);
    await syncOnce(a.store, directAdapter(server));
    await syncOnce(b.store, directAdapter(server));
    await syncOnce(a.store, directAdapter(server));

    expect(await b.db.attachments.count()).toBe(0);
    expect(await b.db.attachmentChunks.count()).toBe(0);
    expect(await a.db.attachments.count()).toBe(0);
    // Nothing left on the server but deletions.
    expect(server.storedRecords().every((record) => record.deleted)).toBe(true);
    expect(server.storedBlobs()).toEqual([]);
  });

  it('a device whose checkpoint was reached before it took scans pulls again from the start', async () => {
    const server = new MockSyncServer();
    const a = await newDevice(teamKey, 'Camille Exemple');
    const b = await newDevice(teamKey, 'Dominique Exemple');
    const { caseId, scan } = await caseWithScan(a);
    await syncOnce(a.store, directAdapter(server));
    // B as an earlier version left it: the case taken, the scan's record skipped, the checkpoint
    // past it, and no word of which tables it covers.
    await syncOnce(b.store, directAdapter(server));
    await b.db.attachments.clear();
    await b.db.syncBases.delete(`attachments:${scan.id}`);
    await b.db.syncState.delete('checkpoint-covers');

    await syncOnce(b.store, directAdapter(server));
    expect((await b.repositories.attachments.listForCase(caseId)).map((s) => s.id)).toEqual([
      scan.id,
    ]);
    expect(await b.store.checkpoint()).toBeGreaterThan(0);
  });

  it("a backup made before a colleague's scan was fetched is made, without that scan", async () => {
    const server = new MockSyncServer();
    const a = await newDevice(teamKey, 'Camille Exemple');
    const b = await newDevice(teamKey, 'Dominique Exemple');
    const { scan } = await caseWithScan(a);
    await syncOnce(a.store, directAdapter(server));
    await syncOnce(b.store, directAdapter(server));

    const before = await collectBackupContent(b.db, b.repositories);
    expect(before.cases).toHaveLength(1);
    expect(before.attachments).toEqual([]);
    await b.store.fetchAttachment(scan.id, (id, index) => directAdapter(server).getBlob(id, index));
    const after = await collectBackupContent(b.db, b.repositories);
    expect(after.attachments.map((file) => file.id)).toEqual([scan.id]);
  });
});
