import {
  CaseFileContentSchema,
  NewCaseFileSchema,
  type CaseFile,
  type NewCaseFile,
} from './case-file';
import type { PasserelleDb } from './db';
import { newId } from './ids';
import type { RecordCodec } from './record-codec';
import type { StoredCase } from './stored-records';

const TABLE = 'cases';
const PAYLOAD_VERSION = 1;

export interface CasesRepository {
  create(input: NewCaseFile): Promise<CaseFile>;
  list(): Promise<CaseFile[]>;
  get(id: string): Promise<CaseFile | undefined>;
}

export function createCasesRepository(
  db: PasserelleDb,
  codec: RecordCodec,
  now: () => Date = () => new Date(),
): CasesRepository {
  async function toCaseFile(row: StoredCase): Promise<CaseFile> {
    const content = CaseFileContentSchema.parse(
      await codec.open({ table: TABLE, id: row.id, version: row.payloadVersion }, row.payload),
    );
    return {
      ...content,
      id: row.id,
      pathway: row.pathway as CaseFile['pathway'],
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  return {
    async create(input) {
      const { label, pathway } = NewCaseFileSchema.parse(input);
      const id = newId();
      const at = now().toISOString();
      // Sealed before the write: no crypto is ever awaited inside a transaction.
      const payload = await codec.seal({ table: TABLE, id, version: PAYLOAD_VERSION }, { label });
      await db.cases.add({
        id,
        pathway,
        createdAt: at,
        updatedAt: at,
        payloadVersion: PAYLOAD_VERSION,
        payload,
      });
      return { id, label, pathway, createdAt: at, updatedAt: at };
    },
    async list() {
      const rows = await db.cases.orderBy('createdAt').reverse().toArray();
      return Promise.all(rows.map(toCaseFile));
    },
    async get(id) {
      const row = await db.cases.get(id);
      return row ? toCaseFile(row) : undefined;
    },
  };
}
