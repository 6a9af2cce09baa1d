import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  BackupUnreadableError,
  KEEP_EVERYTHING_HERE,
  collectBackupContent,
  openBackup,
  sealBackup,
  type BackupChoices,
  type BackupContent,
  type ImportOptions,
  type ImportProgress,
} from '../../src/storage/backup';
import {
  BackupChoicesInvalidError,
  ImportCancelledError,
  StaleRecordError,
} from '../../src/storage/errors';
import { base64ToBytes, bytesToBase64 } from '../../src/storage/base64';
import { encryptBytes, randomBytes } from '../../src/storage/crypto/aes-gcm';
import { derivePassphraseKey } from '../../src/storage/crypto/passphrase-key';
import { PasserelleDb } from '../../src/storage/db';
import {
  applyBackup,
  compareBackup,
  createVault,
  eraseDevice,
  exportBackup,
  getRepositories,
  openStorage,
  unlockWithKey,
} from '../../src/storage/storage';
import { contentOf, type CaseFileContent } from '../../src/domain';
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

/**
 * The whole import as the settings screen runs it when the person confirms without changing a
 * choice: compare, then apply, every difference keeping this device's value.
 */
async function importBackup(text: string, passphrase: string, options: ImportOptions = {}) {
  const review = await compareBackup(text, passphrase, options);
  return applyBackup(review, KEEP_EVERYTHING_HERE, options);
}

/** The database of this test, opened beside the session (to read the outbox and the audit). */
async function probe(name: string) {
  const db = new PasserelleDb(name);
  await db.open();
  return db;
}

/**
 * A backup of this device's content as `edit` changes it: what another device (or this one, days
 * earlier or later) would have exported. Sealed the way `exportBackup` seals it.
 */
async function backupEditedFrom(name: string, edit: (content: BackupContent) => void) {
  const db = await probe(name);
  const content = await collectBackupContent(db, getRepositories());
  db.close();
  edit(content);
  return sealBackup(content, BACKUP, new Date().toISOString());
}

const LATER = '2099-01-01T10:00:00.000Z';

