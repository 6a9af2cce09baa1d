/**
 * Interviews in sync (issue 15, docs/sync-protocol.md): an interview's record travels like a
 * case's, sealed with the team key, carrying only the answers the person agreed to share (the
 * domain's `shareableAnswers`: none without the consent to share, never a confidential one).
 * Answers merge by question id whatever the order (`mergeInterviews`: the answer given last wins;
 * breaks and the worker's decisions on proposals likewise, item by item), so
 * two workers resuming one interview lose nothing and need no conflict screen; the answers kept on
 * this device only (confidential, or not consented to share) are merged back into every version
 * that comes from the server. What the interview is (script, day, language) is set when it starts.
 */
import { isSameInterview, mergeInterviews, shareableAnswers, type Interview } from '../domain';
import type { WireRecord } from '../sync/protocol';
import type { ChangedRecord } from './change-feed';
import type { PasserelleDb } from './db';
import { sendDeletionsOf } from './sync-children';
import { StaleRecordError } from './errors';
import { InterviewContentSchema } from './interviews-repository';
import type { RecordCodec } from './record-codec';
import { createRowSealer } from './sealed-rows';
import type { CaseChildRow, SyncBaseRow } from './stored-records';
import type { InterviewWire, WireContent, createWireCodec } from './sync-wire';

type WireCodec = ReturnType<typeof createWireCodec>;

/** What meeting a server version of an interview does here. */
export interface InterviewOutcome {
  key: string;
  seenRev: number | null;
  row?: CaseChildRow;
  remove?: boolean;
  base: SyncBaseRow;
  changed?: ChangedRecord;
}

const TABLE = 'interviews';
const keyOf = (id: string) => `${TABLE}:${id}`;

/** An interview as it may travel: only the answers the person agreed to share. */
const shareable = (interview: Interview): Interview => ({
  ...interview,
  answers: shareableAnswers(interview),
});

export function createSyncInterviews(
  db: PasserelleDb,
  codec: RecordCodec,
  wire: WireCodec,
  baseOf: (key: string, content: WireContent) => Promise<unknown>,
  who: () => string | undefined,
) {
  const sealer = createRowSealer(codec);

  async function open(row: CaseChildRow): Promise<Interview> {
    const content = await sealer.open(TABLE, row, InterviewContentSchema);
    return { ...content, id: row.id, caseId: row.caseId };
  }

  /** An interview of this device as it travels: only the answers the person agreed to share. */
  async function wireOf(row: CaseChildRow): Promise<InterviewWire> {
    const interview = await open(row);
    const { id: _id, caseId, ...content } = interview;
    return {
      kind: 'interview',
      caseId,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      payloadVersion: row.payloadVersion,
      content: { ...content, answers: shareableAnswers(interview) },
      changedBy: who(),
      changedAt: row.updatedAt,
    };
  }

  async function meet(records: readonly WireRecord[]): Promise<InterviewOutcome[]> {
    const interviews = records.filter((record) => record.table === TABLE);
    if (interviews.length === 0) return [];
    const keys = interviews.map((record) => keyOf(record.id));
    const [bases, locals] = await Promise.all([
      db.syncBases.bulkGet(keys),
      db.interviews.bulkGet(interviews.map((record) => record.id)),
    ]);
    const met = await Promise.all(
      interviews.map(async (record, index): Promise<InterviewOutcome | undefined> => {
        const known = bases[index];
        if (known && known.serverRev >= record.rev) return undefined;
        const local = locals[index];
        const theirs = await wire.open(record);
        if (theirs.kind !== 'interview' && theirs.kind !== 'deleted')
          throw new Error('An interview record holds something else');
        const key = keyOf(record.id);
        const seenRev = local?.rev ?? null;
        const agreed = async (dirty: 0 | 1): Promise<SyncBaseRow> => ({
          id: key,
          table: TABLE,
          entityId: record.id,
          serverRev: record.rev,
          dirty,
          base: await baseOf(key, theirs),
        });
        if (theirs.kind === 'deleted')
          return {
            key,
            seenRev,
            base: await agreed(0),
            remove: local !== undefined,
            changed: local
              ? { table: TABLE, id: record.id, op: 'delete', rev: local.rev, caseId: local.caseId }
              : undefined,
          };
        // Deleted here and not sent yet: the deletion goes on the server's new revision.
        if (!local && known?.dirty === 1) return { key, seenRev, base: await agreed(1) };
        const content = InterviewContentSchema.parse(theirs.content);
        const ours = local ? await open(local) : undefined;
        const server: Interview = { ...content, id: record.id, caseId: theirs.caseId };
        const merged = mergeInterviews(ours, server);
        // This device holds what the server's version lacks (shareable answers, breaks, decisions):
        // it is sent.
        const behind = !isSameInterview(shareable(merged), server);
        const unchanged = ours !== undefined && isSameInterview(ours, merged);
        const base = await agreed(behind || known?.dirty === 1 ? 1 : 0);
        if (unchanged) return { key, seenRev, base };
        const { id: _id, caseId, ...sealed } = merged;
        const row: CaseChildRow = {
          id: record.id,
          caseId,
          createdAt: theirs.createdAt,
          updatedAt: theirs.updatedAt,
          rev: (local?.rev ?? 0) + 1,
          payloadVersion: theirs.payloadVersion,
          payload: await sealer.seal(TABLE, record.id, theirs.payloadVersion, sealed),
        };
        return {
          key,
          seenRev,
          base,
          row,
          changed: { table: TABLE, id: record.id, op: 'put', rev: row.rev, caseId },
        };
      }),
    );
    return met.filter((outcome): outcome is InterviewOutcome => outcome !== undefined);
  }

  /** Inside a sync commit's transaction: checked against local saves made since, then written. */
  async function write(outcomes: readonly InterviewOutcome[], waiting: ReadonlySet<string>) {
    if (outcomes.length === 0) return;
    const current = await db.interviews.bulkGet(outcomes.map((outcome) => outcome.base.entityId));
    outcomes.forEach((outcome, index) => {
      const moved = (current[index]?.rev ?? null) !== outcome.seenRev;
      // Saved here since: planned again, so that the save is merged, never overwritten.
      const savedMeanwhile = (outcome.row || outcome.remove) && waiting.has(outcome.key);
      if (moved || (savedMeanwhile && outcome.base.dirty === 0))
        throw new StaleRecordError(TABLE, outcome.base.entityId);
    });
    const rows = outcomes.flatMap((outcome) => (outcome.row ? [outcome.row] : []));
    if (rows.length > 0) await db.interviews.bulkPut(rows);
    const removed = outcomes.filter((outcome) => outcome.remove).map((o) => o.base.entityId);
    if (removed.length > 0) await db.interviews.bulkDelete(removed);
    await db.syncBases.bulkPut(
      outcomes.map((outcome) =>
        waiting.has(outcome.key) ? { ...outcome.base, dirty: 1 as const } : outcome.base,
      ),
    );
  }

  /** Inside a transaction removing cases because of sync: their interviews go too, deletion sent. */
  async function removeOfCases(caseIds: readonly string[]): Promise<ChangedRecord[]> {
    if (caseIds.length === 0) return [];
    const rows = await db.interviews.where('caseId').anyOf(caseIds).toArray();
    await db.interviews.bulkDelete(rows.map((row) => row.id));
    return sendDeletionsOf(db, TABLE, rows);
  }

  return { wireOf, meet, write, removeOfCases };
}
