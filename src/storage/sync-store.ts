/**
 * The device's side of sync (docs/sync-protocol.md): what to push, and what to do with what the
 * server answers or sends: case files, and scans (their records here, their content sent apart and
 * fetched on demand: sync-attachments.ts), and interviews (their answers merged by question id, only
 * the shareable ones sent: sync-interviews.ts).
 *
 * - The outbox (one row per write unit) is folded into a pending flag per record (`syncBases`),
 *   so a record changed ten times is pushed once, at its latest content.
 * - A push batch is written down with its mutation ids before it is sent, and sent again as it is
 *   until answered: the server applies each id once.
 * - A server version meets the local one through the three-way merge of the two tabs (decision
 *   012): written as it is when nothing waits locally, merged when something does, and kept as a
 *   conflict, with both values, when the same field changed on both sides. Nothing is chosen for
 *   the user; pulled changes never enter the outbox.
 * - Every write of a page, a batch's answer and the checkpoint commit in one transaction, after
 *   the crypto: a failure half-way leaves everything as it was.
 */
import { z } from 'zod';
import { mergeThreeWay, settleConflicts, type MergeConflict } from '../domain';
import type { Mutation, MutationResult, PullResponse, WireRecord } from '../sync/protocol';
import { announceCommitted, type ChangedRecord } from './change-feed';
import type { RecordCodec } from './record-codec';
import {
  WireContentSchema,
  createWireCodec,
  type CaseWire,
  type ConflictWire,
  type WireContent,
} from './sync-wire';
import { newId } from './ids';
import type { PasserelleDb } from './db';
import { StaleRecordError } from './errors';
import type {
  StoredAttachment,
  StoredCase,
  SyncBaseRow,
  SyncConflictRow,
  SyncedTable,
} from './stored-records';
import { createSyncAttachments, type AttachmentOutcome, type BlobRef } from './sync-attachments';
import { createSyncInterviews, type InterviewOutcome } from './sync-interviews';

export type { BlobRef };

const CASE_CONFLICT = 'cases:';
const SHARED_CONFLICT = 'conflicts:';

/** A shared conflict's row to write: its server revision, and for a colleague's, what to show. */
interface NoticeWrite {
  key: string;
  entityId: string;
  caseId: string | undefined;
  serverRev: number;
  base: unknown;
  /** An applied push: the mark it carried (the row stays marked if it moved since). */
  sentVersion?: number;
  shown?: SyncConflictRow;
  hidden?: boolean;
}

/** A shared conflict to push: this device's own conflict changed, appeared, or went. */
interface NoticeMark {
  key: string;
  entityId: string;
  caseId: string;
}

/** A conflict as kept on the device (sealed): every clash, both sides' authors, and the merge. */
export interface SyncConflict {
  table: SyncedTable;
  entityId: string;
  caseId: string;
  /** Field clashes; one at the root (path []) when a deletion met an edit. */
  clashes: MergeConflict[];
  theirs: { rev: number; changedBy: string | undefined; changedAt: string; deleted: boolean };
  ours: { changedAt: string | undefined; deleted: boolean };
  /**
   * Both sides' changes merged, the server's value where they clash (absent: the server deleted
   * the record and this device had not); a settlement replaces the clashes in it.
   */
  merged: CaseWire | undefined;
  /**
   * The version both sides last agreed on, before the clash: while the conflict stands, every newer
   * server version is merged against it again (and the settlement too), so nothing a colleague
   * changed meanwhile is lost.
   */
  ancestor: CaseWire | undefined;
  /**
   * The id under which this conflict is shared with the team (table `conflicts`), so that every
   * colleague sees it until one settles it.
   */
  noticeId?: string;
}

/** A conflict a colleague's device found and shared: shown here, and can be settled here too. */
export interface SharedConflict {
  noticeId: string;
  caseId: string;
  notice: ConflictWire;
}

/** A record kept aside: its table and id, and the case it belongs to (undefined once gone). */
export interface SetAsideRecord {
  table: string;
  entityId: string;
  caseId: string | undefined;
}

/** A person's choice for one clash: the value to keep at its path (undefined: none, or deleted). */
export interface ClashChoice {
  path: readonly string[];
  value: unknown;
}

const PENDING_PUSH = 'pending-push';
const CHECKPOINT = 'checkpoint';
/**
 * The wire tables the checkpoint was reached with. A device whose version did not take a table
 * yet skipped its records while moving its checkpoint: once it takes them, it pulls again from the
 * start (what it already has is skipped by revision), so no colleague's scan is missed.
 */
const CHECKPOINT_COVERS = 'checkpoint-covers';
const COVERED_TABLES = 'cases,attachments,interviews,conflicts';
const DEVICE_ID = 'device-id';
const NEXT_MUTATION = 'next-mutation-id';
/** The records of batches the server refused (400, 413…): kept aside, not sent again. */
const REFUSED = 'refused-records';

interface PendingPush {
  mutations: Mutation[];
  /** The local revision each record had when its mutation was made (null: deleted). */
  localRevs: Record<string, number | null>;
  /** The chunks of new scans, sent before the batch (each marked once the server has it). */
  blobs?: (BlobRef & { sent?: boolean })[];
}