/** Saves the case as a form would: its whole content, with `change` made to it. */
async function editCase(caseId: string, change: (content: CaseFileContent) => void) {
  const { cases } = getRepositories();
  const saved = await cases.get(caseId);
  if (!saved) throw new Error('No such case');
  const content = structuredClone(contentOf(saved));
  change(content);
  return cases.update(caseId, content);
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

  it('a case changed on this device since the backup is listed field by field, both values, with nothing written', async () => {
    const name = freshDatabaseName();
    const caseId = await seededVault(name);
    const file = await exportBackup(BACKUP);
    const { cases } = getRepositories();
    const saved = await cases.get(caseId);
    const entry = saved?.timeline[0];
    await editCase(caseId, (content) => (content.identity.givenNames = 'Fictivia'));
    await cases.putTimelineEntry(caseId, {
      id: entry?.id ?? '',
      event: { type: 'reflection-granted', on: '2026-11-03' },
      note: 'récépissé remis',
    });
    const before = await snapshot(caseId);

    const review = await compareBackup(file, BACKUP);

    expect(review.added).toBe(0);
    expect(review.unchanged).toBe(1); // the scan, the same on both sides
    expect(review.cases).toHaveLength(1);
    expect(review.cases[0]?.differences).toEqual([
      { path: ['identity', 'givenNames'], here: 'Fictivia', backup: 'Fictive' },
      {
        path: ['timeline', entry?.id, 'event', 'on'],
        here: '2026-11-03',
        backup: '2026-11-02',
      },
    ]);
    expect(review.cases[0]?.here.label).toBe('DEMO-BACKUP');
    expect(await snapshot(caseId)).toEqual(before);
  });

  it('what lands is the choice made for each field: the backup’s value here, this device’s there', async () => {
    const name = freshDatabaseName();
    const caseId = await seededVault(name);
    const file = await exportBackup(BACKUP);
    await editCase(caseId, (content) => {
      content.label = 'DEMO-BACKUP renamed';
      content.identity.givenNames = 'Fictivia';
    });
    const review = await compareBackup(file, BACKUP);
    const choices: BackupChoices = {
      fromBackup: [{ caseId, path: ['identity', 'givenNames'] }],
      attachmentsFromBackup: [],
    };

    const report = await applyBackup(review, choices);

    const after = await getRepositories().cases.get(caseId);
    expect(after?.identity.givenNames).toBe('Fictive');
    expect(after?.label).toBe('DEMO-BACKUP renamed');
    expect(after?.timeline).toHaveLength(1);
    expect(report).toEqual({ added: 0, updated: 1, keptLocal: 0, unchanged: 1 });
    // Written like any save: an outbox entry for sync and an audit entry.
    const db = await probe(name);
    const outbox = (await db.outbox.toArray()).flatMap(({ changes }) => changes);
    expect(outbox.at(-1)).toEqual({ table: 'cases', entityId: caseId, op: 'put', rev: after?.rev });
    expect((await db.audit.toArray()).map(({ action }) => action)).toContain('backup.import');
    db.close();
  });

  it('a backup newer by the clock no longer wins by itself: this device’s value stays unless the person takes the backup’s', async () => {
    const name = freshDatabaseName();
    const caseId = await seededVault(name);
    const file = await backupEditedFrom(name, (content) => {
      const [caseFile] = content.cases;
      if (!caseFile) return;
      caseFile.identity = { givenNames: 'Fictivo' };
      caseFile.updatedAt = LATER;
    });

    const kept = await importBackup(file, BACKUP);

    expect(kept).toEqual({ added: 0, updated: 0, keptLocal: 1, unchanged: 1 });
    expect((await getRepositories().cases.get(caseId))?.identity.givenNames).toBe('Fictive');

    const review = await compareBackup(file, BACKUP);
    await applyBackup(review, {
      fromBackup: [{ caseId, path: ['identity', 'givenNames'] }],
      attachmentsFromBackup: [],
    });
    expect((await getRepositories().cases.get(caseId))?.identity.givenNames).toBe('Fictivo');
  });

  it('an older backup’s value is taken when the person chooses it, whatever the clocks say', async () => {
    const name = freshDatabaseName();
    const caseId = await seededVault(name);
    const file = await exportBackup(BACKUP);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await getRepositories().cases.putDocumentLine(caseId, 'host-attestation', {
      status: 'received',
      issuedOn: '2026-11-12',
    });

    const review = await compareBackup(file, BACKUP);
    expect(review.cases[0]?.differences).toEqual([
      {
        path: ['documents', 'host-attestation', 'issuedOn'],
        here: '2026-11-12',
        backup: '2026-11-10',
      },
    ]);
    await applyBackup(review, {
      fromBackup: [{ caseId, path: ['documents', 'host-attestation', 'issuedOn'] }],
      attachmentsFromBackup: [],
    });

    expect((await getRepositories().cases.get(caseId))?.documents['host-attestation']).toEqual({
      status: 'received',
      issuedOn: '2026-11-10',
    });
  });

  it('re-importing an identical backup reports everything unchanged, nothing "kept because newer"', async () => {
    const name = freshDatabaseName();
    const caseId = await seededVault(name);
    const file = await exportBackup(BACKUP);
    const revBefore = (await getRepositories().cases.get(caseId))?.rev;
    const db = await probe(name);
    const outboxBefore = await db.outbox.count();

    const review = await compareBackup(file, BACKUP);
    expect(review.cases).toEqual([]);
    expect(review.attachments).toEqual([]);
    expect(await applyBackup(review, KEEP_EVERYTHING_HERE)).toEqual({
      added: 0,
      updated: 0,
      keptLocal: 0,
      unchanged: 2,
    });
    // Identical records are left alone: no new revision, nothing sent to the team.
    expect((await getRepositories().cases.get(caseId))?.rev).toBe(revBefore);
    expect(await db.outbox.count()).toBe(outboxBefore);
    db.close();
  });

  it('a case identical but for its clock is unchanged, not a difference to review', async () => {
    const name = freshDatabaseName();
    await seededVault(name);
    const file = await backupEditedFrom(name, (content) => {
      for (const caseFile of content.cases) caseFile.updatedAt = LATER;
    });

    const review = await compareBackup(file, BACKUP);

    expect(review.cases).toEqual([]);
    expect(review.unchanged).toBe(2);
  });

  it('a scan that differs is listed by name and size, and replaced only when chosen', async () => {
    const name = freshDatabaseName();
    const caseId = await seededVault(name);
    const file = await backupEditedFrom(name, (content) => {
      const [scan] = content.attachments;
      if (!scan) return;
      scan.fileName = 'attestation-signee.png';
      scan.content = bytesToBase64(new Uint8Array([137, 80, 78, 71, 9, 9, 9, 9]));
      scan.size = 8;
      scan.sha256 = 'b'.repeat(64);
    });
    const { attachments } = getRepositories();
    const [local] = await attachments.listForCase(caseId);

    const review = await compareBackup(file, BACKUP);

    expect(review.attachments).toEqual([
      {
        attachmentId: local?.id,
        caseId,
        caseLabel: 'DEMO-BACKUP',
        lineCode: 'host-attestation',
        here: expect.objectContaining({ fileName: 'attestation.png', size: 7 }) as unknown,
        backup: expect.objectContaining({ fileName: 'attestation-signee.png', size: 8 }) as unknown,
      },
    ]);
    expect(await applyBackup(review, KEEP_EVERYTHING_HERE)).toMatchObject({ keptLocal: 1 });
    expect((await attachments.listForCase(caseId))[0]?.fileName).toBe('attestation.png');

    await applyBackup(await compareBackup(file, BACKUP), {
      fromBackup: [],
      attachmentsFromBackup: [local?.id ?? ''],
    });
    const [replaced] = await attachments.listForCase(caseId);
    expect(replaced?.fileName).toBe('attestation-signee.png');
  });

  it('choices that would make an invalid case are refused, naming the case and the field, with nothing written', async () => {
    const name = freshDatabaseName();
    const caseId = await seededVault(name);
    const { cases } = getRepositories();
    const permit = await cases.putTimelineEntry(caseId, {
      event: {
        type: 'permit-issued',
        permit: 'fr-reflection-recepisse',
        validFrom: '2026-11-02',
        validUntil: '2027-05-01',
      },
    });
    const entryId = permit.timeline.find(({ event }) => event.type === 'permit-issued')?.id ?? '';
    const file = await exportBackup(BACKUP);
    // Here the récépissé was corrected to a later one: both of its dates moved.
    await cases.putTimelineEntry(caseId, {
      id: entryId,
      event: {
        type: 'permit-issued',
        permit: 'fr-reflection-recepisse',
        validFrom: '2027-05-02',
        validUntil: '2027-11-01',
      },
    });
    const before = await snapshot(caseId);
    const review = await compareBackup(file, BACKUP);

    // The backup's last day with this device's first day: the last before the first.
    const refusal = await applyBackup(review, {
      fromBackup: [{ caseId, path: ['timeline', entryId, 'event', 'validUntil'] }],
      attachmentsFromBackup: [],
    }).catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(BackupChoicesInvalidError);
    expect((refusal as BackupChoicesInvalidError).cases).toEqual([
      { caseId, paths: [['timeline', entryId, 'event', 'validUntil']] },
    ]);
    expect(await snapshot(caseId)).toEqual(before);
  });

  it('a case changed on this device between the review and the confirmation is not overwritten', async () => {
    const name = freshDatabaseName();
    const caseId = await seededVault(name);
    const file = await exportBackup(BACKUP);
    const { cases } = getRepositories();
    await editCase(caseId, (content) => (content.identity.givenNames = 'Fictivia'));
    const review = await compareBackup(file, BACKUP);
    // Meanwhile, another tab (or a colleague's change through sync) saves the case.
    await editCase(caseId, (content) => (content.identity.givenNames = 'Fictivianne'));

    await expect(
      applyBackup(review, {
        fromBackup: [{ caseId, path: ['identity', 'givenNames'] }],
        attachmentsFromBackup: [],
      }),
    ).rejects.toBeInstanceOf(StaleRecordError);

    expect((await cases.get(caseId))?.identity.givenNames).toBe('Fictivianne');
  });

  it('says where a restore stands: the key, the reading, each record compared, each prepared, then the write', async () => {
    await seededVault();
    const file = await exportBackup(BACKUP);
    await eraseDevice();
    await unlockWithKey(await randomDataKey());
    const steps: ImportProgress[] = [];

    await importBackup(file, BACKUP, { onProgress: (progress) => steps.push(progress) });

    expect(steps[0]).toEqual({ step: 'key' });
    expect(steps[1]).toEqual({ step: 'reading' });
    expect(steps).toContainEqual({ step: 'comparing', done: 2, total: 2 });
    expect(steps.at(-2)).toEqual({ step: 'preparing', done: 2, total: 2 });
    expect(steps.at(-1)).toEqual({ step: 'writing' });
  });

  it.each([
    'before it starts',
    'while the key is derived',
    'while records are compared',
    'while records are prepared, after the review',
  ] as const)('a restore cancelled %s adds nothing and says it was cancelled', async (moment) => {
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
          const at =
            moment === 'while the key is derived'
              ? 'key'
              : moment === 'while records are compared'
                ? 'comparing'
                : 'preparing';
          if (progress.step === at) controller.abort();
        },
      }),
    ).rejects.toBeInstanceOf(ImportCancelledError);

    expect(steps.map((p) => p.step)).not.toContain('writing');
    // Not cancelled, this import adds the case and its scan (the first test).
    expect(await getRepositories().cases.list()).toEqual([]);
  });

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
