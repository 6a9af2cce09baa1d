import { describe, expect, it } from 'vitest';
import { PasserelleDb } from '../../src/storage/db';
import { createVault, getRepositories, lock, openStorage, unlock } from '../../src/storage/storage';
import { freshDatabaseName, openUnlockedStorage } from '../setup/storage';

const CANARY = 'CANARY-7f3a9c';

/** Everything IndexedDB holds for this database, as bytes a thief of the laptop could read. */
async function dumpEverything(name: string): Promise<string> {
  const db = new PasserelleDb(name);
  await db.open();
  const parts: string[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const visit = (value: unknown): void => {
    if (typeof value === 'string') parts.push(value);
    else if (value instanceof ArrayBuffer) parts.push(decoder.decode(value));
    else if (ArrayBuffer.isView(value)) parts.push(decoder.decode(value));
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  for (const table of db.tables) visit(await table.toArray());
  db.close();
  return parts.join('\n');
}

describe('encryption at rest', () => {
  it('no personal field appears in clear in any table, attachments included', async () => {
    const name = freshDatabaseName();
    const { cases, attachments } = await openUnlockedStorage(name);
    const caseFile = await cases.create({ label: `${CANARY}-label`, pathway: 'fr-trafficking' });
    await cases.update(caseFile.id, {
      label: `${CANARY}-label`,
      identity: {
        birthNames: `${CANARY}-birth`,
        givenNames: `${CANARY}-given`,
        birthPlace: `${CANARY}-place`,
      },
      contact: { phone: `${CANARY}-phone`, safeContactNote: `${CANARY}-note` },
      housing: { address: `${CANARY}-address` },
      notes: `${CANARY}-notes`,
    });
    await cases.putTimelineEntry(caseFile.id, {
      event: { type: 'complaint-filed', on: '2026-10-01' },
      note: `${CANARY}-event`,
    });
    await cases.putDocumentLine(caseFile.id, 'birth-certificate', {
      status: 'received',
      note: `${CANARY}-line`,
    });
    await attachments.add(caseFile.id, 'birth-certificate', {
      fileName: `${CANARY}-file.txt`,
      mediaType: 'text/plain',
      content: new Blob([`${CANARY}-content`]),
    });

    const everything = await dumpEverything(name);
    expect(everything).not.toContain('CANARY');
    expect(everything).not.toContain('2026-10-01');
    // The readable side works: the worker sees it all again.
    expect((await cases.get(caseFile.id))?.identity.birthNames).toBe(`${CANARY}-birth`);
  });

  it('a vault set up with a passphrase holds neither it nor the data key in clear: the key is wrapped under Argon2id', async () => {
    const name = freshDatabaseName();
    const passphrase = `${CANARY}-cheval-batterie-agrafe`;
    await openStorage({ name });
    await createVault(passphrase);
    const created = await getRepositories().cases.create({
      label: `${CANARY}-label`,
      pathway: 'be-trafficking',
    });
    lock();

    expect(await dumpEverything(name)).not.toContain('CANARY');
    const probe = new PasserelleDb(name);
    await probe.open();
    expect(await probe.vault.get('vault')).toMatchObject({
      kdf: 'Argon2id',
      memoryKiB: 65_536,
      passes: 3,
      parallelism: 1,
    });
    probe.close();
    await unlock(passphrase);
    expect((await getRepositories().cases.get(created.id))?.label).toBe(`${CANARY}-label`);
    // Two Argon2id derivations, each about half a second here, by design.
  }, 20_000);

  it('a sealed payload moved onto another record does not open', async () => {
    const name = freshDatabaseName();
    const { cases } = await openUnlockedStorage(name);
    const first = await cases.create({ label: 'DEMO-ONE', pathway: 'fr-trafficking' });
    const second = await cases.create({ label: 'DEMO-TWO', pathway: 'fr-trafficking' });
    const probe = new PasserelleDb(name);
    await probe.open();
    const rowOne = await probe.cases.get(first.id);
    await probe.cases.update(second.id, { payload: rowOne?.payload });
    probe.close();

    await expect(cases.get(second.id)).rejects.toThrow(/cannot be decrypted/);
    expect((await cases.get(first.id))?.label).toBe('DEMO-ONE');
  });

  it('uses a fresh IV for every write', async () => {
    const name = freshDatabaseName();
    const { cases } = await openUnlockedStorage(name);
    const created = await cases.create({ label: 'DEMO-IV', pathway: 'fr-trafficking' });
    const probe = new PasserelleDb(name);
    await probe.open();
    const before = (await probe.cases.get(created.id))?.payload as { iv: Uint8Array };
    await cases.update(created.id, { label: 'DEMO-IV' });
    const after = (await probe.cases.get(created.id))?.payload as { iv: Uint8Array };
    probe.close();
    expect(Array.from(after.iv)).not.toEqual(Array.from(before.iv));
  });
});
