import {
  CaseFileContentSchema,
  NewCaseFileSchema,
  type CaseFile,
  type CaseFileContentInput,
  type NewCaseFile,
} from './case-file';
import { commitChanges, type Change } from './commit-changes';
import type { PasserelleDb } from './db';
import { RecordNotFoundError, StaleRecordError } from './errors';
import { newId } from './ids';
import { nextLife, type RowSealer } from './sealed-rows';
import type { StoredCase, SyncedTable } from './stored-records';

const TABLE = 'cases';
/** v1: label only (db v1, plain); the same shape grew optional sections, so v1 content still parses. */
const PAYLOAD_VERSION = 1;
const CHILD_TABLES = [
  'events',
  'checklist',
  'attachments',
  'interviews',
] as const satisfies SyncedTable[];

export interface CasesRepository {
  create(input: NewCaseFile): Promise<CaseFile>;
  /** Creates many case files in one write unit (imports, demo data): all are saved, or none. */
  createMany(
    inputs: { pathway: CaseFile['pathway']; content: CaseFileContentInput }[],
  ): Promise<CaseFile[]>;
  /** Replaces the content; `expectedRev` guards against overwriting a change made elsewhere. */
  update(id: string, content: CaseFileContentInput, expectedRev?: number): Promise<CaseFile>;
  list(): Promise<CaseFile[]>;
  get(id: string): Promise<CaseFile | undefined>;
  /** Deletes the case and everything attached to it for good; tombstones remain for sync. */
  remove(id: string): Promise<void>;
}

export function createCasesRepository(
  db: PasserelleDb,
  sealer: RowSealer,
  now: () => string,
): CasesRepository {
  async function toCaseFile(row: StoredCase): Promise<CaseFile> {
    const content = await sealer.open(TABLE, row, CaseFileContentSchema);
    return {
      ...content,
      id: row.id,
      pathway: row.pathway as CaseFile['pathway'],
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      rev: row.rev,
    };
  }

  interface Pending {
    id: string;
    pathway: string;
    content: CaseFileContentInput;
    previous: StoredCase | undefined;
  }

  async function write(pending: Pending[]): Promise<CaseFile[]> {
    const at = now();
    // Sealed before the transaction: crypto is never awaited inside one.
    const sealed = await Promise.all(
      pending.map(async ({ id, pathway, content, previous }) => {
        const parsed = CaseFileContentSchema.parse(content);
        const payload = await sealer.seal(TABLE, id, PAYLOAD_VERSION, parsed);
        const row: StoredCase = {
          id,
          pathway,
          ...nextLife(previous, at),
          payloadVersion: PAYLOAD_VERSION,
          payload,
        };
        return { parsed, row, previous };
      }),
    );
    await commitChanges(
      db,
      sealed.map(({ row }) => ({ op: 'put', table: TABLE, row: { ...row } })),
      sealed.map(({ row, previous }) => ({
        action: previous ? 'case.update' : 'case.create',
        entityId: row.id,
        caseId: row.id,
      })),
      at,
    );
    return sealed.map(({ parsed, row }) => ({
      ...parsed,
      id: row.id,
      pathway: row.pathway as CaseFile['pathway'],
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      rev: row.rev,
    }));
  }

  async function writeOne(pending: Pending): Promise<CaseFile> {
    const [written] = await write([pending]);
    if (!written) throw new Error('Nothing was written');
    return written;
  }

  return {
    async create(input) {
      const { label, pathway } = NewCaseFileSchema.parse(input);
      return writeOne({ id: newId(), pathway, content: { label }, previous: undefined });
    },
    async createMany(inputs) {
      return write(
        inputs.map(({ pathway, content }) => ({
          id: newId(),
          pathway: NewCaseFileSchema.shape.pathway.parse(pathway),
          content,
          previous: undefined,
        })),
      );
    },
    async update(id, content, expectedRev) {
      const previous = await db.cases.get(id);
      if (!previous) throw new RecordNotFoundError(TABLE, id);
      if (expectedRev !== undefined && previous.rev !== expectedRev)
        throw new StaleRecordError(TABLE, id);
      return writeOne({ id, pathway: previous.pathway, content, previous });
    },
    async list() {
      const rows = await db.cases.orderBy('createdAt').reverse().toArray();
      return Promise.all(rows.map(toCaseFile));
    },
    async get(id) {
      const row = await db.cases.get(id);
      return row ? toCaseFile(row) : undefined;
    },
    async remove(id) {
      const row = await db.cases.get(id);
      if (!row) throw new RecordNotFoundError(TABLE, id);
      const changes: Change[] = [];
      for (const table of CHILD_TABLES) {
        const children = await db.table(table).where('caseId').equals(id).toArray();
        for (const child of children as { id: string; rev: number }[])
          changes.push({ op: 'delete', table, entityId: child.id, rev: child.rev + 1 });
      }
      changes.push({ op: 'delete', table: TABLE, entityId: id, rev: row.rev + 1 });
      await commitChanges(
        db,
        changes,
        [{ action: 'case.delete', entityId: id, caseId: id }],
        now(),
      );
    },
  };
}