export interface SyncStore {
  deviceId(): Promise<string>;
  /** The written-down batch the server refused: its records are kept aside, never sent again. */
  setAsidePush(): Promise<void>;
  /** The batch to send: the one written down and not yet answered, or a new one; none when idle. */
  preparePush(max?: number): Promise<Mutation[] | undefined>;
  /** The chunks of the written-down batch's new scans the server does not have yet. */
  blobsToSend(): Promise<BlobRef[]>;
  /** One of those chunks, sealed with the team key, as it travels. */
  wireBlob(blob: BlobRef): Promise<Uint8Array>;
  /** The server has this chunk: it is not sent again. */
  blobSent(blob: BlobRef): Promise<void>;
  /**
   * Brings a colleague's scan onto this device (chunks fetched with `getBlob`, checked against its
   * hash); nothing to do for a scan already here.
   */
  fetchAttachment(
    attachmentId: string,
    getBlob: (attachmentId: string, index: number) => Promise<Uint8Array>,
  ): Promise<void>;
  /** The server expects mutation ids from `expected` (a gap): the batch is numbered again from it. */
  renumberPush(expected: number): Promise<Mutation[] | undefined>;
  /** Applies the server's answer to the written-down batch; returns how many conflicts it made. */
  completePush(results: readonly MutationResult[]): Promise<number>;
  checkpoint(): Promise<number>;
  /** Writes a pulled page and its checkpoint at once; returns how many conflicts it made. */
  applyPull(page: PullResponse): Promise<number>;
  /** Records with a change not yet on the server (those kept aside not counted). */
  pendingCount(): Promise<number>;
  /**
   * The records whose change the server refused, or answered as if it had gone back in time: kept
   * here, intact, and not sent again until a person asks (`retrySetAside`).
   */
  setAside(): Promise<SetAsideRecord[]>;
  /** The records kept aside are sent again at the next round. */
  retrySetAside(): Promise<void>;
  /**
   * Where one case stands with the team, its scans included: every change on the server, some
   * waiting to be sent, or some kept aside after a refusal.
   */
  caseSharing(caseId: string): Promise<'shared' | 'pending' | 'set-aside'>;
  /** The conflicts this device found (each holds back its record's push until settled). */
  conflicts(): Promise<SyncConflict[]>;
  /** The conflicts colleagues' devices found and shared, not settled yet. */
  sharedConflicts(): Promise<SharedConflict[]>;
  /**
   * Settles a colleague's conflict here: the choices become this device's version of the case,
   * and the conflict is closed for the whole team.
   */
  settleShared(noticeId: string, choices: readonly ClashChoice[]): Promise<void>;
  /**
   * Settles a conflict: the merged version with the person's choice at each clash becomes this
   * device's version, pushed on the server's revision at the next round.
   */
  settleConflict(
    table: SyncedTable,
    entityId: string,
    choices: readonly ClashChoice[],
  ): Promise<void>;
}

const keyOf = (table: string, id: string) => `${table}:${id}`;

