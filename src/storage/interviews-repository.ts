/**
 * Interviews (issue 15): one sealed record per interview, belonging to its case. Answers are only
 * ever merged in, by question id (the domain's `mergeAnswers`: the answer given last wins), so two
 * tabs or two workers resuming one interview lose nothing; what the interview is (its script, day
 * and language) is set when it starts.
 */
import { z } from 'zod';
import {
  InterviewAnswerSchema,
  InterviewSchema,
  mergeInterviews,
  type Interview,
  type InterviewAnswer,
} from '../domain';
import { commitChanges } from './commit-changes';
import type { PasserelleDb } from './db';
import { RecordNotFoundError, StaleRecordError } from './errors';
import { newId } from './ids';
import { nextLife, type RowSealer } from './sealed-rows';
import type { CaseChildRow } from './stored-records';

const TABLE = 'interviews';
export const INTERVIEW_PAYLOAD_VERSION = 1;

/** What the sealed payload holds: the interview without the ids kept in clear on the row. */
export const InterviewContentSchema = InterviewSchema.omit({ id: true, caseId: true });

const InterviewChangesSchema = InterviewSchema.pick({
  answers: true,
  log: true,
  decisions: true,
  interpreter: true,
}).partial();

export interface StoredInterview extends Interview {
  createdAt: string;
  updatedAt: string;
  rev: number;
}

export type NewInterview = Pick<Interview, 'scriptId' | 'heldOn' | 'language' | 'scriptVersion'> &
  Partial<Pick<Interview, 'interpreter'>>;

/** What a save adds to an interview: answers, breaks, decisions, merged in; the interpreter noted. */
export type InterviewChanges = Partial<
  Pick<Interview, 'answers' | 'log' | 'decisions' | 'interpreter'>
>;

export interface InterviewsRepository {
  start(caseId: string, interview: NewInterview): Promise<StoredInterview>;
  get(id: string): Promise<StoredInterview | undefined>;
  listForCase(caseId: string): Promise<StoredInterview[]>;
  /** Merges these answers into the interview's, by question id; returns the interview as saved. */
  saveAnswers(id: string, answers: readonly InterviewAnswer[]): Promise<StoredInterview>;
  /** Merges these changes into the interview (see `mergeInterviews`); returns it as saved. */
  saveChanges(id: string, changes: InterviewChanges): Promise<StoredInterview>;
  remove(id: string): Promise<void>;
}

/** How many times a save is tried again when another tab saved the same interview meanwhile. */
const ATTEMPTS = 5;

export function createInterviewsRepository(
  db: PasserelleDb,
  sealer: RowSealer,
  now: () => string,
): InterviewsRepository {
  async function open(row: CaseChildRow): Promise<StoredInterview> {
    const content = await sealer.open(TABLE, row, InterviewContentSchema);
    return {
      ...content,
      id: row.id,
      caseId: row.caseId,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      rev: row.rev,
    };
  }

  async function write(
    interview: Interview,
    previous: CaseChildRow | undefined,
    at: string,
  ): Promise<StoredInterview> {
    const { id, caseId, ...content } = InterviewSchema.parse(interview);
    const row: CaseChildRow = {
      id,
      caseId,
      ...nextLife(previous, at),
      payloadVersion: INTERVIEW_PAYLOAD_VERSION,
      payload: await sealer.seal(TABLE, id, INTERVIEW_PAYLOAD_VERSION, content),
    };
    await commitChanges(
      db,
      [{ op: 'put', table: TABLE, row: { ...row } }],
      [{ action: 'interview.put', entityId: id, caseId }],
      at,
      [{ table: TABLE, id, rev: previous?.rev ?? 0 }],
    );
    return { ...content, id, caseId, createdAt: row.createdAt, updatedAt: at, rev: row.rev };
  }

  async function saveChanges(id: string, changes: InterviewChanges): Promise<StoredInterview> {
    const given = InterviewChangesSchema.parse(changes);
    for (let attempt = 1; ; attempt += 1) {
      const row = await db.interviews.get(id);
      if (!row) throw new RecordNotFoundError(TABLE, id);
      const current = await open(row);
      const { interpreter, answers = [], log = [], decisions = [] } = given;
      const next = mergeInterviews(current, {
        ...current,
        answers,
        log,
        decisions,
        ...(interpreter === undefined ? {} : { interpreter }),
      });
      try {
        return await write(next, row, now());
      } catch (error) {
        // Saved meanwhile in another tab (or by sync): merged again with that version.
        if (!(error instanceof StaleRecordError) || attempt >= ATTEMPTS) throw error;
      }
    }
  }

  return {
    start(caseId, interview) {
      return write(
        { ...interview, id: newId(), caseId, answers: [], log: [], decisions: [] },
        undefined,
        now(),
      );
    },
    async get(id) {
      const row = await db.interviews.get(id);
      return row ? open(row) : undefined;
    },
    async listForCase(caseId) {
      const rows = await db.interviews.where('caseId').equals(caseId).toArray();
      const interviews = await Promise.all(rows.map(open));
      return interviews.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
    saveAnswers(id, answers) {
      return saveChanges(id, { answers: z.array(InterviewAnswerSchema).parse(answers) });
    },
    saveChanges,
    async remove(id) {
      const row = await db.interviews.get(id);
      if (!row) throw new RecordNotFoundError(TABLE, id);
      await commitChanges(
        db,
        [{ op: 'delete', table: TABLE, entityId: id, rev: row.rev + 1, caseId: row.caseId }],
        [{ action: 'interview.put', entityId: id, caseId: row.caseId }],
        now(),
      );
    },
  };
}
