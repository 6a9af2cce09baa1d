import { z } from 'zod';
import { CaseEventSchema, type CaseEvent } from '../domain';
import { commitChanges } from './commit-changes';
import type { PasserelleDb } from './db';
import { RecordNotFoundError, StaleRecordError } from './errors';
import { newId } from './ids';
import { nextLife, type RowSealer } from './sealed-rows';
import type { CaseChildRow } from './stored-records';

const TABLE = 'events';
const PAYLOAD_VERSION = 1;

/** A timeline event as kept: the domain's event, plus the worker's note. */
const EventContentSchema = z.object({
  event: CaseEventSchema,
  note: z.string().max(2000, 'validation.tooLong').optional(),
});

export interface TimelineEvent {
  id: string;
  caseId: string;
  event: CaseEvent;
  note?: string | undefined;
  createdAt: string;
  updatedAt: string;
  rev: number;
}

export interface EventsRepository {
  listForCase(caseId: string): Promise<TimelineEvent[]>;
  /** Adds an event, or replaces the one with `id`. */
  put(
    caseId: string,
    content: { event: CaseEvent; note?: string | undefined },
    id?: string,
    expectedRev?: number,
  ): Promise<TimelineEvent>;
  remove(id: string): Promise<void>;
}

export function createEventsRepository(
  db: PasserelleDb,
  sealer: RowSealer,
  now: () => string,
): EventsRepository {
  return {
    async listForCase(caseId) {
      const rows = await db.events.where('caseId').equals(caseId).toArray();
      return Promise.all(
        rows.map(async (row) => ({
          ...(await sealer.open(TABLE, row, EventContentSchema)),
          id: row.id,
          caseId,
          createdAt: row.createdAt,
          updatedAt: row.updatedAt,
          rev: row.rev,
        })),
      );
    },
    async put(caseId, content, id = newId(), expectedRev) {
      const parsed = EventContentSchema.parse(content);
      const previous = await db.events.get(id);
      if (previous && previous.caseId !== caseId) throw new RecordNotFoundError(TABLE, id);
      if (expectedRev !== undefined && previous?.rev !== expectedRev)
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
        [{ action: 'event.put', entityId: id, caseId }],
        at,
      );
      return {
        ...parsed,
        id,
        caseId,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
        rev: row.rev,
      };
    },
    async remove(id) {
      const row = await db.events.get(id);
      if (!row) throw new RecordNotFoundError(TABLE, id);
      await commitChanges(
        db,
        [{ op: 'delete', table: TABLE, entityId: id, rev: row.rev + 1 }],
        [{ action: 'event.delete', entityId: id, caseId: row.caseId }],
        now(),
      );
    },
  };
}