export function createSyncStore(
  db: PasserelleDb,
  codec: RecordCodec,
  teamKey: CryptoKey,
  { now, who }: { now: () => string; who: () => string | undefined },
): SyncStore {
  const wire = createWireCodec(teamKey);
  const { seal: sealWire, open: openWire } = wire;
  const baseAddress = (id: string) => ({ table: 'sync-base', id, version: 1 });
  const sealBase = (key: string, content: WireContent) => codec.seal(baseAddress(key), content);
  const scans = createSyncAttachments(db, codec, wire, sealBase, who);
  const interviews = createSyncInterviews(db, codec, wire, sealBase, who);
  /** What sync keeps a record of besides conflicts: the synced tables. */
  const SYNCED: readonly string[] = ['cases', 'attachments', 'interviews'];
  const conflictAddress = (id: string) => ({ table: 'sync-conflicts', id, version: 1 });

  async function readState<T>(key: string, schema: z.ZodType<T>): Promise<T | undefined> {
    const row = await db.syncState.get(key);
    return row ? schema.parse(row.value) : undefined;
  }

  async function deviceId(): Promise<string> {
    const known = await readState(DEVICE_ID, z.string());
    if (known) return known;
    const made = crypto.randomUUID();
    await db.transaction('rw', db.syncState, async () => {
      if (!(await db.syncState.get(DEVICE_ID)))
        await db.syncState.put({ key: DEVICE_ID, value: made });
    });
    return (await readState(DEVICE_ID, z.string())) ?? made;
  }

  /** Moves the outbox's rows into the pending flags, in one transaction. */
  async function foldOutbox(): Promise<void> {
    await db.transaction('rw', [db.outbox, db.syncBases], async () => {
      const entries = await db.outbox.toArray();
      if (entries.length === 0) return;
      const keys = new Map<string, { table: SyncedTable; entityId: string }>();
      for (const entry of entries)
        for (const change of entry.changes) keys.set(keyOf(change.table, change.entityId), change);
      const known = await db.syncBases.bulkGet([...keys.keys()]);
      await db.syncBases.bulkPut(
        [...keys].map(([id, { table, entityId }], index) => ({
          ...(known[index] ?? { id, table, entityId, serverRev: 0 }),
          dirty: 1 as const,
        })),
      );
      await db.outbox.bulkDelete(
        entries.flatMap((entry) => (entry.seq === undefined ? [] : [entry.seq])),
      );
    });
  }

  async function localContent(row: StoredCase | undefined): Promise<CaseWire | undefined> {
    if (!row) return undefined;
    const content = await codec.open(
      { table: 'cases', id: row.id, version: row.payloadVersion },
      row.payload,
    );
    return {
      kind: 'case',
      pathway: row.pathway,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      payloadVersion: row.payloadVersion,
      content: z.record(z.string(), z.unknown()).parse(content),
      changedBy: who(),
      changedAt: row.updatedAt,
    };
  }

  async function openBase(row: SyncBaseRow | undefined): Promise<WireContent | undefined> {
    if (!row?.base) return undefined;
    return WireContentSchema.parse(await codec.open(baseAddress(row.id), row.base));
  }

  /** What this device says of a shared conflict: its own conflict, or its end (undefined). */
  async function noticeContent(row: SyncBaseRow): Promise<ConflictWire | undefined> {
    const own = row.caseId ? await db.syncConflicts.get(CASE_CONFLICT + row.caseId) : undefined;
    const details = own ? await openConflict(own) : undefined;
    return details?.noticeId === row.entityId ? noticeOf(details) : undefined;
  }

  function noticeOf(details: SyncConflict): ConflictWire {
    return {
      kind: 'conflict',
      caseId: details.caseId,
      clashes: details.clashes.map((clash) => ({
        path: [...clash.path],
        server: clash.theirs,
        device: clash.ours,
      })),
      server: {
        changedBy: details.theirs.changedBy,
        changedAt: details.theirs.changedAt,
        deleted: details.theirs.deleted,
      },
      device: {
        changedBy: who(),
        changedAt: details.ours.changedAt,
        deleted: details.ours.deleted,
      },
      changedBy: who(),
      changedAt: now(),
    };
  }

  /**
   * The shared conflicts marked to push: this device's own (sent as they are now), and the ended
   * ones (a deletion, unless the server never had them or already holds their end).
   */
  async function prepareNotices(
    rows: SyncBaseRow[],
  ): Promise<{ row: SyncBaseRow; content: WireContent }[]> {
    const send: { row: SyncBaseRow; content: WireContent }[] = [];
    const settled: SyncBaseRow[] = [];
    for (const row of rows) {
      const content = await noticeContent(row);
      if (content) send.push({ row, content });
      else if (row.serverRev > 0 && (await openBase(row))?.kind !== 'deleted')
        send.push({ row, content: { kind: 'deleted', changedBy: who(), changedAt: now() } });
      else settled.push(row);
    }
    if (settled.length > 0)
      await db.transaction('rw', db.syncBases, async () => {
        for (const row of settled) {
          const current = await db.syncBases.get(row.id);
          if (!current || current.localVersion !== row.localVersion) continue;
          if (current.serverRev === 0) await db.syncBases.delete(row.id);
          else await db.syncBases.update(row.id, { dirty: 0 });
        }
      });
    return send;
  }

  async function preparePush(max = 500): Promise<Mutation[] | undefined> {
    const written = await readState(PENDING_PUSH, z.custom<PendingPush>());
    if (written) return written.mutations;
    await foldOutbox();
    const conflicted = new Set([
      ...(await db.syncConflicts.toCollection().primaryKeys()).filter((key) =>
        key.startsWith(CASE_CONFLICT),
      ),
      ...((await readState(REFUSED, z.array(z.string()))) ?? []),
    ]);
    // A cursor that stops at `max`: a first push of 10,000 cases reads each pending row once.
    // Keys sort cases before shared conflicts: a settlement reaches the server before its end.
    const chosen = await db.syncBases
      .where('dirty')
      .equals(1)
      .filter(
        (row) =>
          (SYNCED.includes(row.table) || row.table === 'conflicts') && !conflicted.has(row.id),
      )
      .limit(max)
      .toArray();
    if (chosen.length === 0) return undefined;
    const caseBases = chosen.filter((row) => row.table === 'cases');
    const found = await db.cases.bulkGet(caseBases.map((row) => row.entityId));
    const scanBases = chosen.filter((row) => row.table === 'attachments');
    const foundScans = await db.attachments.bulkGet(scanBases.map((row) => row.entityId));
    const interviewBases = chosen.filter((row) => row.table === 'interviews');
    const foundInterviews = await db.interviews.bulkGet(interviewBases.map((row) => row.entityId));
    // Created and deleted here before the server ever had it: nothing to tell the server.
    const neverShared = [
      ...caseBases.filter((base, index) => !found[index] && base.serverRev === 0),
      ...scanBases.filter((base, index) => !foundScans[index] && base.serverRev === 0),
      ...interviewBases.filter((base, index) => !foundInterviews[index] && base.serverRev === 0),
    ];
    if (neverShared.length > 0) {
      await db.syncBases.bulkDelete(neverShared.map((base) => base.id));
      return preparePush(max);
    }
    const notices = await prepareNotices(chosen.filter((row) => row.table === 'conflicts'));
    if (caseBases.length + scanBases.length + interviewBases.length + notices.length === 0)
      return preparePush(max);
    const first = (await readState(NEXT_MUTATION, z.number())) ?? 1;
    const localRevs: Record<string, number | null> = {};
    const contents = [
      ...(await Promise.all(
        caseBases.map(async (base, index) => {
          const row = found[index];
          localRevs[base.id] = row?.rev ?? null;
          const content: WireContent = (await localContent(row)) ?? {
            kind: 'deleted',
            changedBy: who(),
            changedAt: now(),
          };
          return { base, content };
        }),
      )),
      ...(await Promise.all(
        scanBases.map(async (base, index) => {
          const row: StoredAttachment | undefined = foundScans[index];
          localRevs[base.id] = row?.rev ?? null;
          const content: WireContent = row
            ? await scans.wireOf(row)
            : { kind: 'deleted', changedBy: who(), changedAt: now() };
          return { base, content };
        }),
      )),
      ...(await Promise.all(
        interviewBases.map(async (base, index) => {
          const row = foundInterviews[index];
          localRevs[base.id] = row?.rev ?? null;
          const content: WireContent = row
            ? await interviews.wireOf(row)
            : { kind: 'deleted', changedBy: who(), changedAt: now() };
          return { base, content };
        }),
      )),
      ...notices.map(({ row, content }) => {
        localRevs[row.id] = row.localVersion ?? 0;
        return { base: row, content };
      }),
    ];
    const mutations = await Promise.all(
      contents.map(async ({ base, content }, index): Promise<Mutation> => ({
        mutationId: first + index,
        baseRev: base.serverRev,
        record: await sealWire(base.table, base.entityId, base.serverRev + 1, content),
      })),
    );
    const pending: PendingPush = {
      mutations,
      localRevs,
      blobs: scans.blobsOf(scanBases, foundScans),
    };
    await db.syncState.bulkPut([
      { key: PENDING_PUSH, value: pending },
      { key: NEXT_MUTATION, value: first + mutations.length },
    ]);
    return mutations;
  }

  async function renumberPush(expected: number): Promise<Mutation[] | undefined> {
    const written = await readState(PENDING_PUSH, z.custom<PendingPush>());
    if (!written) return undefined;
    const mutations = written.mutations.map((mutation, index) => ({
      ...mutation,
      mutationId: expected + index,
    }));
    await db.syncState.bulkPut([
      { key: PENDING_PUSH, value: { ...written, mutations } },
      { key: NEXT_MUTATION, value: expected + mutations.length },
    ]);
    return mutations;
  }

  /** What meeting a server version does to one record: the rows to write, and a conflict or none. */
  interface Outcome {
    key: string;
    /** The local row as read: the transaction checks it is unchanged. */
    seenRev: number | null;
    row?: StoredCase;
    remove?: boolean;
    base: SyncBaseRow;
    /** A clash found, before its details are sealed into `conflict`. */
    clash?: {
      clashes: MergeConflict[];
      theirs: WireContent;
      ours: CaseWire | undefined;
      merged: CaseWire | undefined;
      ancestor: CaseWire | undefined;
      noticeId: string;
    };
    conflict?: SyncConflictRow;
    /** A standing conflict the new server version no longer clashes with: its row goes. */
    resolves?: boolean;
    /** The shared conflict that ends with it. */
    endsNotice?: string;
    changed?: ChangedRecord;
  }

  /**
   * Each server record met with this device's: their rows read at once, then opened, merged and
   * sealed side by side (one request per record, in turn, made a first pull of 10,000 cases slow).
   */
  async function meetAll(records: readonly WireRecord[]): Promise<Outcome[]> {
    const cases = records.filter((record) => record.table === 'cases');
    const keys = cases.map((record) => keyOf(record.table, record.id));
    const [bases, locals, standing] = await Promise.all([
      db.syncBases.bulkGet(keys),
      db.cases.bulkGet(cases.map((record) => record.id)),
      db.syncConflicts.bulkGet(keys),
    ]);
    const met = await Promise.all(
      cases.map(async (record, index) => {
        const row = standing[index];
        const conflict = row ? await openConflict(row) : undefined;
        const outcome = await meet(record, bases[index], locals[index], conflict);
        return outcome && sealConflict(outcome);
      }),
    );
    return met.filter((outcome): outcome is Outcome => outcome !== undefined);
  }

  async function meet(
    theirsRecord: WireRecord,
    base: SyncBaseRow | undefined,
    local: StoredCase | undefined,
    standing?: SyncConflict,
  ): Promise<Outcome | undefined> {
    const key = keyOf(theirsRecord.table, theirsRecord.id);
    if (base && base.serverRev >= theirsRecord.rev) return undefined;
    const theirs = await openWire(theirsRecord);
    if (theirs.kind !== 'case' && theirs.kind !== 'deleted')
      throw new Error('A case record holds something else');
    const sealedBase = await codec.seal(baseAddress(key), theirs);
    const agreed: SyncBaseRow = {
      id: key,
      table: 'cases',
      entityId: theirsRecord.id,
      serverRev: theirsRecord.rev,
      dirty: 0,
      base: sealedBase,
    };
    const seenRev = local?.rev ?? null;
    const takeTheirs = async (): Promise<Outcome> =>
      theirs.kind === 'deleted'
        ? {
            key,
            seenRev,
            remove: true,
            base: agreed,
            changed: { table: 'cases', id: theirsRecord.id, op: 'delete', rev: local?.rev ?? 0 },
          }
        : {
            key,
            seenRev,
            row: await rowOf(theirsRecord.id, theirs, local),
            base: agreed,
            changed: { table: 'cases', id: theirsRecord.id, op: 'put', rev: (local?.rev ?? 0) + 1 },
          };
    if (base?.dirty !== 1) return takeTheirs();

    const ours = await localContent(local);
    // While a conflict stands, the version agreed before it stays the merge's ancestor.
    const before: WireContent | undefined = standing ? standing.ancestor : await openBase(base);
    const ancestor = before?.kind === 'case' ? before : undefined;
    // The local version stays as it is, still waiting; the server's becomes the revision it will be
    // pushed on once a person has settled the clash.
    const conflictOf = (clashes: MergeConflict[], merged: CaseWire | undefined): Outcome => ({
      key,
      seenRev,
      base: { ...agreed, dirty: 1 },
      clash: { clashes, theirs, ours, merged, ancestor, noticeId: standing?.noticeId ?? newId() },
    });
    if (!ours && theirs.kind === 'deleted') return takeTheirs();
    if (!ours || theirs.kind === 'deleted')
      return conflictOf(
        [
          {
            path: [],
            base: before?.kind === 'case' ? before.content : undefined,
            ours: ours?.content,
            theirs: theirs.kind === 'case' ? theirs.content : undefined,
          },
        ],
        theirs.kind === 'case' ? theirs : undefined,
      );
    const { merged, conflicts } = mergeThreeWay(
      before?.kind === 'case' ? { pathway: before.pathway, ...before.content } : {},
      { pathway: ours.pathway, ...ours.content },
      { pathway: theirs.pathway, ...theirs.content },
    );
    const { pathway, ...content } = merged as Record<string, unknown>;
    const mergedCase: CaseWire = {
      ...theirs,
      pathway: typeof pathway === 'string' ? pathway : theirs.pathway,
      content,
      updatedAt: now(),
    };
    if (conflicts.length > 0) return conflictOf(conflicts, mergedCase);
    return {
      key,
      seenRev,
      resolves: standing !== undefined,
      endsNotice: standing?.noticeId,
      row: await rowOf(theirsRecord.id, mergedCase, local),
      // The merge is a new version: it waits to be pushed on the server's revision.
      base: { ...agreed, dirty: 1 },
      changed: { table: 'cases', id: theirsRecord.id, op: 'put', rev: (local?.rev ?? 0) + 1 },
    };
  }

  async function rowOf(
    id: string,
    content: CaseWire,
    local: StoredCase | undefined,
  ): Promise<StoredCase> {
    return {
      id,
      pathway: content.pathway,
      createdAt: content.createdAt,
      updatedAt: content.updatedAt,
      rev: (local?.rev ?? 0) + 1,
      payloadVersion: content.payloadVersion,
      payload: await codec.seal(
        { table: 'cases', id, version: content.payloadVersion },
        content.content,
      ),
    };
  }

  async function openConflict(row: SyncConflictRow): Promise<SyncConflict> {
    return (await codec.open(conflictAddress(row.id), row.payload)) as SyncConflict;
  }

  async function openShared(row: SyncConflictRow): Promise<SharedConflict> {
    return (await codec.open(conflictAddress(row.id), row.payload)) as SharedConflict;
  }

  /** Seals a conflict's details with the device key, for the conflicts table. */
  async function sealConflict(outcome: Outcome): Promise<Outcome> {
    if (!outcome.clash) return outcome;
    const { clashes, theirs, ours } = outcome.clash;
    const details: SyncConflict = {
      table: 'cases',
      entityId: outcome.base.entityId,
      caseId: outcome.base.entityId,
      clashes,
      theirs: {
        rev: outcome.base.serverRev,
        changedBy: theirs.changedBy,
        changedAt: theirs.changedAt,
        deleted: theirs.kind === 'deleted',
      },
      ours: { changedAt: ours?.changedAt, deleted: !ours },
      merged: outcome.clash.merged,
      ancestor: outcome.clash.ancestor,
      noticeId: outcome.clash.noticeId,
    };
    return {
      ...outcome,
      conflict: {
        id: outcome.key,
        caseId: outcome.base.entityId,
        payload: await codec.seal(conflictAddress(outcome.key), details),
      },
    };
  }

  /** Writes the outcomes in one transaction, after checking no local row moved since it was read. */
  async function commit(
    outcomes: Outcome[],
    state: { key: string; value: unknown }[],
    drop: string[],
    notices: NoticeWrite[] = [],
    scanOutcomes: AttachmentOutcome[] = [],
    interviewOutcomes: InterviewOutcome[] = [],
  ) {
    const marks: NoticeMark[] = outcomes.flatMap((outcome) => {
      const noticeId = outcome.clash?.noticeId ?? outcome.endsNotice;
      return noticeId
        ? [{ key: SHARED_CONFLICT + noticeId, entityId: noticeId, caseId: outcome.base.entityId }]
        : [];
    });
    let scansRemoved: ChangedRecord[] = [];
    await db.transaction(
      'rw',
      [
        db.cases,
        db.attachments,
        db.attachmentChunks,
        db.interviews,
        db.syncBases,
        db.syncConflicts,
        db.syncState,
        db.outbox,
      ],
      async () => {
        const current = await db.cases.bulkGet(outcomes.map((outcome) => outcome.base.entityId));
        outcomes.forEach((outcome, index) => {
          if ((current[index]?.rev ?? null) !== outcome.seenRev)
            throw new StaleRecordError('cases', outcome.base.entityId);
        });
        // A record changed here since the outbox was folded is still waiting: keep it pending.
        const waiting = new Set(
          (await db.outbox.toArray()).flatMap((entry) =>
            entry.changes.map((change) => keyOf(change.table, change.entityId)),
          ),
        );
        // Saved here since the outbox was folded, and about to be replaced by the server's
        // version as if nothing waited: plan again, so that the save is merged, never lost.
        for (const outcome of outcomes)
          if (
            (outcome.row || outcome.remove) &&
            outcome.base.dirty === 0 &&
            waiting.has(outcome.key)
          )
            throw new StaleRecordError('cases', outcome.base.entityId);
        const rows = outcomes.flatMap((outcome) => (outcome.row ? [outcome.row] : []));
        if (rows.length > 0) await db.cases.bulkPut(rows);
        const removed = outcomes.filter((outcome) => outcome.remove).map((o) => o.base.entityId);
        if (removed.length > 0) await db.cases.bulkDelete(removed);
        await scans.write(scanOutcomes, waiting);
        await interviews.write(interviewOutcomes, waiting);
        scansRemoved = [
          ...(await scans.removeOfCases(removed)),
          ...(await interviews.removeOfCases(removed)),
        ];
        await db.syncBases.bulkPut(
          outcomes.map((outcome) =>
            waiting.has(outcome.key) ? { ...outcome.base, dirty: 1 as const } : outcome.base,
          ),
        );
        const resolved = outcomes.filter((outcome) => outcome.resolves).map((o) => o.key);
        if (resolved.length > 0) await db.syncConflicts.bulkDelete(resolved);
        const conflicts = outcomes.flatMap((outcome) =>
          outcome.conflict ? [outcome.conflict] : [],
        );
        if (conflicts.length > 0) await db.syncConflicts.bulkPut(conflicts);
        await writeNotices(notices, marks);
        if (state.length > 0) await db.syncState.bulkPut(state);
        if (drop.length > 0) await db.syncState.bulkDelete(drop);
      },
    );
    announceCommitted(db, [
      ...outcomes.flatMap((outcome) => (outcome.changed ? [outcome.changed] : [])),
      ...scanOutcomes.flatMap((outcome) => (outcome.changed ? [outcome.changed] : [])),
      ...interviewOutcomes.flatMap((outcome) => (outcome.changed ? [outcome.changed] : [])),
      ...scansRemoved,
    ]);
  }

  /**
   * Inside a commit's transaction: the shared conflicts' server revisions, the colleagues' ones
   * shown or hidden, and this device's own marked to push.
   */
  async function writeNotices(notices: NoticeWrite[], marks: NoticeMark[]): Promise<void> {
    if (notices.length === 0 && marks.length === 0) return;
    const keys = [...new Set([...notices, ...marks].map((item) => item.key))];
    const rows = new Map<string, SyncBaseRow>();
    (await db.syncBases.bulkGet(keys)).forEach((row, index) => {
      const key = keys[index];
      if (row && key) rows.set(key, row);
    });
    for (const notice of notices) {
      const current = rows.get(notice.key);
      const applied = notice.sentVersion !== undefined;
      if (!applied && current && current.serverRev >= notice.serverRev) continue;
      rows.set(notice.key, {
        ...(current ?? { id: notice.key, table: 'conflicts', entityId: notice.entityId }),
        caseId: notice.caseId ?? current?.caseId,
        serverRev: notice.serverRev,
        base: notice.base,
        // A colleague's conflict that changed again must be looked at again before it is ended.
        dirty: applied
          ? (current?.localVersion ?? 0) === notice.sentVersion
            ? 0
            : 1
          : notice.shown
            ? 0
            : (current?.dirty ?? 0),
      });
      if (notice.shown) await db.syncConflicts.put(notice.shown);
      if (notice.hidden) await db.syncConflicts.delete(notice.key);
    }
    for (const mark of marks) {
      const current = rows.get(mark.key);
      rows.set(mark.key, {
        ...(current ?? { id: mark.key, table: 'conflicts', entityId: mark.entityId, serverRev: 0 }),
        caseId: mark.caseId,
        dirty: 1,
        localVersion: (current?.localVersion ?? 0) + 1,
      });
    }
    await db.syncBases.bulkPut([...rows.values()]);
  }

  /**
   * A shared conflict from the server: a colleague's is shown (or hidden once ended); this
   * device's own, ended by a colleague, is returned to be settled here as the colleague chose.
   */
  async function meetNotices(
    records: readonly WireRecord[],
  ): Promise<{ writes: NoticeWrite[]; endedHere: string[] }> {
    const notices = records.filter((record) => record.table === 'conflicts');
    const keys = notices.map((record) => SHARED_CONFLICT + record.id);
    const bases = await db.syncBases.bulkGet(keys);
    const endedHere: string[] = [];
    const writes = await Promise.all(
      notices.map(async (record, index): Promise<NoticeWrite | undefined> => {
        const key = SHARED_CONFLICT + record.id;
        const known = bases[index];
        if (known && known.serverRev >= record.rev) return undefined;
        const content = await openWire(record);
        if (content.kind !== 'conflict' && content.kind !== 'deleted')
          throw new Error('A conflict record holds something else');
        const caseId = content.kind === 'conflict' ? content.caseId : known?.caseId;
        const own = caseId ? await db.syncConflicts.get(CASE_CONFLICT + caseId) : undefined;
        const mine = own ? (await openConflict(own)).noticeId === record.id : false;
        if (mine && caseId && content.kind === 'deleted') endedHere.push(caseId);
        return {
          key,
          entityId: record.id,
          caseId,
          serverRev: record.rev,
          base: await codec.seal(baseAddress(key), content),
          shown:
            !mine && caseId && content.kind === 'conflict'
              ? {
                  id: key,
                  caseId,
                  payload: await codec.seal(conflictAddress(key), {
                    noticeId: record.id,
                    caseId,
                    notice: content,
                  } satisfies SharedConflict),
                }
              : undefined,
          hidden: content.kind === 'deleted',
        };
      }),
    );
    return {
      writes: writes.filter((write): write is NoticeWrite => write !== undefined),
      endedHere,
    };
  }

  /** A colleague settled this device's conflict: their choice is taken, as they made it. */
  async function takeColleaguesSettlement(caseIds: readonly string[]): Promise<void> {
    for (const caseId of caseIds) {
      const own = await db.syncConflicts.get(CASE_CONFLICT + caseId);
      if (!own) continue;
      const details = await openConflict(own);
      await settleConflict(
        'cases',
        caseId,
        details.clashes.map((clash) => ({ path: clash.path, value: clash.theirs })),
      );
    }
  }

  /** Runs `plan` then commits it; a local write in between makes it plan again (at most 5 times). */
  async function retryOnLocalWrite(run: () => Promise<number>): Promise<number> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await run();
      } catch (error) {
        if (!(error instanceof StaleRecordError) || attempt >= 5) throw error;
      }
    }
  }

  /**
   * A record the server applied as sent: its new base, still marked to push if it changed here
   * since its batch was made (`here`: the local row now; `localRevs`: its revision then).
   */
  async function agreedOn(
    rev: number,
    record: WireRecord,
    here: { rev: number } | undefined,
    localRevs: Record<string, number | null>,
  ): Promise<{ key: string; seenRev: number | null; base: SyncBaseRow }> {
    const key = keyOf(record.table, record.id);
    const seenRev = here?.rev ?? null;
    return {
      key,
      seenRev,
      base: {
        id: key,
        table: record.table,
        entityId: record.id,
        serverRev: rev,
        // Changed again since the batch was made: that change still waits.
        dirty: seenRev === localRevs[key] ? 0 : 1,
        base: await codec.seal(baseAddress(key), await openWire(record)),
      },
    };
  }

  async function completePush(results: readonly MutationResult[]): Promise<number> {
    let endedHere: string[] = [];
    const made = await retryOnLocalWrite(async () => {
      const written = await readState(PENDING_PUSH, z.custom<PendingPush>());
      if (!written) return 0;
      await foldOutbox();
      const byId = new Map(written.mutations.map((mutation) => [mutation.mutationId, mutation]));
      const answered = results.flatMap((result) => {
        const mutation = byId.get(result.mutationId);
        return mutation ? [{ result, mutation }] : [];
      });
      const stale = answered.flatMap(({ result }) =>
        result.status === 'stale' ? [result.current] : [],
      );
      const applied = answered.flatMap(({ result, mutation }) =>
        result.status === 'applied' ? [{ rev: result.rev, record: mutation.record }] : [],
      );
      // The server must have stored what was sent, at the revision sent: anything else is not
      // taken as agreed (the batch stays written down, and is sent again).
      if (applied.some(({ rev, record }) => rev !== record.rev))
        throw new Error('The server answered another revision than the one sent');
      // A "stale" answer no newer than what this device agreed on: the server went back in time
      // (restored from an old copy). Sent again, it would be answered the same forever: those
      // records are kept aside, like a refused batch, until a person looks.
      const staleBases = await db.syncBases.bulkGet(
        stale.map((record) => keyOf(record.table, record.id)),
      );
      const rolledBack = stale.flatMap((record, index) => {
        const known = staleBases[index];
        return known && known.serverRev >= record.rev ? [known.id] : [];
      });
      const refused = rolledBack.length
        ? [
            {
              key: REFUSED,
              value: [
                ...new Set([
                  ...((await readState(REFUSED, z.array(z.string()))) ?? []),
                  ...rolledBack,
                ]),
              ],
            },
          ]
        : [];
      const appliedCases = applied.filter(({ record }) => record.table === 'cases');
      const appliedScans = applied.filter(({ record }) => record.table === 'attachments');
      const appliedInterviews = applied.filter(({ record }) => record.table === 'interviews');
      const interviewsHere = await db.interviews.bulkGet(
        appliedInterviews.map(({ record }) => record.id),
      );
      const scansHere = await db.attachments.bulkGet(appliedScans.map(({ record }) => record.id));
      const appliedNotices = applied.filter(({ record }) => record.table === 'conflicts');
      const locals = await db.cases.bulkGet(appliedCases.map(({ record }) => record.id));
      const outcomes: Outcome[] = [
        ...(await meetAll(stale)),
        ...(await Promise.all(
          appliedCases.map(({ rev, record }, index) =>
            agreedOn(rev, record, locals[index], written.localRevs),
          ),
        )),
      ];
      const scanOutcomes: AttachmentOutcome[] = [
        ...(await scans.meet(stale)),
        ...(await Promise.all(
          appliedScans.map(({ rev, record }, index) =>
            agreedOn(rev, record, scansHere[index], written.localRevs),
          ),
        )),
      ];
      const interviewOutcomes: InterviewOutcome[] = [
        ...(await interviews.meet(stale)),
        ...(await Promise.all(
          appliedInterviews.map(({ rev, record }, index) =>
            agreedOn(rev, record, interviewsHere[index], written.localRevs),
          ),
        )),
      ];
      const met = await meetNotices(stale);
      endedHere = met.endedHere;
      const sent = await Promise.all(
        appliedNotices.map(async ({ rev, record }): Promise<NoticeWrite> => {
          const key = keyOf(record.table, record.id);
          const content = await openWire(record);
          return {
            key,
            entityId: record.id,
            caseId: content.kind === 'conflict' ? content.caseId : undefined,
            serverRev: rev,
            base: await codec.seal(baseAddress(key), content),
            sentVersion: written.localRevs[key] ?? 0,
          };
        }),
      );
      await commit(
        outcomes,
        refused,
        [PENDING_PUSH],
        [...met.writes, ...sent],
        scanOutcomes,
        interviewOutcomes,
      );
      return outcomes.filter((outcome) => outcome.conflict).length;
    });
    await takeColleaguesSettlement(endedHere);
    return made;
  }

  async function applyPull(page: PullResponse): Promise<number> {
    let endedHere: string[] = [];
    const made = await retryOnLocalWrite(async () => {
      await foldOutbox();
      const records = page.changes.map(({ record }) => record);
      const outcomes = await meetAll(records);
      const scanOutcomes = await scans.meet(records);
      const interviewOutcomes = await interviews.meet(records);
      const met = await meetNotices(records);
      endedHere = met.endedHere;
      await commit(
        outcomes,
        [
          { key: CHECKPOINT, value: page.checkpoint },
          { key: CHECKPOINT_COVERS, value: COVERED_TABLES },
        ],
        [],
        met.writes,
        scanOutcomes,
        interviewOutcomes,
      );
      return outcomes.filter((outcome) => outcome.conflict).length;
    });
    await takeColleaguesSettlement(endedHere);
    return made;
  }

  async function settleConflict(
    table: SyncedTable,
    entityId: string,
    choices: readonly ClashChoice[],
  ): Promise<void> {
    const key = keyOf(table, entityId);
    await retryOnLocalWrite(async () => {
      const [row, base, local] = await Promise.all([
        db.syncConflicts.get(key),
        db.syncBases.get(key),
        db.cases.get(entityId),
      ]);
      if (!row || !base) return 0;
      const details = await openConflict(row);
      // Merged again from the ancestor, this device's version as it is now (edits made since the
      // clash included) and the server's newest: then the person's choices.
      const [ours, theirs] = await Promise.all([localContent(local), openBase(base)]);
      const root = choices.find((choice) => choice.path.length === 0);
      let settled: CaseWire | undefined;
      if (root) {
        const kept = ours ?? (theirs?.kind === 'case' ? theirs : undefined);
        settled =
          root.value === undefined || !kept
            ? undefined
            : { ...kept, content: root.value as Record<string, unknown>, updatedAt: now() };
      } else if (ours && theirs?.kind === 'case') {
        const ancestor = details.ancestor;
        const { merged } = mergeThreeWay(
          ancestor ? { pathway: ancestor.pathway, ...ancestor.content } : {},
          { pathway: ours.pathway, ...ours.content },
          { pathway: theirs.pathway, ...theirs.content },
        );
        const { pathway, ...content } = settleConflicts(merged, choices) as Record<string, unknown>;
        settled = {
          ...theirs,
          pathway: typeof pathway === 'string' ? pathway : theirs.pathway,
          content,
          updatedAt: now(),
        };
      } else return 0;
      const next = settled ? await rowOf(entityId, settled, local) : undefined;
      let scansRemoved: ChangedRecord[] = [];
      const tables = [
        db.cases,
        db.attachments,
        db.attachmentChunks,
        db.interviews,
        db.syncBases,
        db.syncConflicts,
      ];
      await db.transaction('rw', tables, async () => {
        // A pull (it moves the server revision), or a save, since the conflict was read: settle
        // against the newest.
        const [nowRow, nowBase, nowLocal] = await Promise.all([
          db.syncConflicts.get(key),
          db.syncBases.get(key),
          db.cases.get(entityId),
        ]);
        if (!nowRow || nowBase?.serverRev !== base.serverRev || nowLocal?.rev !== local?.rev)
          throw new StaleRecordError('cases', entityId);
        if (next) await db.cases.put(next);
        else {
          await db.cases.delete(entityId);
          scansRemoved = [
            ...(await scans.removeOfCases([entityId])),
            ...(await interviews.removeOfCases([entityId])),
          ];
        }
        await db.syncBases.update(key, { dirty: 1 });
        await db.syncConflicts.delete(key);
        // Settled: the conflict ends for the whole team.
        if (details.noticeId)
          await writeNotices(
            [],
            [
              {
                key: SHARED_CONFLICT + details.noticeId,
                entityId: details.noticeId,
                caseId: entityId,
              },
            ],
          );
      });
      announceCommitted(db, [
        next
          ? { table: 'cases', id: entityId, op: 'put', rev: next.rev }
          : { table: 'cases', id: entityId, op: 'delete', rev: local?.rev ?? 0 },
        ...scansRemoved,
      ]);
      return 0;
    });
  }

  async function settleShared(noticeId: string, choices: readonly ClashChoice[]): Promise<void> {
    const key = SHARED_CONFLICT + noticeId;
    await retryOnLocalWrite(async () => {
      const row = await db.syncConflicts.get(key);
      if (!row) return 0;
      const { caseId } = await openShared(row);
      const local = await db.cases.get(caseId);
      const ours = await localContent(local);
      const root = choices.find((choice) => choice.path.length === 0);
      let next: StoredCase | undefined;
      if (root) {
        next =
          root.value === undefined || !ours
            ? undefined
            : await rowOf(
                caseId,
                { ...ours, content: root.value as Record<string, unknown>, updatedAt: now() },
                local,
              );
      } else if (ours) {
        next = await rowOf(
          caseId,
          { ...ours, content: settleConflicts(ours.content, choices), updatedAt: now() },
          local,
        );
      } else return 0;
      let scansRemoved: ChangedRecord[] = [];
      const tables = [
        db.cases,
        db.attachments,
        db.attachmentChunks,
        db.interviews,
        db.syncBases,
        db.syncConflicts,
      ];
      await db.transaction('rw', tables, async () => {
        if ((await db.cases.get(caseId))?.rev !== local?.rev)
          throw new StaleRecordError('cases', caseId);
        if (next) await db.cases.put(next);
        else {
          await db.cases.delete(caseId);
          scansRemoved = [
            ...(await scans.removeOfCases([caseId])),
            ...(await interviews.removeOfCases([caseId])),
          ];
        }
        const caseKey = keyOf('cases', caseId);
        const base = await db.syncBases.get(caseKey);
        await db.syncBases.put({
          ...(base ?? { id: caseKey, table: 'cases', entityId: caseId, serverRev: 0 }),
          dirty: 1,
        });
        await db.syncConflicts.delete(key);
        await writeNotices([], [{ key, entityId: noticeId, caseId }]);
      });
      announceCommitted(db, [
        next
          ? { table: 'cases', id: caseId, op: 'put', rev: next.rev }
          : { table: 'cases', id: caseId, op: 'delete', rev: local?.rev ?? 0 },
        ...scansRemoved,
      ]);
      return 0;
    });
  }

  async function setAsidePush(): Promise<void> {
    await db.transaction('rw', db.syncState, async () => {
      const written = (await db.syncState.get(PENDING_PUSH))?.value as PendingPush | undefined;
      if (!written) return;
      const refused = ((await db.syncState.get(REFUSED))?.value as string[] | undefined) ?? [];
      const keys = written.mutations.map(({ record }) => keyOf(record.table, record.id));
      await db.syncState.put({ key: REFUSED, value: [...new Set([...refused, ...keys])] });
      await db.syncState.delete(PENDING_PUSH);
    });
  }

  return {
    deviceId,
    setAsidePush,
    settleConflict,
    preparePush,
    renumberPush,
    completePush,
    async checkpoint() {
      if ((await readState(CHECKPOINT_COVERS, z.string())) !== COVERED_TABLES) return 0;
      return (await readState(CHECKPOINT, z.number())) ?? 0;
    },
    applyPull,
    // Case files, scans and interviews (decision 016).
    async pendingCount() {
      const aside = new Set((await readState(REFUSED, z.array(z.string()))) ?? []);
      const shared = (key: string) =>
        SYNCED.some((table) => key.startsWith(`${table}:`)) && !aside.has(key);
      const keys = new Set(
        (await db.syncBases.where('dirty').equals(1).primaryKeys()).filter(shared),
      );
      for (const entry of await db.outbox.toArray())
        for (const change of entry.changes) {
          const key = keyOf(change.table, change.entityId);
          if (shared(key)) keys.add(key);
        }
      return keys.size;
    },
    async setAside() {
      const keys = (await readState(REFUSED, z.array(z.string()))) ?? [];
      return Promise.all(
        keys.map(async (key): Promise<SetAsideRecord> => {
          const [table = '', entityId = ''] = key.split(/:(.*)/s);
          const caseId =
            table === 'cases'
              ? entityId
              : table === 'attachments'
                ? (await db.attachments.get(entityId))?.caseId
                : table === 'interviews'
                  ? (await db.interviews.get(entityId))?.caseId
                  : table === 'conflicts'
                    ? (await db.syncBases.get(key))?.caseId
                    : undefined;
          return { table, entityId, caseId };
        }),
      );
    },
    async retrySetAside() {
      await db.syncState.delete(REFUSED);
    },
    async caseSharing(caseId) {
      const [scanIds, interviewIds] = await Promise.all([
        db.attachments.where('caseId').equals(caseId).primaryKeys(),
        db.interviews.where('caseId').equals(caseId).primaryKeys(),
      ]);
      const keys = new Set([
        keyOf('cases', caseId),
        ...scanIds.map((id) => keyOf('attachments', id)),
        ...interviewIds.map((id) => keyOf('interviews', id)),
      ]);
      const aside = (await readState(REFUSED, z.array(z.string()))) ?? [];
      if (aside.some((key) => keys.has(key))) return 'set-aside';
      const bases = await db.syncBases.bulkGet([...keys]);
      if (bases.some((base) => base?.dirty === 1)) return 'pending';
      const waiting = (await db.outbox.toArray()).some((entry) =>
        entry.changes.some((change) => keys.has(keyOf(change.table, change.entityId))),
      );
      return waiting ? 'pending' : 'shared';
    },
    async blobsToSend() {
      const written = await readState(PENDING_PUSH, z.custom<PendingPush>());
      return (written?.blobs ?? [])
        .filter((blob) => !blob.sent)
        .map(({ attachmentId, index, count }) => ({ attachmentId, index, count }));
    },
    wireBlob: (blob) => scans.wireBlob(blob),
    async blobSent(blob) {
      await db.transaction('rw', db.syncState, async () => {
        const written = (await db.syncState.get(PENDING_PUSH))?.value as PendingPush | undefined;
        if (!written?.blobs) return;
        const blobs = written.blobs.map((known) =>
          known.attachmentId === blob.attachmentId && known.index === blob.index
            ? { ...known, sent: true }
            : known,
        );
        await db.syncState.put({ key: PENDING_PUSH, value: { ...written, blobs } });
      });
    },
    async fetchAttachment(attachmentId, getBlob) {
      const changed = await scans.fetchAttachment(attachmentId, getBlob);
      if (changed) announceCommitted(db, [changed]);
    },
    async conflicts() {
      const rows = await db.syncConflicts.where(':id').startsWith(CASE_CONFLICT).toArray();
      return Promise.all(rows.map(openConflict));
    },
    async sharedConflicts() {
      const rows = await db.syncConflicts.where(':id').startsWith(SHARED_CONFLICT).toArray();
      return Promise.all(rows.map(openShared));
    },
    settleShared,
  };
}
