/**
 * The IndexedDB schema. Every version declaration stays here forever, with the date and what changed:
 * a device that has not opened the app for months must still upgrade step by step.
 * Each table says whether it is synced with the association's server or stays on this device.
 * Indexes hold only non-identifying values (ids, pathway, dates): personal fields live in `payload`.
 */
import Dexie, { type Table } from 'dexie';
import type { StoredCase } from './stored-records';

export const DEFAULT_DB_NAME = 'passerelle';

export class PasserelleDb extends Dexie {
  /** synced: one row per case file; personal fields only inside `payload`. */
  cases!: Table<StoredCase, string>;

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    // v1, 2026-11-22: case files (id, pathway, createdAt, updatedAt indexed; the rest in payload).
    this.version(1).stores({
      cases: 'id, pathway, createdAt, updatedAt',
    });
  }
}
