import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupUnreadableError, openBackup } from '../../src/storage/backup';
import { base64ToBytes, bytesToBase64 } from '../../src/storage/base64';
import {
  createVault,
  eraseDevice,
  exportBackup,
  getRepositories,
  importBackup,
  openStorage,
} from '../../src/storage/storage';
import { freshDatabaseName } from '../setup/storage';

const VAULT = 'cheval-batterie-agrafe-2026';
const BACKUP = 'sauvegarde-du-mardi-soir-42';

async function seededVault() {
  await openStorage({ name: freshDatabaseName() });
  await createVault(VAULT);
  const { cases, attachments } = getRepositories();
  const caseFile = await cases.create({ label: 'DEMO-BACKUP', pathway: 'fr-trafficking' });
  await cases.update(caseFile.id, {
    label: 'DEMO-BACKUP',
    identity: { givenNames: 'Fictive' },
    person: { housing: 'hosted' },
  });
  await cases.putTimelineEntry(caseFile.id, {
    event: { type: 'reflection-granted', on: '2026-11-02' },
    note: 'récépissé remis',
  });
  await cases.putDocumentLine(caseFile.id, 'host-attestation', {
    status: 'received',
    issuedOn: '2026-11-10',
  });
  await attachments.add(caseFile.id, 'host-attestation', {
    fileName: 'attestation.png',
    mediaType: 'image/png',
    content: new Blob([new Uint8Array([137, 80, 78, 71, 1, 2, 3])]),
  });
  return caseFile.id;
}

async function snapshot(caseId: string) {
  const { cases, attachments } = getRepositories();
  const caseFile = await cases.get(caseId);
  const files = await attachments.listForCase(caseId);
  return {
    caseFile: caseFile && { ...caseFile, rev: undefined },
    attachments: await Promise.all(
      files.map(async (f) => ({
        id: f.id,
        fileName: f.fileName,
        bytes: Array.from(new Uint8Array(await (await attachments.read(f.id)).arrayBuffer())),
      })),
    ),
  };
}

describe('encrypted backups', () => {
  it('export → wipe → import restores everything', async () => {
    const caseId = await seededVault();
    const before = await snapshot(caseId);
    expect(before.caseFile?.timeline).toHaveLength(1);
    expect(before.caseFile?.documents['host-attestation']?.status).toBe('received');
    const file = await exportBackup(BACKUP);
    expect(file).not.toContain('DEMO-BACKUP');

    await eraseDevice();
    await createVault(VAULT);
    expect(await getRepositories().cases.list()).toEqual([]);
    const report = await importBackup(file, BACKUP);

    expect(report).toEqual({ added: 2, updated: 0, keptLocal: 0, unchanged: 0 });
    expect(await snapshot(caseId)).toEqual(before);
  });

  it.each([
    [
      'a truncated file',
      (file: string) => file.slice(0, Math.floor(file.length / 2)),
      /not-a-backup/,
    ],
    ['a file that is not a backup', () => JSON.stringify({ hello: 'world' }), /not-a-backup/],
    [
      'a tampered ciphertext',
      (file: string) => {
        const envelope = JSON.parse(file) as { ciphertext: string };
        const bytes = base64ToBytes(envelope.ciphertext);
        bytes[10] = (bytes[10] ?? 0) ^ 0xff;
        return JSON.stringify({ ...envelope, ciphertext: bytesToBase64(bytes) });
      },
      /wrong-passphrase-or-damaged/,
    ],
  ])('refuses %s with a clear reason and changes nothing', async (_name, damage, reason) => {
    const caseId = await seededVault();
    const file = await exportBackup(BACKUP);
    await getRepositories().cases.update(caseId, { label: 'DEMO-BACKUP changed since' });
    const before = await snapshot(caseId);

    await expect(importBackup(damage(file), BACKUP)).rejects.toThrow(reason);

    expect(await snapshot(caseId)).toEqual(before);
  });

  it('refuses the wrong backup passphrase and changes nothing', async () => {
    const caseId = await seededVault();
    const file = await exportBackup(BACKUP);
    const before = await snapshot(caseId);
    await expect(importBackup(file, 'pas-la-bonne-phrase-du-tout')).rejects.toThrow(
      /wrong-passphrase-or-damaged/,
    );
    expect(await snapshot(caseId)).toEqual(before);
  });

  it('never overwrites a local record newer than the backup, and says so', async () => {
    const caseId = await seededVault();
    const file = await exportBackup(BACKUP);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await getRepositories().cases.update(caseId, { label: 'DEMO-BACKUP edited after the backup' });

    const report = await importBackup(file, BACKUP);

    // The case edited since is kept as newer; its scan, the same on both sides, is unchanged.
    expect(report).toEqual({ added: 0, updated: 0, keptLocal: 1, unchanged: 1 });
    expect((await getRepositories().cases.get(caseId))?.label).toBe(
      'DEMO-BACKUP edited after the backup',
    );
  });

  it('re-importing an identical backup reports everything unchanged, nothing "kept because newer"', async () => {
    await seededVault();
    const file = await exportBackup(BACKUP);

    expect(await importBackup(file, BACKUP)).toEqual({
      added: 0,
      updated: 0,
      keptLocal: 0,
      unchanged: 2,
    });
  });

  describe('a crafted file is refused before any key derivation', () => {
    afterEach(() => vi.restoreAllMocks());

    it.each([
      ['asks for 2,000,000,000 iterations', { kdf: { iterations: 2_000_000_000 } }],
      ['asks for fewer iterations than the app writes', { kdf: { iterations: 1_000 } }],
      ['has a salt of the wrong size', { kdf: { salt: bytesToBase64(new Uint8Array(15)) } }],
      ['has an IV of the wrong size', { iv: bytesToBase64(new Uint8Array(11)) }],
    ])('it %s: "not a Passerelle backup", nothing derived', async (_what, change) => {
      await seededVault();
      const envelope = JSON.parse(await exportBackup(BACKUP)) as Record<string, unknown> & {
        kdf: Record<string, unknown>;
      };
      const crafted = {
        ...envelope,
        ...change,
        kdf: { ...envelope.kdf, ...('kdf' in change ? change.kdf : {}) },
      };
      const deriveKey = vi.spyOn(crypto.subtle, 'deriveKey');
      const deriveBits = vi.spyOn(crypto.subtle, 'deriveBits');

      const refusal = await openBackup(JSON.stringify(crafted), BACKUP).catch(
        (error: unknown) => error,
      );

      expect(refusal).toBeInstanceOf(BackupUnreadableError);
      expect((refusal as BackupUnreadableError).reason).toBe('not-a-backup');
      expect(deriveKey).not.toHaveBeenCalled();
      expect(deriveBits).not.toHaveBeenCalled();
    });
  });
});
