/**
 * Attached scans: metadata sealed in `attachments`, contents encrypted in chunks of at most 4 MiB
 * (one huge ArrayBuffer per file would strain memory on small devices; chunks also let a sync
 * resume). Each chunk's additional data names the attachment, its index and the chunk count, so
 * chunks cannot be reordered, swapped between files, or dropped unnoticed.
 */
import { z } from 'zod';
import { commitChanges } from './commit-changes';
import type { PasserelleDb } from './db';
import { CorruptAttachmentError, RecordNotFoundError } from './errors';
import { newId } from './ids';
import type { RecordCodec } from './record-codec';
import { nextLife, type RowSealer } from './sealed-rows';
import type { StoredAttachment, StoredChunk } from './stored-records';

const TABLE = 'attachments';
const PAYLOAD_VERSION = 1;
export const CHUNK_BYTES = 4 * 1024 * 1024;

export const AttachmentContentSchema = z.object({
  fileName: z.string().min(1).max(255),
  mediaType: z.string().min(1),
  size: z.number().int().nonnegative(),
  /** SHA-256 of the plain content, checked when the file is read back. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export interface AttachmentMeta extends z.infer<typeof AttachmentContentSchema> {
  id: string;
  caseId: string;
  lineCode: string;
  createdAt: string;
}

export interface NewAttachment {
  fileName: string;
  mediaType: string;
  content: Blob;
}

export interface AttachmentsRepository {
  add(caseId: string, lineCode: string, file: NewAttachment): Promise<AttachmentMeta>;
  listForCase(caseId: string): Promise<AttachmentMeta[]>;
  /** The file's content, decrypted and checked against its hash. */
  read(id: string): Promise<Blob>;
  remove(id: string): Promise<void>;
}

export { CorruptAttachmentError };

async function sha256Hex(bytes: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function chunkAddress(attachmentId: string, index: number, count: number) {
  return {
    table: 'attachmentChunks',
    id: `${attachmentId}/${index}/${count}`,
    version: PAYLOAD_VERSION,
  };
}

/** Encrypts a file's bytes into its chunks (crypto before any transaction). */
export async function sealAttachmentChunks(
  codec: RecordCodec,
  attachmentId: string,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<StoredChunk[]> {
  const count = Math.max(1, Math.ceil(bytes.byteLength / CHUNK_BYTES));
  const chunks: StoredChunk[] = [];
  for (let index = 0; index < count; index += 1) {
    const part = bytes.subarray(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES);
    const address = chunkAddress(attachmentId, index, count);
    chunks.push({ attachmentId, index, content: await codec.sealBytes(address, part) });
  }
  return chunks;
}

export function createAttachmentsRepository(
  db: PasserelleDb,
  codec: RecordCodec,
  sealer: RowSealer,
  now: () => string,
): AttachmentsRepository {
  async function toMeta(row: StoredAttachment): Promise<AttachmentMeta> {
    const content = await sealer.open(TABLE, row, AttachmentContentSchema);
    return {
      ...content,
      id: row.id,
      caseId: row.caseId,
      lineCode: row.lineCode,
      createdAt: row.createdAt,
    };
  }

  return {
    async add(caseId, lineCode, file) {
      const bytes = new Uint8Array(await file.content.arrayBuffer());
      const id = newId();
      const chunks = await sealAttachmentChunks(codec, id, bytes);
      const content = AttachmentContentSchema.parse({
        fileName: file.fileName,
        mediaType: file.mediaType,
        size: bytes.byteLength,
        sha256: await sha256Hex(bytes),
      });
      const at = now();
      const payload = await sealer.seal(TABLE, id, PAYLOAD_VERSION, content);
      const row: StoredAttachment = {
        id,
        caseId,
        lineCode,
        chunkCount: chunks.length,
        ...nextLife(undefined, at),
        payloadVersion: PAYLOAD_VERSION,
        payload,
      };
      await commitChanges(
        db,
        [{ op: 'put', table: TABLE, row: { ...row }, chunks }],
        [{ action: 'attachment.put', entityId: id, caseId }],
        at,
      );
      return { ...content, id, caseId, lineCode, createdAt: at };
    },
    async listForCase(caseId) {
      const rows = await db.attachments.where('caseId').equals(caseId).toArray();
      const metas = await Promise.all(rows.map(toMeta));
      return metas.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
    async read(id) {
      const row = await db.attachments.get(id);
      if (!row) throw new RecordNotFoundError(TABLE, id);
      const meta = await toMeta(row);
      const stored = await db.attachmentChunks.where('attachmentId').equals(id).sortBy('index');
      if (stored.length !== row.chunkCount) throw new CorruptAttachmentError(id);
      const parts: ArrayBuffer[] = [];
      for (const chunk of stored)
        parts.push(
          await codec.openBytes(chunkAddress(id, chunk.index, row.chunkCount), chunk.content),
        );
      const blob = new Blob(parts, { type: meta.mediaType });
      if ((await sha256Hex(await blob.arrayBuffer())) !== meta.sha256)
        throw new CorruptAttachmentError(id);
      return blob;
    },
    async remove(id) {
      const row = await db.attachments.get(id);
      if (!row) throw new RecordNotFoundError(TABLE, id);
      await commitChanges(
        db,
        [{ op: 'delete', table: TABLE, entityId: id, rev: row.rev + 1, caseId: row.caseId }],
        [{ action: 'attachment.delete', entityId: id, caseId: row.caseId }],
        now(),
      );
    },
  };
}
