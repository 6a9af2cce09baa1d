/**
 * What was typed in a form but not yet saved, sealed like everything personal and kept on this
 * device only: a lock (idle time, the button) or a refused save loses nothing typed.
 */
import type { PasserelleDb } from './db';
import type { RecordCodec } from './record-codec';

const TABLE = 'drafts';
const VERSION = 1;

export interface DraftsRepository {
  save(id: string, value: unknown): Promise<void>;
  load(id: string): Promise<unknown>;
  clear(id: string): Promise<void>;
}

export function createDraftsRepository(
  db: PasserelleDb,
  codec: RecordCodec,
  now: () => string,
): DraftsRepository {
  return {
    async save(id, value) {
      const payload = await codec.seal({ table: TABLE, id, version: VERSION }, value);
      await db.drafts.put({ id, updatedAt: now(), payload });
    },
    async load(id) {
      const row = await db.drafts.get(id);
      return row ? codec.open({ table: TABLE, id, version: VERSION }, row.payload) : undefined;
    },
    async clear(id) {
      await db.drafts.delete(id);
    },
  };
}
