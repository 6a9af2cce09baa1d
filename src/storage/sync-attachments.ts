/**
 * Scans in sync (docs/sync-protocol.md): a scan's record travels like a case's, sealed with the
 * team key; its content travels apart, chunk by chunk, sent before the record and fetched by a
 * colleague's device only when the scan is opened there. A scan is never edited, only added or
 * deleted: the server's version is always taken, and there is nothing to merge.
 */
import type { WireRecord } from '../sync/protocol';
import {
  AttachmentContentSchema,
  openChunk as openStoredChunk,
  sealChunk,
  sha256Hex,
} from './attachments-repository';
import type { ChangedRecord } from './change-feed';
import type { PasserelleDb } from './db';
import { sendDeletionsOf } from './sync-children';
import { CorruptAttachmentError, RecordNotFoundError, StaleRecordError } from './errors';
import type { RecordCodec } from './record-codec';
import { createRowSealer } from './sealed-rows';
import type { AttachmentWire, WireContent, createWireCodec } from './sync-wire';
import type { StoredAttachment, StoredChunk, SyncBaseRow } from './stored-records';

type WireCodec = ReturnType<typeof createWireCodec>;

/** One chunk of a scan created here, to send before its record. */
export interface BlobRef {
  attachmentId: string;
  index: number;
  count: number;
}

/** What meeting a server version of a scan does here: the row to write or remove, and the base. */
export interface AttachmentOutcome {
  key: string;
  seenRev: number | null;
  row?: StoredAttachment;
  remove?: boolean;
  base: SyncBaseRow;
  changed?: ChangedRecord;
}

const TABLE = 'attachments';
const keyOf = (id: string) => `${TABLE}:${id}`;

