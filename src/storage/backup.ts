/**
 * Encrypted backups: everything the vault holds, re-encrypted under a passphrase chosen for the
 * backup, in one file. Import validates the file, refuses a damaged or foreign one with nothing
 * changed, and never overwrites silently: a local record newer than the backup's copy is kept, and
 * the report says what was added, updated and kept.
 */
import { z } from 'zod';
import { base64ToBytes, bytesToBase64 } from './base64';
import { CaseFileSchema } from '../domain';
import { commitChanges, type Change } from './commit-changes';
import { IV_BYTES, decryptBytes, encryptBytes, randomBytes } from './crypto/aes-gcm';
import {
  ARGON2ID_KEY_BYTES,
  ARGON2ID_MAX,
  ARGON2ID_MIN,
  ARGON2ID_SALT_BYTES,
} from './crypto/argon2id-params';
import {
  DEFAULT_KDF,
  PBKDF2_ITERATIONS,
  SALT_BYTES,
  deriveKeyFromPassphrase,
  type PassphraseKdf,
} from './crypto/passphrase-key';
import type { PasserelleDb } from './db';
import { BackupUnreadableError, ImportCancelledError } from './errors';
import { yieldToPage } from './yield-to-page';
import type { Repositories } from './repositories';
import { createRowSealer } from './sealed-rows';
import type { RecordCodec } from './record-codec';
import type { SealedRow, StoredAttachment, StoredCase } from './stored-records';
import { sealAttachmentChunks } from './attachments-repository';

export const BACKUP_FORMAT = 'passerelle-backup';
const AAD = 'passerelle/backup/v1';

export { BackupUnreadableError };

/**
 * The most PBKDF2 iterations a backup may ask for: 10 times what this app wrote before Argon2id. A
 * crafted file asking for billions would block the tab's crypto for minutes; it is refused before
 * any key derivation.
 */
export const MAX_BACKUP_ITERATIONS = 10 * PBKDF2_ITERATIONS;

/** Base64 of exactly `bytes` bytes (a salt, an IV), checked before anything is derived. */
const base64OfBytes = (bytes: number) =>
  z.base64().refine((value) => base64ToBytes(value).byteLength === bytes);

/** An integer within Argon2id's bounds for this parameter (argon2id-params.ts). */
const argon2idParam = (name: keyof typeof ARGON2ID_MIN) =>
  z.number().int().min(ARGON2ID_MIN[name]).max(ARGON2ID_MAX[name]);

/**
 * How the backup's key is derived: Argon2id since decision 011, PBKDF2-SHA256 in older files. Every
 * parameter is bounded, so a crafted file asking for gigabytes of memory, thousands of passes or
 * billions of iterations is refused before anything is derived.
 */
const KdfSchema = z.discriminatedUnion('name', [
  z.object({
    name: z.literal('Argon2id'),
    memoryKiB: argon2idParam('memoryKiB'),
    passes: argon2idParam('passes'),
    parallelism: argon2idParam('parallelism'),
    keyBytes: z.literal(ARGON2ID_KEY_BYTES),
    salt: base64OfBytes(ARGON2ID_SALT_BYTES),
  }),
  z.object({
    name: z.literal('PBKDF2-SHA256'),
    iterations: z.number().int().min(PBKDF2_ITERATIONS).max(MAX_BACKUP_ITERATIONS),
    salt: base64OfBytes(SALT_BYTES),
  }),
]);

function kdfOf(kdf: z.infer<typeof KdfSchema>): PassphraseKdf {
  if (kdf.name === 'PBKDF2-SHA256') return { kdf: kdf.name, iterations: kdf.iterations };
  const { memoryKiB, passes, parallelism } = kdf;
  return { kdf: kdf.name, memoryKiB, passes, parallelism };
}

const EnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  createdAt: z.iso.datetime(),
  kdf: KdfSchema,
  iv: base64OfBytes(IV_BYTES),
  ciphertext: z.base64().min(1),
});

const Life = {
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  rev: z.number().int().positive(),
};

