/**
 * What a synced record is on the wire (decision 016): its content and the clear fields the device
 * indexes, with who made the version and when, sealed with the association's team key; the
 * additional data names the table, the id and the server revision, so the server can move a payload
 * neither to another record nor to another revision.
 */
import { z } from 'zod';
import type { WireRecord } from '../sync/protocol';
import { base64ToBytes, bytesToBase64 } from './base64';
import { IV_BYTES } from './crypto/aes-gcm';
import { createEncryptedCodec } from './record-codec';
import type { WireTableName } from './stored-records';

/** What a case is on the wire, inside the team key's seal: its content and its clear fields. */
export const CaseWireSchema = z.strictObject({
  kind: z.literal('case'),
  pathway: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  payloadVersion: z.number().int(),
  content: z.record(z.string(), z.unknown()),
  /** Who made this version (the worker's display name) and when: shown beside a conflict. */
  changedBy: z.string().optional(),
  changedAt: z.string(),
});
/**
 * What a scan's record is on the wire: its case and checklist line, and what the device keeps
 * sealed of it (file name, type, size, hash). Its content travels apart, chunk by chunk, sealed
 * with the team key too, and is fetched only when a colleague opens it (`sealChunk`/`openChunk`).
 */
export const AttachmentWireSchema = z.strictObject({
  kind: z.literal('attachment'),
  caseId: z.string(),
  lineCode: z.string(),
  chunkCount: z.number().int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  payloadVersion: z.number().int(),
  content: z.record(z.string(), z.unknown()),
  changedBy: z.string().optional(),
  changedAt: z.string(),
});
export type AttachmentWire = z.infer<typeof AttachmentWireSchema>;
/**
 * What an interview's record is on the wire: its case, its life dates, and its content (script,
 * day, language, and the answers the person agreed to share: never one kept confidential).
 */
export const InterviewWireSchema = z.strictObject({
  kind: z.literal('interview'),
  caseId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  payloadVersion: z.number().int(),
  content: z.record(z.string(), z.unknown()),
  changedBy: z.string().optional(),
  changedAt: z.string(),
});
export type InterviewWire = z.infer<typeof InterviewWireSchema>;
export const DeletedWireSchema = z.strictObject({
  kind: z.literal('deleted'),
  changedBy: z.string().optional(),
  changedAt: z.string(),
});
/** One side of a shared conflict: who made that version, when, and whether it deleted the case. */
const ConflictSideSchema = z.strictObject({
  changedBy: z.string().optional(),
  changedAt: z.string().optional(),
  deleted: z.boolean(),
});
/**
 * A conflict a device found, shared with the team so that every colleague sees it until one
 * settles it: each clash with the server's value and the finding device's (`device`).
 */
export const ConflictWireSchema = z.strictObject({
  kind: z.literal('conflict'),
  caseId: z.string(),
  clashes: z.array(
    z.strictObject({
      path: z.array(z.string()),
      server: z.unknown().optional(),
      device: z.unknown().optional(),
    }),
  ),
  server: ConflictSideSchema,
  device: ConflictSideSchema,
  changedBy: z.string().optional(),
  changedAt: z.string(),
});
export type ConflictWire = z.infer<typeof ConflictWireSchema>;
export const WireContentSchema = z.discriminatedUnion('kind', [
  CaseWireSchema,
  AttachmentWireSchema,
  InterviewWireSchema,
  DeletedWireSchema,
  ConflictWireSchema,
]);
export type WireContent = z.infer<typeof WireContentSchema>;
export type CaseWire = z.infer<typeof CaseWireSchema>;

export function createWireCodec(teamKey: CryptoKey) {
  const team = createEncryptedCodec(teamKey);
  const wireAddress = (record: Pick<WireRecord, 'table' | 'id' | 'rev'>) => ({
    table: `wire/${record.table}`,
    id: record.id,
    version: record.rev,
  });

  async function seal(
    table: WireTableName,
    id: string,
    rev: number,
    content: WireContent,
  ): Promise<WireRecord> {
    const sealed = await team.seal(wireAddress({ table, id, rev }), content);
    return {
      id,
      table,
      rev,
      deleted: content.kind === 'deleted',
      sealed: { iv: bytesToBase64(sealed.iv), data: bytesToBase64(new Uint8Array(sealed.data)) },
    };
  }

  /** Opens a server record; one that does not open, or says otherwise than its flag, is refused. */
  async function open(record: WireRecord): Promise<WireContent> {
    const content = WireContentSchema.parse(
      await team.open(wireAddress(record), {
        iv: base64ToBytes(record.sealed.iv),
        data: base64ToBytes(record.sealed.data).buffer,
      }),
    );
    if ((content.kind === 'deleted') !== record.deleted)
      throw new Error('A server record says otherwise than its deletion flag');
    return content;
  }

  /**
   * A scan's chunk as it travels: the IV then the ciphertext, sealed with the team key; the
   * additional data names the scan, the chunk's index and their count, so the server can neither
   * swap chunks between scans nor reorder or drop one unnoticed.
   */
  const chunkAddress = (attachmentId: string, index: number, count: number) => ({
    table: 'wire/attachmentChunks',
    id: `${attachmentId}/${String(index)}/${String(count)}`,
    version: 1,
  });

  async function sealChunk(
    attachmentId: string,
    index: number,
    count: number,
    bytes: BufferSource,
  ): Promise<Uint8Array<ArrayBuffer>> {
    const sealed = await team.sealBytes(chunkAddress(attachmentId, index, count), bytes);
    const out = new Uint8Array(sealed.iv.byteLength + sealed.data.byteLength);
    out.set(sealed.iv, 0);
    out.set(new Uint8Array(sealed.data), sealed.iv.byteLength);
    return out;
  }

  async function openChunk(
    attachmentId: string,
    index: number,
    count: number,
    wire: Uint8Array,
  ): Promise<ArrayBuffer> {
    if (wire.byteLength <= IV_BYTES) throw new Error('A scan chunk from the server is too short');
    return team.openBytes(chunkAddress(attachmentId, index, count), {
      iv: wire.slice(0, IV_BYTES),
      data: wire.slice(IV_BYTES).buffer,
    });
  }

  return { seal, open, sealChunk, openChunk };
}
