import { z } from 'zod';
import { PlainDateSchema } from '../domain';
import { commitChanges } from './commit-changes';
import type { PasserelleDb } from './db';
import { StaleRecordError } from './errors';
import { nextLife, type RowSealer } from './sealed-rows';
import type { CaseChildRow } from './stored-records';

const TABLE = 'checklist';
const PAYLOAD_VERSION = 1;

export const LINE_STATUSES = [
  'missing',
  'requested',
  'received',
  'expired',
  'not-applicable',
] as const;

/** What the worker records about one document line of the checklist. */
export const ChecklistLineContentSchema = z.object({
  code: z.string().min(1),
  status: z.enum(LINE_STATUSES),
  /** The document chosen among the line's acceptable variants (e.g. 'passport'). */
  variant: z.string().optional(),
  issuedOn: PlainDateSchema.optional(),
  requestedOn: PlainDateSchema.optional(),
  receivedOn: PlainDateSchema.optional(),
  translationNeeded: z.boolean().optional(),
  translationDone: z.boolean().optional(),
  note: z.string().max(2000, 'validation.tooLong').optional(),
});
export type ChecklistLineContent = z.infer<typeof ChecklistLineContentSchema>;

export interface ChecklistLine extends ChecklistLineContent {
  id: string;
  caseId: string;
  updatedAt: string;
  rev: number;
}

export interface ChecklistRepository {
  listForCase(caseId: string): Promise<ChecklistLine[]>;
  put(caseId: string, content: ChecklistLineContent, expectedRev?: number): Promise<ChecklistLine>;
}

/** One row per case and line code, so two workers recording the same line meet on the same record. */
export function checklistLineId(caseId: string, code: string): string {
  return `${caseId}:${code}`;
}

export function createChecklistRepository(
  db: PasserelleDb,
  sealer: RowSealer,
  now: () => string,
): ChecklistRepository {
  return {
    async listForCase(caseId) {
      const rows = await db.checklist.where('caseId').equals(caseId).toArray();
      return Promise.all(
        rows.map(async (row) => ({
          ...(await sealer.open(TABLE, row, ChecklistLineContentSchema)),
          id: row.id,
          caseId,
          updatedAt: row.updatedAt,
          rev: row.rev,
        })),
      );
    },
    async put(caseId, content, expectedRev) {
      const parsed = ChecklistLineContentSchema.parse(content);
      const id = checklistLineId(caseId, parsed.code);
      const previous = await db.checklist.get(id);
      if (expectedRev !== undefined && (previous?.rev ?? 0) !== expectedRev)
        throw new StaleRecordError(TABLE, id);
      const at = now();
      const payload = await sealer.seal(TABLE, id, PAYLOAD_VERSION, parsed);
      const row: CaseChildRow = {
        id,
        caseId,
        ...nextLife(previous, at),
        payloadVersion: PAYLOAD_VERSION,
        payload,
      };
      await commitChanges(
        db,
        [{ op: 'put', table: TABLE, row: { ...row } }],
        [{ action: 'checklist.put', entityId: id, caseId }],
        at,
      );
      return { ...parsed, id, caseId, updatedAt: row.updatedAt, rev: row.rev };
    },
  };
}
