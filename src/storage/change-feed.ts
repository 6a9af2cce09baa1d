/**
 * Announces what each committed write changed, by table, id and revision: never content, since
 * the announcement also crosses to the other tabs. The query layer refreshes just those records.
 */
import type { PasserelleDb } from './db';

export interface ChangedRecord {
  table: 'cases' | 'attachments' | 'interviews' | 'settings';
  id: string;
  op: 'put' | 'delete';
  /** The record's revision after the write (synced tables). */
  rev?: number | undefined;
  /** The case a child record (attachment, interview) belongs to. */
  caseId?: string | undefined;
}

export type CommitListener = (records: readonly ChangedRecord[]) => void;

const listeners = new WeakMap<PasserelleDb, Set<CommitListener>>();

/** Called once a write unit has committed (never from inside its transaction). */
export function announceCommitted(db: PasserelleDb, records: readonly ChangedRecord[]): void {
  if (records.length === 0) return;
  for (const listener of listeners.get(db) ?? []) listener(records);
}

export function watchCommitted(db: PasserelleDb, listener: CommitListener): () => void {
  let set = listeners.get(db);
  if (!set) {
    set = new Set();
    listeners.set(db, set);
  }
  set.add(listener);
  return () => set.delete(listener);
}

const TABLES = new Set<ChangedRecord['table']>(['cases', 'attachments', 'interviews', 'settings']);

/** What another tab posted, checked before use: only well-formed records are passed on. */
export function readAnnouncement(data: unknown): ChangedRecord[] {
  if (!Array.isArray(data)) return [];
  return data.filter(
    (item): item is ChangedRecord =>
      typeof item === 'object' &&
      item !== null &&
      TABLES.has((item as ChangedRecord).table) &&
      typeof (item as ChangedRecord).id === 'string' &&
      ((item as ChangedRecord).op === 'put' || (item as ChangedRecord).op === 'delete'),
  );
}