const BackupContentSchema = z.object({
  cases: z.array(CaseFileSchema),
  attachments: z.array(
    z.object({
      id: z.string(),
      caseId: z.string(),
      lineCode: z.string(),
      fileName: z.string(),
      mediaType: z.string(),
      size: z.number().int().nonnegative(),
      sha256: z.string(),
      content: z.base64(),
      ...Life,
    }),
  ),
});
export type BackupContent = z.infer<typeof BackupContentSchema>;

export interface ImportReport {
  added: number;
  updated: number;
  keptLocal: number;
  /** The same version on both sides: nothing to do, and nothing kept "because newer". */
  unchanged: number;
}

/**
 * Where an import stands, for a progress bar: the key derivation, then reading the content, then
 * comparing each record with the local one, then one write. Until `writing`, cancelling changes
 * nothing; the write itself is one transaction, all or nothing.
 */
export type ImportProgress =
  | { step: 'key' }
  | { step: 'reading' }
  | { step: 'comparing'; done: number; total: number }
  | { step: 'writing' };

export interface ImportOptions {
  /** Aborting before the write throws ImportCancelledError, with nothing changed. */
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
}

function stopIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ImportCancelledError();
}

export async function collectBackupContent(
  db: PasserelleDb,
  repositories: Repositories,
): Promise<BackupContent> {
  const cases = await repositories.cases.list();
  const content: BackupContent = { cases, attachments: [] };
  for (const caseFile of cases) {
    for (const meta of await repositories.attachments.listForCase(caseFile.id)) {
      // A colleague's scan not fetched yet is on the association's server, not on this device.
      if (!meta.onDevice) continue;
      const row = await db.attachments.get(meta.id);
      const bytes = new Uint8Array(
        await (await repositories.attachments.read(meta.id)).arrayBuffer(),
      );
      content.attachments.push({
        ...meta,
        content: bytesToBase64(bytes),
        updatedAt: row?.updatedAt ?? meta.createdAt,
        rev: row?.rev ?? 1,
      });
    }
  }
  return content;
}

export async function sealBackup(
  content: BackupContent,
  passphrase: string,
  at: string,
): Promise<string> {
  const salt = randomBytes(ARGON2ID_SALT_BYTES);
  const { memoryKiB, passes, parallelism } = DEFAULT_KDF;
  const key = await deriveKeyFromPassphrase(passphrase, salt, DEFAULT_KDF, ['encrypt', 'decrypt']);
  const sealed = await encryptBytes(key, new TextEncoder().encode(JSON.stringify(content)), AAD);
  const envelope: z.infer<typeof EnvelopeSchema> = {
    format: BACKUP_FORMAT,
    version: 1,
    createdAt: at,
    kdf: {
      name: 'Argon2id',
      memoryKiB,
      passes,
      parallelism,
      keyBytes: ARGON2ID_KEY_BYTES,
      salt: bytesToBase64(salt),
    },
    iv: bytesToBase64(sealed.iv),
    ciphertext: bytesToBase64(new Uint8Array(sealed.data)),
  };
  return JSON.stringify(envelope);
}

export async function openBackup(
  text: string,
  passphrase: string,
  { signal, onProgress }: ImportOptions = {},
): Promise<BackupContent> {
  let envelope: z.infer<typeof EnvelopeSchema>;
  try {
    envelope = EnvelopeSchema.parse(JSON.parse(text));
  } catch {
    throw new BackupUnreadableError('not-a-backup');
  }
  stopIfCancelled(signal);
  onProgress?.({ step: 'key' });
  let key: CryptoKey;
  try {
    key = await deriveKeyFromPassphrase(
      passphrase,
      base64ToBytes(envelope.kdf.salt),
      kdfOf(envelope.kdf),
      ['encrypt', 'decrypt'],
      signal,
    );
  } catch (error) {
    stopIfCancelled(signal);
    throw error;
  }
  stopIfCancelled(signal);
  onProgress?.({ step: 'reading' });
  let plaintext: ArrayBuffer;
  try {
    plaintext = await decryptBytes(
      key,
      { iv: base64ToBytes(envelope.iv), data: base64ToBytes(envelope.ciphertext).buffer },
      AAD,
    );
  } catch {
    throw new BackupUnreadableError('wrong-passphrase-or-damaged');
  }
  const parsed = BackupContentSchema.safeParse(JSON.parse(new TextDecoder().decode(plaintext)));
  if (!parsed.success) throw new BackupUnreadableError('invalid-content');
  stopIfCancelled(signal);
  return parsed.data;
}

