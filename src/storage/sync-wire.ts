/**
 * What a synced record is on the wire (decision 016): its content and the clear fields the device
 * indexes, with who made the version and when, sealed with the association's team key; the
 * additional data names the table, the id and the server revision, so the server can move a payload
 * neither to another record nor to another revision.
 */
import { z } from 'zod';
import type { WireRecord } from '../sync/protocol';
import { base64ToBytes, bytesToBase64 } from './base64';
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

  return { seal, open };
}
