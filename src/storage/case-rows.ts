/**
 * A stored case row, opened: its sealed content decrypted and checked against the case's schema,
 * with the row's own fields. Shared by the repository (one case) and the case reader's worker
 * (every case, off the main thread).
 */
import { CaseFileContentSchema, type CaseFile } from '../domain';
import type { RowSealer } from './sealed-rows';
import type { StoredCase } from './stored-records';

export const CASES_TABLE = 'cases';

export async function openCaseRow(sealer: RowSealer, row: StoredCase): Promise<CaseFile> {
  const content = await sealer.open(CASES_TABLE, row, CaseFileContentSchema);
  return {
    ...content,
    id: row.id,
    pathway: row.pathway as CaseFile['pathway'],
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    rev: row.rev,
  };
}
