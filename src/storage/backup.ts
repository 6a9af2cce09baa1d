/**
 * Encrypted backups: everything the vault holds, re-encrypted under a passphrase chosen for the
 * backup, in one file. Import validates the file, refuses a damaged or foreign one with nothing
 * changed, and never overwrites silently (decision 018): it compares first — records new to this
 * device are added, identical ones left alone, and for a record that differs every differing field
 * is listed with both values — then applies the person's choices, field by field, in one write.
 */
import { z } from 'zod';
import { base64ToBytes, bytesToBase64 } from './base64';
import {
  CaseFileContentSchema,
  CaseFileSchema,
  contentOf,
  isSameValue,
  listDifferences,
  settleConflicts,
  type CaseFile,
  type MergePath,
} from '../domain';
import { commitChanges, type Change, type RevisionGuard } from './commit-changes';
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
import { BackupChoicesInvalidError, BackupUnreadableError, ImportCancelledError } from './errors';
import { yieldToPage } from './yield-to-page';
import type { Repositories } from './repositories';
import { createRowSealer } from './sealed-rows';
import type { RecordCodec } from './record-codec';
import type { StoredAttachment, StoredCase } from './stored-records';
import { AttachmentContentSchema, sealAttachmentChunks } from './attachments-repository';

export const BACKUP_FORMAT = 'passerelle-backup';
const AAD = 'passerelle/backup/v1';

export { BackupChoicesInvalidError, BackupUnreadableError };

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
  /** Records new to this device, added without question. */
  added: number;
  /** Records that took at least one of the backup's values. */
  updated: number;
  /** Records that differ, where every value of this device was kept. */
  keptLocal: number;
  /** The same version on both sides: nothing to do, and nothing kept "because newer". */
  unchanged: number;
}

/**
 * Where an import stands, for a progress bar. Comparing: the key derivation, reading the content,
 * comparing each record with the local one. Applying, once the person has chosen: preparing (sealing)
 * each record to write, then one write. Until `writing`, cancelling changes nothing; the write
 * itself is one transaction, all or nothing.
 */
export type ImportProgress =
  | { step: 'key' }
  | { step: 'reading' }
  | { step: 'comparing'; done: number; total: number }
  | { step: 'preparing'; done: number; total: number }
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
      // The bytes' view, not its buffer: the same bytes, and the one form WebCrypto takes in
      // every realm (jsdom's, in the settings' component tests, refuses the bare buffer).
      { iv: base64ToBytes(envelope.iv), data: base64ToBytes(envelope.ciphertext) },
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

/** A field of a case that differs: its path in the case file, and the value on each side. */
export interface FieldDifference {
  /** Object keys, and for lists of items with an id (timeline, appointments, children), the id. */
  path: MergePath;
  /** This device's value; `undefined` where it has none. */
  here: unknown;
  /** The backup's value; `undefined` where it has none. */
  backup: unknown;
}

/** A case on this device and in the backup, with different content. */
export interface CaseReview {
  caseId: string;
  /** Both versions whole: the screen names a timeline entry or a document line by what it holds. */
  here: CaseFile;
  backup: CaseFile;
  differences: FieldDifference[];
}

/** What identifies a scan to the person: its name, type and size, and when it last changed. */
export interface AttachmentSide {
  fileName: string;
  mediaType: string;
  size: number;
  updatedAt: string;
}

/** A scan on this device and in the backup, with different content or name. */
export interface AttachmentReview {
  attachmentId: string;
  caseId: string;
  /** The label of its case on this device (the backup's, for a case only there). */
  caseLabel: string;
  lineCode: string;
  here: AttachmentSide;
  backup: AttachmentSide;
}

/**
 * What a backup would change, found before anything is written. `added` and `unchanged` need no
 * choice; `cases` and `attachments` do. `pending` is the opened backup and the local revisions it
 * was compared with: to hand back to `applyBackup`, not to read.
 */
export interface BackupReview {
  added: number;
  unchanged: number;
  cases: CaseReview[];
  attachments: AttachmentReview[];
  pending: PendingImport;
}

/** The opened backup and what it was compared against. Opaque to callers. */
export interface PendingImport {
  readonly content: BackupContent;
  /** Per `table:id`, the local revision compared (absent: the record was new to this device). */
  readonly localRevs: ReadonlyMap<string, number>;
}

/**
 * The person's choices: where the backup's value is taken. Every difference not named keeps this
 * device's value (decision 018: nothing on this device changes unless the person asks for it).
 */
export interface BackupChoices {
  /** Per case, the paths of its differences that take the backup's value. */
  fromBackup: readonly { caseId: string; path: MergePath }[];
  /** The scans whose backup version replaces this device's. */
  attachmentsFromBackup: readonly string[];
}

export const KEEP_EVERYTHING_HERE: BackupChoices = { fromBackup: [], attachmentsFromBackup: [] };