export function createSyncAttachments(
  db: PasserelleDb,
  codec: RecordCodec,
  wire: WireCodec,
  baseOf: (key: string, content: WireContent) => Promise<unknown>,
  who: () => string | undefined,
) {
  const sealer = createRowSealer(codec);

  /** A scan of this device as it travels (its content stays apart). */
  async function wireOf(row: StoredAttachment): Promise<AttachmentWire> {
    const content = await sealer.open(TABLE, row, AttachmentContentSchema);
    return {
      kind: 'attachment',
      caseId: row.caseId,
      lineCode: row.lineCode,
      chunkCount: row.chunkCount,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      payloadVersion: row.payloadVersion,
      content,
      changedBy: who(),
      changedAt: row.updatedAt,
    };
  }

  /** The chunks to send before a batch: those of scans the server has never had. */
  function blobsOf(bases: readonly SyncBaseRow[], rows: readonly (StoredAttachment | undefined)[]) {
    return bases.flatMap((base, index): BlobRef[] => {
      const row = rows[index];
      if (!row || base.serverRev > 0 || row.remote === 1) return [];
      return Array.from({ length: row.chunkCount }, (_, chunk) => ({
        attachmentId: row.id,
        index: chunk,
        count: row.chunkCount,
      }));
    });
  }

  /** One chunk of a scan of this device, opened and sealed again with the team key. */
  async function wireBlob({ attachmentId, index, count }: BlobRef): Promise<Uint8Array> {
    const chunk = await db.attachmentChunks.get([attachmentId, index]);
    if (!chunk) throw new RecordNotFoundError('attachmentChunks', attachmentId);
    return wire.sealChunk(attachmentId, index, count, await openStoredChunk(codec, chunk, count));
  }

  /**
   * Server versions of scans: a deletion removes the scan here (its chunks too); a scan this
   * device does not have becomes a row whose content is still on the server (`remote`); one it
   * has only moves its base. A scan deleted here and not sent yet stays deleted.
   */
  async function meet(records: readonly WireRecord[]): Promise<AttachmentOutcome[]> {
    const scans = records.filter((record) => record.table === TABLE);
    if (scans.length === 0) return [];
    const keys = scans.map((record) => keyOf(record.id));
    const [bases, locals] = await Promise.all([
      db.syncBases.bulkGet(keys),
      db.attachments.bulkGet(scans.map((record) => record.id)),
    ]);
    const met = await Promise.all(
      scans.map(async (record, index): Promise<AttachmentOutcome | undefined> => {
        const known = bases[index];
        if (known && known.serverRev >= record.rev) return undefined;
        const local = locals[index];
        const theirs = await wire.open(record);
        if (theirs.kind !== 'attachment' && theirs.kind !== 'deleted')
          throw new Error('A scan record holds something else');
        const key = keyOf(record.id);
        const deletedHere = known?.dirty === 1 && !local;
        const base: SyncBaseRow = {
          id: key,
          table: TABLE,
          entityId: record.id,
          serverRev: record.rev,
          dirty: deletedHere && theirs.kind !== 'deleted' ? 1 : 0,
          base: await baseOf(key, theirs),
        };
        const seenRev = local?.rev ?? null;
        if (theirs.kind === 'deleted')
          return {
            key,
            seenRev,
            base,
            remove: local !== undefined,
            changed: local
              ? { table: TABLE, id: record.id, op: 'delete', rev: local.rev, caseId: local.caseId }
              : undefined,
          };
        if (local || deletedHere) return { key, seenRev, base };
        const content = AttachmentContentSchema.parse(theirs.content);
        const row: StoredAttachment = {
          id: record.id,
          caseId: theirs.caseId,
          lineCode: theirs.lineCode,
          chunkCount: theirs.chunkCount,
          createdAt: theirs.createdAt,
          updatedAt: theirs.updatedAt,
          rev: 1,
          payloadVersion: theirs.payloadVersion,
          payload: await sealer.seal(TABLE, record.id, theirs.payloadVersion, content),
          remote: 1,
        };
        return {
          key,
          seenRev,
          base,
          row,
          changed: { table: TABLE, id: record.id, op: 'put', rev: 1, caseId: theirs.caseId },
        };
      }),
    );
    return met.filter((outcome): outcome is AttachmentOutcome => outcome !== undefined);
  }

  /**
   * Inside a sync commit's transaction: the scans' outcomes written, after checking that no local
   * row moved since it was read, and that no deletion made here since waits (`waiting`).
   */
  async function write(outcomes: readonly AttachmentOutcome[], waiting: ReadonlySet<string>) {
    if (outcomes.length === 0) return;
    const current = await db.attachments.bulkGet(outcomes.map((outcome) => outcome.base.entityId));
    outcomes.forEach((outcome, index) => {
      const moved = (current[index]?.rev ?? null) !== outcome.seenRev;
      const deletedMeanwhile = outcome.row !== undefined && waiting.has(outcome.key);
      if (moved || deletedMeanwhile) throw new StaleRecordError(TABLE, outcome.base.entityId);
    });
    const rows = outcomes.flatMap((outcome) => (outcome.row ? [outcome.row] : []));
    if (rows.length > 0) await db.attachments.bulkPut(rows);
    const removed = outcomes.filter((outcome) => outcome.remove).map((o) => o.base.entityId);
    if (removed.length > 0) {
      await db.attachments.bulkDelete(removed);
      await db.attachmentChunks.where('attachmentId').anyOf(removed).delete();
    }
    await db.syncBases.bulkPut(
      outcomes.map((outcome) =>
        waiting.has(outcome.key) ? { ...outcome.base, dirty: 1 as const } : outcome.base,
      ),
    );
  }

  /**
   * Inside a transaction that removes cases here because of sync (a colleague deleted them, or a
   * person settled a conflict by deleting): their scans go too, and their deletion is sent, so
   * that no scan stays behind on the server without its case.
   */
  async function removeOfCases(caseIds: readonly string[]): Promise<ChangedRecord[]> {
    if (caseIds.length === 0) return [];
    const rows = await db.attachments.where('caseId').anyOf(caseIds).toArray();
    const ids = rows.map((row) => row.id);
    await db.attachments.bulkDelete(ids);
    await db.attachmentChunks.where('attachmentId').anyOf(ids).delete();
    return sendDeletionsOf(db, TABLE, rows);
  }

  /**
   * Brings a colleague's scan onto this device: each chunk fetched, opened with the team key,
   * sealed with this device's, and the whole checked against the hash its record carries. Nothing
   * is written unless every chunk came and the hash matches.
   */
  async function fetchAttachment(
    attachmentId: string,
    getBlob: (attachmentId: string, index: number) => Promise<Uint8Array>,
  ): Promise<ChangedRecord | undefined> {
    const row = await db.attachments.get(attachmentId);
    if (!row) throw new RecordNotFoundError(TABLE, attachmentId);
    if (row.remote !== 1) return undefined;
    const meta = await sealer.open(TABLE, row, AttachmentContentSchema);
    const parts: ArrayBuffer[] = [];
    const chunks: StoredChunk[] = [];
    for (let index = 0; index < row.chunkCount; index += 1) {
      const plain = await wire.openChunk(
        attachmentId,
        index,
        row.chunkCount,
        await getBlob(attachmentId, index),
      );
      parts.push(plain);
      chunks.push(await sealChunk(codec, attachmentId, index, row.chunkCount, plain));
    }
    const whole = await new Blob(parts).arrayBuffer();
    if (whole.byteLength !== meta.size || (await sha256Hex(whole)) !== meta.sha256)
      throw new CorruptAttachmentError(attachmentId);
    await db.transaction('rw', [db.attachments, db.attachmentChunks], async () => {
      const now = await db.attachments.get(attachmentId);
      if (now?.rev !== row.rev || now.remote !== 1) return;
      await db.attachmentChunks.bulkPut(chunks);
      const { remote: _remote, ...here } = now;
      await db.attachments.put(here);
    });
    return { table: TABLE, id: attachmentId, op: 'put', rev: row.rev, caseId: row.caseId };
  }

  return { wireOf, blobsOf, wireBlob, meet, write, removeOfCases, fetchAttachment };
}
