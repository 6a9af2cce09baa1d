import { z } from 'zod';
import {
  CaseFileContentSchema,
  NewCaseFileSchema,
  contentOf,
  isSameValue,
  mergeThreeWay,
  type CaseFile,
  type CaseFileContent,
  type CaseFileContentInput,
  type Appointment,
  type DocumentLine,
  type NewCaseFile,
  type TimelineEntry,
} from '../domain';
import { commitChanges, type AuditInput, type Change } from './commit-changes';
import type { PasserelleDb } from './db';
import { MergeConflictError, RecordNotFoundError, StaleRecordError } from './errors';
import { newId } from './ids';
import { nextLife, type RowSealer } from './sealed-rows';
import type { AuditEntry, StoredCase, SyncedTable } from './stored-records';
import { applyProposal, type CaseEvent, type ProposedChange } from '../domain';
import { FIRST_SCREEN_SIZE, type FirstScreen } from './first-screen';
import { yieldToPage } from './yield-to-page';

const TABLE = 'cases';
/** v1: label only (db v1, plain); the same shape grew optional sections, so v1 content still parses. */
const PAYLOAD_VERSION = 1;
const CHILD_TABLES = ['attachments', 'interviews'] as const satisfies SyncedTable[];
/** Changes are re-applied (merged) on the newest version when another tab saved in between. */
const MAX_ATTEMPTS = 3;
/**
 * Cases read and decrypted per slice of the full list: between slices the page gets the main
 * thread back (10,000 cases on a phone are seconds of work, issue 13).
 */
const LIST_SLICE = 250;

/** The list's order: the newest case first (ties: the greater id first, as the index orders them). */
function newestFirst(a: CaseFile, b: CaseFile): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
/** The case list's first screenful, kept sealed in `views` (db v6): the ids, in the list's order. */
const FIRST_SCREEN = { table: 'views', id: 'case-list-first-screen', version: 1 } as const;
const FirstScreenSchema = z.object({ ids: z.array(z.string().max(64)).max(FIRST_SCREEN_SIZE) });

export interface CasesRepository {
  create(input: NewCaseFile): Promise<CaseFile>;
  /** Creates many case files in one write unit (imports, demo data): all are saved, or none. */
  createMany(
    inputs: { pathway: CaseFile['pathway']; content: CaseFileContentInput }[],
  ): Promise<CaseFile[]>;
  /**
   * Saves a form's content. With `base` (the version the form was loaded from), a case changed
   * since then is merged three ways: the changes of both sides are kept; the same field changed
   * on both sides refuses with MergeConflictError, nothing written. No edit is lost silently.
   */
  update(id: string, content: CaseFileContentInput, base?: SaveBase): Promise<CaseFile>;
  /**
   * Adds a timeline entry, or replaces the one with the same id. With `base` (the entry as the
   * editor opened it), another tab's changes to the entry are merged the same way.
   */
  putTimelineEntry(
    caseId: string,
    entry: { id?: string; event: CaseEvent; note?: string | undefined },
    base?: TimelineEntry,
  ): Promise<CaseFile>;
  removeTimelineEntry(caseId: string, entryId: string): Promise<CaseFile>;
  /**
   * Writes a change an interview proposed and the worker accepted (issue 15): the field, or the
   * timeline event, with the interview as its source.
   */
  acceptProposal(caseId: string, proposal: ProposedChange): Promise<CaseFile>;
  /** Adds an appointment (no id: a new one), or replaces the one with the same id. */
  putAppointment(caseId: string, appointment: AppointmentInput): Promise<CaseFile>;
  removeAppointment(caseId: string, appointmentId: string): Promise<CaseFile>;
  /** Records what is known of one document line of the checklist. */
  putDocumentLine(caseId: string, code: string, line: DocumentLine): Promise<CaseFile>;
  /** Every case, newest first; read in slices, giving the page the main thread in between. */
  list(): Promise<CaseFile[]>;
  /**
   * The cases of the list's first screenful as kept by `keepFirstScreen` (sealed, on this device
   * only), read alone: the list shows them while it reads the others. Empty when none was kept,
   * or when what was kept cannot be read (it is derived data: the full list rebuilds it).
   */
  firstScreen(): Promise<FirstScreen>;
  /** Keeps the ids of the list's first screenful in its default order, for the next unlock. */
  keepFirstScreen(ids: readonly string[]): Promise<void>;
  get(id: string): Promise<CaseFile | undefined>;
  /** Deletes the case and everything attached to it for good; tombstones remain for sync. */
  remove(id: string): Promise<void>;
}

