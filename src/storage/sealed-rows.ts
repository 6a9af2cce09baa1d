/**
 * Sealing and opening the payload of a synced row, with the content's schema checked on the way
 * out: a row that does not decrypt or does not match its schema is an error, never half-read data.
 */
import type { z } from 'zod';
import type { RecordCodec } from './record-codec';
import type { SealedRow } from './stored-records';

export interface RowSealer {
  seal<T>(table: string, id: string, version: number, content: T): Promise<unknown>;
  /** Opens what `seal` made: only the row's id, payload version and payload are read. */
  open<S extends z.ZodType>(
    table: string,
    row: Pick<SealedRow, 'id' | 'payloadVersion' | 'payload'>,
    schema: S,
  ): Promise<z.infer<S>>;
}

export function createRowSealer(codec: RecordCodec): RowSealer {
  return {
    seal: (table, id, version, content) => codec.seal({ table, id, version }, content),
    async open(table, row, schema) {
      const content = await codec.open(
        { table, id: row.id, version: row.payloadVersion },
        row.payload,
      );
      return schema.parse(content);
    },
  };
}

/** The life fields of a row written now: created once, then updated with a revision count. */
export function nextLife(
  previous: SealedRow | undefined,
  at: string,
): Pick<SealedRow, 'createdAt' | 'updatedAt' | 'rev'> {
  return { createdAt: previous?.createdAt ?? at, updatedAt: at, rev: (previous?.rev ?? 0) + 1 };
}