/** A yield every few dozen milliseconds: the bar moves and Cancel is heard, at little cost. */
function createPacer(
  step: 'comparing' | 'preparing',
  total: number,
  { signal, onProgress }: ImportOptions,
) {
  let done = 0;
  let lastYield = -Infinity;
  return {
    async next() {
      if (performance.now() - lastYield > 40) {
        onProgress?.({ step, done, total });
        await yieldToPage();
        lastYield = performance.now();
      }
      stopIfCancelled(signal);
      done += 1;
    },
    end() {
      onProgress?.({ step, done, total });
      stopIfCancelled(signal);
    },
  };
}

const revKey = (table: 'cases' | 'attachments', id: string) => `${table}:${id}`;

/** What of a case is compared: its content and its pathway, not its record's own fields. */
function comparable(caseFile: CaseFile): Record<string, unknown> {
  return { pathway: caseFile.pathway, ...contentOf(caseFile) };
}

/**
 * When a timeline entry was recorded (set again at each edit) is not a value to choose: the screen
 * shows it as the entry's date of last change on each side, and the entry keeps this device's
 * unless it is taken whole from the backup.
 */
function isRecordedAt(path: MergePath): boolean {
  return path.length === 3 && path[0] === 'timeline' && path[2] === 'recordedAt';
}

/** A schema issue's path in the review's terms: an item of a list by its id, not its index. */
function pathOfIssue(root: unknown, issuePath: readonly PropertyKey[]): string[] {
  const path: string[] = [];
  let at: unknown = root;
  for (const key of issuePath) {
    const inner: unknown =
      typeof at === 'object' && at !== null ? (at as Record<PropertyKey, unknown>)[key] : undefined;
    const id =
      Array.isArray(at) && typeof inner === 'object' && inner !== null && 'id' in inner
        ? inner.id
        : undefined;
    path.push(typeof id === 'string' ? id : String(key));
    at = inner;
  }
  return path;
}

type BackupAttachment = BackupContent['attachments'][number];

function isSameAttachment(
  local: AttachmentSide & { sha256: string; caseId: string; lineCode: string },
  record: BackupAttachment,
): boolean {
  return (
    local.sha256 === record.sha256 &&
    local.fileName === record.fileName &&
    local.mediaType === record.mediaType &&
    local.caseId === record.caseId &&
    local.lineCode === record.lineCode
  );
}

/**
 * Compares an opened backup with this device, writing nothing: which records are new, which are
 * identical, and for each case that differs, every differing field with both values. Records are
 * opened one after the other, giving the page the main thread between them; cancellable throughout.
 */
export async function compareBackup(
  db: PasserelleDb,
  codec: RecordCodec,
  content: BackupContent,
  options: ImportOptions = {},
): Promise<BackupReview> {
  const sealer = createRowSealer(codec);
  const review: BackupReview = {
    added: 0,
    unchanged: 0,
    cases: [],
    attachments: [],
    pending: { content, localRevs: new Map() },
  };
  const localRevs = new Map<string, number>();
  const labels = new Map(content.cases.map(({ id, label }) => [id, label]));
  const pacer = createPacer(
    'comparing',
    content.cases.length + content.attachments.length,
    options,
  );
  // The local copies, read at once: one request per record made a restore of 2,000 cases 15 s long.
  const localCases = await db.cases.bulkGet(content.cases.map(({ id }) => id));
  const localAttachments = await db.attachments.bulkGet(content.attachments.map(({ id }) => id));
  for (const [index, backup] of content.cases.entries()) {
    await pacer.next();
    const row = localCases[index];
    if (!row) {
      review.added += 1;
      continue;
    }
    localRevs.set(revKey('cases', row.id), row.rev);
    const here: CaseFile = {
      ...(await sealer.open('cases', row, CaseFileContentSchema)),
      id: row.id,
      pathway: row.pathway as CaseFile['pathway'],
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      rev: row.rev,
    };
    labels.set(here.id, here.label);
    const differences = listDifferences(comparable(here), comparable(backup)).filter(
      ({ path }) => !isRecordedAt(path),
    );
    if (differences.length === 0) review.unchanged += 1;
    else
      review.cases.push({
        caseId: here.id,
        here,
        backup,
        differences: differences.map(({ path, ours, theirs }) => ({
          path,
          here: ours,
          backup: theirs,
        })),
      });
  }
  for (const [index, record] of content.attachments.entries()) {
    await pacer.next();
    const row = localAttachments[index];
    if (!row) {
      review.added += 1;
      continue;
    }
    localRevs.set(revKey('attachments', row.id), row.rev);
    const meta = await sealer.open('attachments', row, AttachmentContentSchema);
    const local = { ...meta, caseId: row.caseId, lineCode: row.lineCode, updatedAt: row.updatedAt };
    if (isSameAttachment(local, record)) {
      review.unchanged += 1;
      continue;
    }
    const side = ({ fileName, mediaType, size, updatedAt }: AttachmentSide): AttachmentSide => ({
      fileName,
      mediaType,
      size,
      updatedAt,
    });
    review.attachments.push({
      attachmentId: record.id,
      caseId: record.caseId,
      caseLabel: labels.get(record.caseId) ?? '',
      lineCode: record.lineCode,
      here: side(local),
      backup: side(record),
    });
  }
  pacer.end();
  return { ...review, pending: { content, localRevs } };
}

