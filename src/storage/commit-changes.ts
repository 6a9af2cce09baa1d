/**
 * One write unit: rows already sealed, their outbox entries and their audit entries commit in one
 * IndexedDB transaction, or none does. Nothing is awaited inside but IndexedDB itself: crypto ran
 * before (an awaited non-IndexedDB promise would let the transaction commit half-way).
 */
import { announceCommitted, type ChangedRecord } from './change-feed';
import type { PasserelleDb } from './db';
import { StaleRecordError } from './errors';
import { newId } from './ids';
import type {
  AuditEntry,
  OutboxChange,
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
  | {
      op: 'delete';
      table: SyncedTable;
      entityId: string;
      rev: number;
      /** The case a deleted child record belonged to, so its case's views refresh. */
      caseId?: string;
    };

export type AuditInput = Omit<AuditEntry, 'id' | 'at'>;

/**
 * A row that must still be at `rev` when the transaction runs (else StaleRecordError, nothing
 * written). `rev: 0`: the row must still be absent (a backup's new record, compared before).
 */
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
  const outbox: OutboxChange[] = [];
  const groupOf = <T>(groups: Map<string, T[]>, table: string): T[] => {
    const group = groups.get(table);
    if (group) return group;
    const created: T[] = [];
    groups.set(table, created);
    return created;
  };
  for (const change of changes) {
    if (change.op === 'put') {
      groupOf(puts, change.table).push(change.row);
      if (change.chunks) {
        replacedChunksOf.push(change.row.id);
        chunks.push(...change.chunks);
      }
    } else {
      groupOf(deletes, change.table).push(change.entityId);
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
    });
  }
  // Only existing records need a revision check: a new one has a fresh UUID v7 and no past.
  const checked = new Map<string, RevisionGuard[]>();
  for (const guard of guards)
    if (guard.rev !== undefined) groupOf(checked, guard.table).push(guard);
  for (const table of checked.keys()) tables.add(table);
  await db.transaction('rw', [...tables], async () => {
    // Read-check-write in one transaction: a change made meanwhile by another tab aborts this one.
    for (const [table, group] of checked) {
      const current = (await db.table(table).bulkGet(group.map((guard) => guard.id))) as (
        SealedRow | undefined
      )[];
      group.forEach((guard, index) => {
        if ((current[index]?.rev ?? 0) !== guard.rev)
          throw new StaleRecordError(guard.table, guard.id);
      });
    }
    for (const [table, rows] of puts) await db.table(table).bulkPut(rows);
    for (const [table, ids] of deletes) await db.table(table).bulkDelete(ids);
    if (replacedChunksOf.length > 0)
      await db.attachmentChunks.where('attachmentId').anyOf(replacedChunksOf).delete();
    if (chunks.length > 0) await db.attachmentChunks.bulkPut(chunks);
    if (tombstones.length > 0) await db.tombstones.bulkPut(tombstones);
    if (outbox.length > 0) await db.outbox.add({ changes: outbox, createdAt: at, attempts: 0 });
    await db.audit.bulkAdd(audit.map((entry) => ({ ...entry, id: newId(), at })));
  });
  announceCommitted(db, changes.map(changedRecordOf));
}

function changedRecordOf(change: Change): ChangedRecord {
  if (change.op === 'delete')
    return {
      table: change.table,
      id: change.entityId,
      op: 'delete',
      rev: change.rev,
      caseId: change.caseId,
    };
  const caseId = change.row.caseId;
  return {
    table: change.table,
    id: change.row.id,
    op: 'put',
    rev: change.row.rev,
    caseId: typeof caseId === 'string' ? caseId : undefined,
  };
}
