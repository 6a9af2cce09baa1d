import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { PasserelleDb } from '../../src/storage/db';
import { closeStorage } from '../../src/storage/storage';
import { freshDatabaseName, openUnlockedStorage } from '../setup/storage';

afterEach(() => closeStorage());

function pseudoRandomBytes(length: number, seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index += 1) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    bytes[index] = state >>> 16;
  }
  return bytes;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('attachments', () => {
  it('a 10 MB scan round-trips byte for byte, stored in encrypted chunks of at most 4 MiB', async () => {
    const name = freshDatabaseName();
    const { cases, attachments } = await openUnlockedStorage(name);
    const caseFile = await cases.create({ label: 'DEMO-SCAN', pathway: 'fr-trafficking' });
    const original = pseudoRandomBytes(10 * 1000 * 1000, 7);

    const meta = await attachments.add(caseFile.id, 'host-attestation', {
      fileName: 'attestation-hebergement.pdf',
      mediaType: 'application/pdf',
      content: new Blob([original]),
    });
    const back = new Uint8Array(await (await attachments.read(meta.id)).arrayBuffer());

    expect(back.byteLength).toBe(original.byteLength);
    expect(sha256(back)).toBe(sha256(original));
    const probe = new PasserelleDb(name);
    await probe.open();
    const chunks = await probe.attachmentChunks.where('attachmentId').equals(meta.id).toArray();
    expect(chunks).toHaveLength(3);
    for (const chunk of chunks)
      expect(chunk.content.data.byteLength).toBeLessThanOrEqual(4 * 1024 * 1024 + 16);
    probe.close();
  });

  it('refuses to return a file whose chunks were swapped', async () => {
    const name = freshDatabaseName();
    const { cases, attachments } = await openUnlockedStorage(name);
    const caseFile = await cases.create({ label: 'DEMO-SWAP', pathway: 'fr-trafficking' });
    const meta = await attachments.add(caseFile.id, 'birth-certificate', {
      fileName: 'acte.png',
      mediaType: 'image/png',
      content: new Blob([pseudoRandomBytes(9 * 1024 * 1024, 3)]),
    });
    const probe = new PasserelleDb(name);
    await probe.open();
    const [first, second] = await probe.attachmentChunks
      .where('attachmentId')
      .equals(meta.id)
      .sortBy('index');
    if (!first || !second) throw new Error('expected two chunks');
    await probe.attachmentChunks.bulkPut([
      { ...first, content: second.content },
      { ...second, content: first.content },
    ]);
    probe.close();

    await expect(attachments.read(meta.id)).rejects.toThrow(/cannot be decrypted/);
  });

  it('lists the files of a case and removes one with its contents, leaving a tombstone', async () => {
    const name = freshDatabaseName();
    const { cases, attachments } = await openUnlockedStorage(name);
    const caseFile = await cases.create({ label: 'DEMO-LIST', pathway: 'fr-trafficking' });
    const kept = await attachments.add(caseFile.id, 'ephoto', {
      fileName: 'a.jpg',
      mediaType: 'image/jpeg',
      content: new Blob(['a']),
    });
    const removed = await attachments.add(caseFile.id, 'ephoto', {
      fileName: 'b.jpg',
      mediaType: 'image/jpeg',
      content: new Blob(['b']),
    });

    await attachments.remove(removed.id);

    expect((await attachments.listForCase(caseFile.id)).map((a) => a.fileName)).toEqual(['a.jpg']);
    const probe = new PasserelleDb(name);
    await probe.open();
    expect(await probe.attachmentChunks.where('attachmentId').equals(removed.id).count()).toBe(0);
    expect(await probe.tombstones.get(`attachments:${removed.id}`)).toMatchObject({
      table: 'attachments',
      entityId: removed.id,
    });
    expect(kept.sha256).toMatch(/^[0-9a-f]{64}$/);
    probe.close();
  });
});
