/**
 * Rows written by database v1, before encryption existed: sealed right after an unlock. Loaded with
 * the first unlock, beside the repositories.
 */
import type { PasserelleDb } from './db';
import type { RecordCodec } from './record-codec';

/** Seals the case rows of database v1 (plain payloads); encryption first, then one write. */
export async function sealLegacyRows(db: PasserelleDb, codec: RecordCodec): Promise<number> {
  const legacy = await db.cases.where('legacy').equals(1).toArray();
  if (legacy.length === 0) return 0;
  const sealed = await Promise.all(
    legacy.map(async ({ legacy: _legacy, ...row }) => ({
      ...row,
      payload: await codec.seal(
        { table: 'cases', id: row.id, version: row.payloadVersion },
        row.payload,
      ),
    })),
  );
  await db.cases.bulkPut(sealed);
  return sealed.length;
}