type Decision = 'add' | 'update' | 'keep' | 'same';

function decide(local: SealedRow | undefined, incomingUpdatedAt: string): Decision {
  if (!local) return 'add';
  if (incomingUpdatedAt === local.updatedAt) return 'same';
  return incomingUpdatedAt > local.updatedAt ? 'update' : 'keep';
}

/**
 * Writes the backup's records that are new or newer than the local ones, in one transaction. Each
 * record is compared (and sealed) first, giving the page the main thread between them: a backup
 * with many scans takes seconds, and may be cancelled until the write.
 */
export async function mergeBackup(
  db: PasserelleDb,
  codec: RecordCodec,
  content: BackupContent,
  at: string,
  { signal, onProgress }: ImportOptions = {},
): Promise<ImportReport> {
  const sealer = createRowSealer(codec);
  const report: ImportReport = { added: 0, updated: 0, keptLocal: 0, unchanged: 0 };
  const changes: Change[] = [];
  const count = (decision: Decision) => {
    if (decision === 'add') report.added += 1;
    else if (decision === 'update') report.updated += 1;
    else if (decision === 'same') report.unchanged += 1;
    else report.keptLocal += 1;
  };
  const life = (
    record: { createdAt: string; updatedAt: string },
    local: SealedRow | undefined,
  ) => ({
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    rev: (local?.rev ?? 0) + 1,
  });

  const total = content.cases.length + content.attachments.length;
  let done = 0;
  let lastYield = -Infinity;
  const next = async () => {
    // A yield every few dozen milliseconds: the bar moves and Cancel is heard, at little cost.
    if (performance.now() - lastYield > 40) {
      onProgress?.({ step: 'comparing', done, total });
      await yieldToPage();
      lastYield = performance.now();
    }
    stopIfCancelled(signal);
    done += 1;
  };

  // The local copies, read at once: one request per record made a restore of 2,000 cases 15 s long.
  const localCases = await db.cases.bulkGet(content.cases.map(({ id }) => id));
  const localAttachments = await db.attachments.bulkGet(content.attachments.map(({ id }) => id));
  for (const [index, caseFile] of content.cases.entries()) {
    await next();
    const local = localCases[index];
    const decision = decide(local, caseFile.updatedAt);
    count(decision);
    if (decision === 'keep' || decision === 'same') continue;
    const { id, pathway, createdAt, updatedAt, rev: _rev, ...rest } = caseFile;
    const row: StoredCase = {
      id,
      pathway,
      ...life({ createdAt, updatedAt }, local),
      payloadVersion: 1,
      payload: await sealer.seal('cases', id, 1, rest),
    };
    changes.push({ op: 'put', table: 'cases', row: { ...row } });
  }
  for (const [index, record] of content.attachments.entries()) {
    await next();
    const local = localAttachments[index];
    const decision = decide(local, record.updatedAt);
    count(decision);
    if (decision === 'keep' || decision === 'same') continue;
    const chunks = await sealAttachmentChunks(codec, record.id, base64ToBytes(record.content));
    const chunkCount = chunks.length;
    const { fileName, mediaType, size, sha256 } = record;
    const payload = await sealer.seal('attachments', record.id, 1, {
      fileName,
      mediaType,
      size,
      sha256,
    });
    const row: StoredAttachment = {
      id: record.id,
      caseId: record.caseId,
      lineCode: record.lineCode,
      chunkCount,
      ...life(record, local),
      payloadVersion: 1,
      payload,
    };
    changes.push({ op: 'put', table: 'attachments', row: { ...row }, chunks });
  }
  onProgress?.({ step: 'comparing', done, total });
  stopIfCancelled(signal);
  onProgress?.({ step: 'writing' });
  await commitChanges(db, changes, [{ action: 'backup.import' }], at);
  return report;
}