/** An appointment to save: without an id, a new one. */
export type AppointmentInput = Omit<Appointment, 'id'> & { id?: string | undefined };

/** The version a form's values were loaded from: its revision and content. */
export interface SaveBase {
  rev: number;
  content: CaseFileContentInput;
}

interface Pending {
  id: string;
  pathway: string;
  content: CaseFileContentInput;
  previous: StoredCase | undefined;
  action: AuditEntry['action'];
}

export function createCasesRepository(
  db: PasserelleDb,
  sealer: RowSealer,
  now: () => string,
): CasesRepository {
  /** The first screenful's read under way: the full list waits for it, so it shows first. */
  let firstScreenRead: Promise<unknown> | undefined;

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

  async function write(pending: Pending[]): Promise<CaseFile[]> {
    const at = now();
    // Sealed before the transaction: crypto is never awaited inside one.
    const sealed = await Promise.all(
      pending.map(async ({ id, pathway, content, previous, action }) => {
        const parsed = CaseFileContentSchema.parse(content);
        const payload = await sealer.seal(TABLE, id, PAYLOAD_VERSION, parsed);
        const row: StoredCase = {
          id,
          pathway,
          ...nextLife(previous, at),
          payloadVersion: PAYLOAD_VERSION,
          payload,
        };
        return { parsed, row, previous, action };
      }),
    );
    await commitChanges(
      db,
      sealed.map(({ row }): Change => ({ op: 'put', table: TABLE, row: { ...row } })),
      // One audit entry per case, or one for a bulk creation (an import of many cases).
      sealed.length > 1 && sealed.every(({ previous }) => previous === undefined)
        ? [{ action: 'case.create', entityIds: sealed.map(({ row }) => row.id) }]
        : sealed.map(({ row, action }): AuditInput => ({
            action,
            entityId: row.id,
            caseId: row.id,
          })),
      at,
      sealed.map(({ row, previous }) => ({ table: TABLE, id: row.id, rev: previous?.rev })),
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

  /** Runs `attempt` again on the newest version when another tab saved in between. */
  async function retryOnStale(attempt: () => Promise<CaseFile>): Promise<CaseFile> {
    for (let count = 1; ; count += 1) {
      try {
        return await attempt();
      } catch (error) {
        if (!(error instanceof StaleRecordError) || count >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  async function readRow(id: string): Promise<StoredCase> {
    const row = await db.cases.get(id);
    if (!row) throw new RecordNotFoundError(TABLE, id);
    return row;
  }

  /** Applies `recipe` to the newest version; retried when another tab saved in between. */
  function change(
    id: string,
    action: AuditEntry['action'],
    recipe: (content: CaseFileContent, current: CaseFile) => CaseFileContentInput,
  ): Promise<CaseFile> {
    return retryOnStale(async () => {
      const previous = await readRow(id);
      const current = await toCaseFile(previous);
      const content = recipe(contentOf(current), current);
      return writeOne({ id, pathway: previous.pathway, content, previous, action });
    });
  }

  return {
    async create(input) {
      const { label, pathway } = NewCaseFileSchema.parse(input);
      return writeOne({
        id: newId(),
        pathway,
        content: { label },
        previous: undefined,
        action: 'case.create',
      });
    },
    async createMany(inputs) {
      return write(
        inputs.map(({ pathway, content }) => ({
          id: newId(),
          pathway: NewCaseFileSchema.shape.pathway.parse(pathway),
          content,
          previous: undefined,
          action: 'case.create',
        })),
      );
    },
    update(id, content, base) {
      return retryOnStale(async () => {
        const previous = await readRow(id);
        const write = (next: CaseFileContentInput) =>
          writeOne({
            id,
            pathway: previous.pathway,
            content: next,
            previous,
            action: 'case.update',
          });
        // Saved on the version it was loaded from (or no base given): nothing to merge, nothing to decrypt.
        if (!base || previous.rev === base.rev) return write(content);
        const current = await toCaseFile(previous);
        const [baseContent, ours] = [base.content, content].map((value) =>
          CaseFileContentSchema.parse(value),
        ) as [CaseFileContent, CaseFileContent];
        const { merged, conflicts } = mergeThreeWay(baseContent, ours, contentOf(current));
        if (conflicts.length > 0) throw new MergeConflictError(TABLE, id, conflicts, current);
        return write(merged);
      });
    },
    putTimelineEntry(caseId, { id = newId(), event, note }, base) {
      return change(caseId, 'event.put', (content, current) => {
        const previous = content.timeline.find((entry) => entry.id === id);
        // An event taken from an interview keeps its source while the event itself is unchanged.
        const source =
          previous?.source && isSameValue(previous.event, event) ? previous.source : undefined;
        const entry: TimelineEntry = {
          id,
          event,
          note,
          recordedAt: previous?.recordedAt ?? now(),
          ...(source ? { source } : {}),
        };
        if (base && !isSameValue(base, previous)) {
          // Changed (or deleted) in another tab since the editor opened: merge, never overwrite.
          const { merged, conflicts } = mergeThreeWay<TimelineEntry | undefined>(
            base,
            entry,
            previous,
          );
          if (conflicts.length > 0) throw new MergeConflictError(TABLE, caseId, conflicts, current);
          return {
            ...content,
            timeline: content.timeline.map((item) => (item.id === id ? (merged ?? item) : item)),
          };
        }
        const timeline = previous
          ? content.timeline.map((item) => (item.id === id ? entry : item))
          : [...content.timeline, entry];
        return { ...content, timeline };
      });
    },
    acceptProposal(caseId, proposal) {
      return change(caseId, 'case.from-interview', (content) =>
        applyProposal(content, proposal, { id: newId(), recordedAt: now() }),
      );
    },
    removeTimelineEntry(caseId, entryId) {
      return change(caseId, 'event.delete', (content) => ({
        ...content,
        timeline: content.timeline.filter((entry) => entry.id !== entryId),
      }));
    },
    putAppointment(caseId, { id = newId(), ...fields }) {
      return change(caseId, 'appointment.put', (content) => {
        const appointments = content.appointments ?? [];
        const appointment: Appointment = { id, ...fields };
        return {
          ...content,
          appointments: appointments.some((item) => item.id === id)
            ? appointments.map((item) => (item.id === id ? appointment : item))
            : [...appointments, appointment],
        };
      });
    },
    removeAppointment(caseId, appointmentId) {
      return change(caseId, 'appointment.delete', (content) => ({
        ...content,
        appointments: (content.appointments ?? []).filter((item) => item.id !== appointmentId),
      }));
    },
    putDocumentLine(caseId, code, line) {
      return change(caseId, 'document.put', (content) => ({
        ...content,
        documents: { ...content.documents, [code]: line },
      }));
    },
    async list() {
      await firstScreenRead;
      // Slices in the primary key's order (one IndexedDB getAll each), sorted once at the end.
      const cases: CaseFile[] = [];
      let after: string | undefined;
      for (;;) {
        const rows = await (
          after === undefined ? db.cases.orderBy(':id') : db.cases.where(':id').above(after)
        )
          .limit(LIST_SLICE)
          .toArray();
        cases.push(...(await Promise.all(rows.map(toCaseFile))));
        const last = rows.at(-1);
        if (!last || rows.length < LIST_SLICE) break;
        after = last.id;
        await yieldToPage();
      }
      return cases.sort(newestFirst);
    },
    firstScreen() {
      const read = (async (): Promise<FirstScreen> => {
        const [view, total] = await Promise.all([db.views.get(FIRST_SCREEN.id), db.cases.count()]);
        if (!view) return { cases: [], total };
        try {
          const { ids } = await sealer.open(
            FIRST_SCREEN.table,
            { id: view.id, payloadVersion: FIRST_SCREEN.version, payload: view.payload },
            FirstScreenSchema,
          );
          const rows = await db.cases.bulkGet(ids);
          const present = rows.filter((row): row is StoredCase => row !== undefined);
          return { cases: await Promise.all(present.map(toCaseFile)), total };
        } catch {
          // Derived data only: the full list, read next, shows every case (or says what failed).
          return { cases: [], total };
        }
      })();
      firstScreenRead = read.catch(() => undefined);
      return read;
    },
    async keepFirstScreen(ids) {
      const content = FirstScreenSchema.parse({ ids: ids.slice(0, FIRST_SCREEN_SIZE) });
      const payload = await sealer.seal(
        FIRST_SCREEN.table,
        FIRST_SCREEN.id,
        FIRST_SCREEN.version,
        content,
      );
      await db.views.put({ id: FIRST_SCREEN.id, updatedAt: now(), payload });
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
        const children = (await db.table(table).where('caseId').equals(id).toArray()) as {
          id: string;
          rev: number;
        }[];
        for (const child of children)
          changes.push({
            op: 'delete',
            table,
            entityId: child.id,
            rev: child.rev + 1,
            caseId: id,
          });
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
