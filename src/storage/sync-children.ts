/**
 * A case's scans and interviews removed here because of sync (a colleague deleted the case, or a
 * person settled a conflict by deleting it): inside the same transaction, each one the server has
 * is marked to push (its deletion is sent, so that nothing stays behind on the server without its
 * case), one it never had is forgotten. Returns what to announce.
 */
import type { ChangedRecord } from './change-feed';
import type { PasserelleDb } from './db';
import type { CaseChildRow, SyncBaseRow } from './stored-records';

export async function sendDeletionsOf(
  db: PasserelleDb,
  table: 'attachments' | 'interviews',
  rows: readonly Pick<CaseChildRow, 'id' | 'rev' | 'caseId'>[],
): Promise<ChangedRecord[]> {
  if (rows.length === 0) return [];
  const bases = await db.syncBases.bulkGet(rows.map((row) => `${table}:${row.id}`));
  const shared = bases.filter((base): base is SyncBaseRow => (base?.serverRev ?? 0) > 0);
  await db.syncBases.bulkPut(shared.map((base) => ({ ...base, dirty: 1 as const })));
  const never = bases.flatMap((base) => (base && base.serverRev === 0 ? [base.id] : []));
  if (never.length > 0) await db.syncBases.bulkDelete(never);
  return rows.map((row) => ({
    table,
    id: row.id,
    op: 'delete' as const,
    rev: row.rev,
    caseId: row.caseId,
  }));
}
