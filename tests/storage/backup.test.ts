import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  BackupUnreadableError,
  collectBackupContent,
  openBackup,
  type ImportProgress,
} from '../../src/storage/backup';
import { ImportCancelledError } from '../../src/storage/errors';
import { base64ToBytes, bytesToBase64 } from '../../src/storage/base64';
import { encryptBytes, randomBytes } from '../../src/storage/crypto/aes-gcm';
import { derivePassphraseKey } from '../../src/storage/crypto/passphrase-key';
import { PasserelleDb } from '../../src/storage/db';
import {
  createVault,
  eraseDevice,
  exportBackup,
  getRepositories,
  importBackup,
  openStorage,
  unlockWithKey,
} from '../../src/storage/storage';
import { freshDatabaseName, randomDataKey } from '../setup/storage';

const VAULT = 'cheval-batterie-agrafe-2026';
const BACKUP = 'sauvegarde-du-mardi-soir-42';

/**
 * The vault is unlocked with a random key: its own passphrase's derivation is the vault tests'
 * business (tests/storage/vault.test.ts); here each backup's is real.
 */
async function seededVault(name = freshDatabaseName()) {
  await openStorage({ name });
  await unlockWithKey(await randomDataKey());
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

/**
 * A backup as the versions before decision 011 wrote it, the same way: its key derived with
 * PBKDF2-SHA256 and 600,000 iterations.
 */
async function pbkdf2Backup(name: string, passphrase: string): Promise<string> {
  const db = new PasserelleDb(name);
  await db.open();
  const content = await collectBackupContent(db, getRepositories());
  db.close();
  const salt = randomBytes(16);
  const key = await derivePassphraseKey(passphrase, salt, 600_000, ['encrypt', 'decrypt']);
  const plaintext = new TextEncoder().encode(JSON.stringify(content));
  const sealed = await encryptBytes(key, plaintext, 'passerelle/backup/v1');
  return JSON.stringify({
    format: 'passerelle-backup',
    version: 1,
    createdAt: new Date().toISOString(),
    kdf: { name: 'PBKDF2-SHA256', iterations: 600_000, salt: bytesToBase64(salt) },
    iv: bytesToBase64(sealed.iv),
    ciphertext: bytesToBase64(new Uint8Array(sealed.data)),
  });
}

// Argon2id's deliberate cost (about half a second a derivation here), twice in most tests.
describe('encrypted backups', { timeout: 20_000 }, () => {
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

  it('seals a new backup under Argon2id: 64 MiB, 3 passes, 1 lane, a 16-byte salt, a 32-byte key', async () => {
    await seededVault();
    const { kdf } = JSON.parse(await exportBackup(BACKUP)) as { kdf: Record<string, unknown> };

    expect(kdf).toEqual({
      name: 'Argon2id',
      memoryKiB: 65_536,
      passes: 3,
      parallelism: 1,
      keyBytes: 32,
      salt: expect.any(String) as unknown,
    });
    expect(base64ToBytes(kdf.salt as string).byteLength).toBe(16);
  });

  it('still imports a backup made with PBKDF2 by an earlier version', async () => {
    const name = freshDatabaseName();
    const caseId = await seededVault(name);
    const before = await snapshot(caseId);
    const file = await pbkdf2Backup(name, BACKUP);

    await eraseDevice();
    await unlockWithKey(await randomDataKey());
    await expect(importBackup(file, 'pas-la-bonne-phrase-du-tout')).rejects.toThrow(
      /wrong-passphrase-or-damaged/,
    );
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

  it('says where a restore stands: the key, the reading, each record compared, then the write', async () => {
    await seededVault();
    const file = await exportBackup(BACKUP);
    const steps: ImportProgress[] = [];

    await importBackup(file, BACKUP, { onProgress: (progress) => steps.push(progress) });

    expect(steps[0]).toEqual({ step: 'key' });
    expect(steps[1]).toEqual({ step: 'reading' });
    expect(steps.at(-2)).toEqual({ step: 'comparing', done: 2, total: 2 });
    expect(steps.at(-1)).toEqual({ step: 'writing' });
  });

  it.each(['before it starts', 'while the key is derived', 'while records are compared'] as const)(
    'a restore cancelled %s adds nothing and says it was cancelled',
    async (moment) => {
      await seededVault();
      const file = await exportBackup(BACKUP);
      await eraseDevice();
      await openStorage({ name: freshDatabaseName() });
      await unlockWithKey(await randomDataKey());
      const controller = new AbortController();
      if (moment === 'before it starts') controller.abort();
      const steps: ImportProgress[] = [];

      await expect(
        importBackup(file, BACKUP, {
          signal: controller.signal,
          onProgress: (progress) => {
            steps.push(progress);
            const at = moment === 'while the key is derived' ? 'key' : 'comparing';
            if (progress.step === at) controller.abort();
          },
        }),
      ).rejects.toBeInstanceOf(ImportCancelledError);

      expect(steps.map((p) => p.step)).not.toContain('writing');
      // Not cancelled, this import adds the case and its scan (the first test).
      expect(await getRepositories().cases.list()).toEqual([]);
    },
  );

  describe('a crafted file is refused before any key derivation', () => {
    type Envelope = Record<string, unknown> & { kdf: Record<string, unknown> };
    let argon2idFile: Envelope;
    let pbkdf2File: Envelope;

    beforeAll(async () => {
      const name = freshDatabaseName();
      await seededVault(name);
      argon2idFile = JSON.parse(await exportBackup(BACKUP)) as Envelope;
      pbkdf2File = JSON.parse(await pbkdf2Backup(name, BACKUP)) as Envelope;
    }, 20_000);

    afterEach(() => vi.restoreAllMocks());

    it.each([
      ['asks for 4 GiB of memory', 'Argon2id', { kdf: { memoryKiB: 4 * 1024 * 1024 } }],
      ['asks for 1,000 passes', 'Argon2id', { kdf: { passes: 1_000 } }],
      ['asks for 64 lanes', 'Argon2id', { kdf: { parallelism: 64 } }],
      ['asks for less memory than OWASP’s minimum', 'Argon2id', { kdf: { memoryKiB: 1024 } }],
      ['asks for a single pass', 'Argon2id', { kdf: { passes: 1 } }],
      ['asks for a fraction of a KiB', 'Argon2id', { kdf: { memoryKiB: 65_536.5 } }],
      ['asks for a 64-byte key', 'Argon2id', { kdf: { keyBytes: 64 } }],
      ['has no key length', 'Argon2id', { kdf: { keyBytes: undefined } }],
      [
        'has an Argon2 salt of 8 bytes',
        'Argon2id',
        { kdf: { salt: bytesToBase64(new Uint8Array(8)) } },
      ],
      ['names a KDF it does not know', 'Argon2id', { kdf: { name: 'scrypt' } }],
      ['asks for 2,000,000,000 iterations', 'PBKDF2', { kdf: { iterations: 2_000_000_000 } }],
      ['asks for fewer iterations than the app wrote', 'PBKDF2', { kdf: { iterations: 1_000 } }],
      [
        'has a salt of the wrong size',
        'PBKDF2',
        { kdf: { salt: bytesToBase64(new Uint8Array(15)) } },
      ],
      ['has an IV of the wrong size', 'Argon2id', { iv: bytesToBase64(new Uint8Array(11)) }],
    ] as const)(
      'it %s (%s): "not a Passerelle backup", nothing derived',
      async (_what, kind, change) => {
        const envelope = kind === 'PBKDF2' ? pbkdf2File : argon2idFile;
        const crafted = {
          ...envelope,
          ...change,
          kdf: { ...envelope.kdf, ...('kdf' in change ? change.kdf : {}) },
        };
        // Every way a key could be derived: WebCrypto's, and hash-wasm's Argon2id, which
        // instantiates its WebAssembly module for every derivation.
        const derivations = [
          vi.spyOn(crypto.subtle, 'deriveKey'),
          vi.spyOn(crypto.subtle, 'deriveBits'),
          vi.spyOn(crypto.subtle, 'importKey'),
          vi.spyOn(WebAssembly, 'instantiate'),
          vi.spyOn(WebAssembly, 'compile'),
        ];

        const refusal = await openBackup(JSON.stringify(crafted), BACKUP).catch(
          (error: unknown) => error,
        );

        expect(refusal).toBeInstanceOf(BackupUnreadableError);
        expect((refusal as BackupUnreadableError).reason).toBe('not-a-backup');
        for (const derivation of derivations) expect(derivation).not.toHaveBeenCalled();
      },
    );

    it('the files it starts from open as they are, and the same spies see their derivations', async () => {
      const instantiate = vi.spyOn(WebAssembly, 'instantiate');
      const deriveKey = vi.spyOn(crypto.subtle, 'deriveKey');

      expect((await openBackup(JSON.stringify(argon2idFile), BACKUP)).cases).toHaveLength(1);
      expect(instantiate).toHaveBeenCalled();
      expect(deriveKey).not.toHaveBeenCalled();
      expect((await openBackup(JSON.stringify(pbkdf2File), BACKUP)).cases).toHaveLength(1);
      expect(deriveKey).toHaveBeenCalledOnce();
    });
  });
});