/**
 * Writes what `compareBackup` found, as the person chose: the new records, and for each record that
 * differs, the backup's values where chosen. Every case written is checked against the case file's
 * schema first: a combination of values that makes no valid case throws BackupChoicesInvalidError
 * naming the case and the fields, with nothing written. One transaction through `commitChanges`
 * (outbox and audit included), guarded by the revisions compared: a record changed on this device
 * since the comparison throws StaleRecordError, nothing written either.
 */
export async function applyBackup(
  db: PasserelleDb,
  codec: RecordCodec,
  review: BackupReview,
  choices: BackupChoices,
  at: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const { signal, onProgress } = options;
  stopIfCancelled(signal);
  const { content, localRevs } = review.pending;
  const sealer = createRowSealer(codec);
  const report: ImportReport = {
    added: review.added,
    updated: 0,
    keptLocal: 0,
    unchanged: review.unchanged,
  };
  const changes: Change[] = [];
  const guards: RevisionGuard[] = [];

  // The cases to write, settled and checked before anything is sealed.
  const settled: CaseFile[] = [];
  const invalid: { caseId: string; paths: MergePath[] }[] = [];
  for (const caseReview of review.cases) {
    const taken = choices.fromBackup.filter(({ caseId }) => caseId === caseReview.caseId);
    const chosen = caseReview.differences.filter(({ path }) =>
      taken.some((choice) => isSameValue(choice.path, path)),
    );
    if (chosen.length === 0) {
      report.keptLocal += 1;
      continue;
    }
    const { here } = caseReview;
    const next = settleConflicts(
      comparable(here),
      chosen.map(({ path, backup }) => ({ path, value: backup })),
    );
    const parsed = CaseFileSchema.safeParse({
      ...next,
      id: here.id,
      createdAt: here.createdAt,
      updatedAt: at,
      rev: here.rev + 1,
    });
    if (!parsed.success) {
      invalid.push({
        caseId: here.id,
        paths: parsed.error.issues.map((issue) => pathOfIssue(next, issue.path)),
      });
      continue;
    }
    report.updated += 1;
    settled.push(parsed.data);
  }
  if (invalid.length > 0) throw new BackupChoicesInvalidError(invalid);

  const newCases = content.cases.filter(({ id }) => !localRevs.has(revKey('cases', id)));
  const attachmentsToWrite = content.attachments.filter(
    ({ id }) =>
      !localRevs.has(revKey('attachments', id)) || choices.attachmentsFromBackup.includes(id),
  );
  for (const attachment of review.attachments)
    if (!choices.attachmentsFromBackup.includes(attachment.attachmentId)) report.keptLocal += 1;
    else report.updated += 1;

  const pacer = createPacer(
    'preparing',
    newCases.length + settled.length + attachmentsToWrite.length,
    options,
  );
  const guarded = (table: 'cases' | 'attachments', id: string) => {
    // A record new to this device must still be absent (revision 0), a compared one unchanged.
    const rev = localRevs.get(revKey(table, id)) ?? 0;
    guards.push({ table, id, rev });
    return rev;
  };
  for (const caseFile of [...newCases, ...settled]) {
    await pacer.next();
    const { id, pathway, createdAt, updatedAt, rev: _rev, ...rest } = caseFile;
    const row: StoredCase = {
      id,
      pathway,
      createdAt,
      updatedAt,
      rev: guarded('cases', id) + 1,
      payloadVersion: 1,
      payload: await sealer.seal('cases', id, 1, rest),
    };
    changes.push({ op: 'put', table: 'cases', row: { ...row } });
  }
  for (const record of attachmentsToWrite) {
    await pacer.next();
    const chunks = await sealAttachmentChunks(codec, record.id, base64ToBytes(record.content));
    const { fileName, mediaType, size, sha256 } = record;
    const payload = await sealer.seal('attachments', record.id, 1, {
      fileName,
      mediaType,
      size,
      sha256,
    });
    const rev = guarded('attachments', record.id);
    const row: StoredAttachment = {
      id: record.id,
      caseId: record.caseId,
      lineCode: record.lineCode,
      chunkCount: chunks.length,
      createdAt: record.createdAt,
      // A scan replaced now changed on this device now; a new one keeps its own history.
      updatedAt: rev === 0 ? record.updatedAt : at,
      rev: rev + 1,
      payloadVersion: 1,
      payload,
    };
    changes.push({ op: 'put', table: 'attachments', row: { ...row }, chunks });
  }
  pacer.end();
  onProgress?.({ step: 'writing' });
  if (changes.length > 0)
    await commitChanges(db, changes, [{ action: 'backup.import' }], at, guards);
  return report;
}
