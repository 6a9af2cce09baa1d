/**
 * One write unit: rows already sealed, their outbox entries and their audit entries commit in one
 * IndexedDB transaction, or none does. Nothing is awaited inside but IndexedDB itself: crypto ran
 * before (an awaited non-IndexedDB promise would let the transaction commit half-way).
 */
import type { PasserelleDb } from './db';
import { StaleRecordError } from './errors';
import { newId } from './ids';
import type {
  AuditEntry,
  OutboxEntry,
  SealedRow,
  StoredChunk,
  SyncedTable,
  Tombstone,
} from './stored-records';

export type Change =
  | {
      op: 'put';
      table: SyncedTable;
      row: SealedRow & Record<string, unknown>;
      chunks?: StoredChunk[];
    }
  | { op: 'delete'; table: SyncedTable; entityId: string; rev: number };

export type AuditInput = Omit<AuditEntry, 'id' | 'at'>;

/** A row that must still be at `rev` when the transaction runs (else StaleRecordError, nothing written). */
export interface RevisionGuard {
  table: SyncedTable;
  id: string;
  rev: number | undefined;
}

export async function commitChanges(
  db: PasserelleDb,
  changes: Change[],
  audit: AuditInput[],
  at: string,
  guards: RevisionGuard[] = [],
): Promise<void> {
  const tables = new Set<string>(['outbox', 'audit']);
  for (const change of changes) {
    tables.add(change.table);
    if (change.table === 'attachments') tables.add('attachmentChunks');
    if (change.op === 'delete') tables.add('tombstones');
  }
  // Rows are grouped per table and written with bulk operations: one request per table, not per row.
  const puts = new Map<string, SealedRow[]>();
  const deletes = new Map<string, string[]>();
  const chunks: StoredChunk[] = [];
  const replacedChunksOf: string[] = [];
  const tombstones: Tombstone[] = [];
  const outbox: OutboxEntry[] = [];
  for (const change of changes) {
    if (change.op === 'put') {
      puts.set(change.table, [...(puts.get(change.table) ?? []), change.row]);
      if (change.chunks) {
        replacedChunksOf.push(change.row.id);
        chunks.push(...change.chunks);
      }
    } else {
      deletes.set(change.table, [...(deletes.get(change.table) ?? []), change.entityId]);
      if (change.table === 'attachments') replacedChunksOf.push(change.entityId);
      tombstones.push({
        id: `${change.table}:${change.entityId}`,
        table: change.table,
        entityId: change.entityId,
        deletedAt: at,
      });
    }
    outbox.push({
      table: change.table,
      entityId: change.op === 'put' ? change.row.id : change.entityId,
      op: change.op,
      rev: change.op === 'put' ? change.row.rev : change.rev,
      createdAt: at,
      attempts: 0,
    });
  }
  for (const guard of guards) tables.add(guard.table);
  await db.transaction('rw', [...tables], async () => {
    // Read-check-write in one transaction: a change made meanwhile by another tab aborts this one.
    for (const guard of guards) {
      const current = (await db.table(guard.table).get(guard.id)) as SealedRow | undefined;
      if (current?.rev !== guard.rev) throw new StaleRecordError(guard.table, guard.id);
    }
    for (const [table, rows] of puts) await db.table(table).bulkPut(rows);
    for (const [table, ids] of deletes) await db.table(table).bulkDelete(ids);
    if (replacedChunksOf.length > 0)
      await db.attachmentChunks.where('attachmentId').anyOf(replacedChunksOf).delete();
    if (chunks.length > 0) await db.attachmentChunks.bulkPut(chunks);
    if (tombstones.length > 0) await db.tombstones.bulkPut(tombstones);
    await db.outbox.bulkAdd(outbox);
    await db.audit.bulkAdd(audit.map((entry) => ({ ...entry, id: newId(), at })));
  });
}
