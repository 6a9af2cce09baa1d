/**
 * The IndexedDB schema. Every version declaration stays here forever, with its date and what
 * changed: a device that has not opened the app for months must still upgrade step by step
 * (tests/storage/db-versions.test.ts opens a database seeded at each previous version).
 * Each table says whether it is synced with the association's server or stays on this device.
 * Indexes hold only non-identifying values: ids, pathway, dates of the record's life.
 */
import Dexie, { type Table } from 'dexie';
import { isSealed } from './crypto/aes-gcm';
import type {
  AuditEntry,
  CaseChildRow,
  DraftRow,
  OutboxEntry,
  SettingRow,
  StoredAttachment,
  StoredCase,
  StoredChunk,
  SyncBaseRow,
  SyncConflictRow,
  SyncStateRow,
  Tombstone,
  VaultRow,
  ViewRow,
} from './stored-records';

import { DEFAULT_DB_NAME } from './vault-marker';

export { DEFAULT_DB_NAME };

export class PasserelleDb extends Dexie {
  /** synced: case files; personal fields sealed in `payload`. */
  cases!: Table<StoredCase, string>;
  /** synced: attachment metadata (file name, type, size sealed). */
  attachments!: Table<StoredAttachment, string>;
  /** synced: attachment contents, encrypted in chunks of at most 4 MiB. */
  attachmentChunks!: Table<StoredChunk, [string, number]>;
  /** synced: structured interviews and their answers. */
  interviews!: Table<CaseChildRow, string>;
  /** synced: what remains of deleted records, so the deletion reaches the server. */
  tombstones!: Table<Tombstone, string>;
  /** local-only: pending changes to push, in order. */
  outbox!: Table<OutboxEntry, number>;
  /** local-only: sync cursors and server revisions. */
  syncState!: Table<SyncStateRow, string>;
  /** local-only: who did what and when (codes and ids only). */
  audit!: Table<AuditEntry, string>;
  /**
   * local-only: device preferences (idle timeout…) and the count of wrong passphrases in a row
   * (unlock-throttle.ts); nothing personal, kept in clear.
   */
  settings!: Table<SettingRow, string>;
  /** local-only: the data key, wrapped by the passphrase. */
  vault!: Table<VaultRow, string>;
  /** local-only: form content typed but not yet saved, sealed, so a lock loses nothing. */
  drafts!: Table<DraftRow, string>;
  /**
   * local-only: what a view keeps to show itself sooner, sealed (the ids of the case list's first
   * screenful in its default order). Derived from the cases and rebuilt from them; never synced,
   * never in a backup.
   */
  views!: Table<ViewRow, string>;
  /** local-only: each synced record's server revision and base version, and whether it waits to be pushed. */
  syncBases!: Table<SyncBaseRow, string>;
  /** local-only: clashes between this device's and the server's versions, sealed, until settled. */
  syncConflicts!: Table<SyncConflictRow, string>;

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    // v1, 2026-11-22: case files (label in a plain payload; pathway and dates indexed).
    this.version(1).stores({
      cases: 'id, pathway, createdAt, updatedAt',
    });
    // v2, 2026-11-22: encryption at rest and every table of the product. v1 rows keep their plain
    // payload until the vault is unlocked: crypto cannot run inside an upgrade transaction, so
    // sealLegacyRows() encrypts them right after unlock. `rev` starts at 1 for them.
    this.version(2)
      .stores({
        cases: 'id, pathway, createdAt, updatedAt',
        events: 'id, caseId, updatedAt',
        checklist: 'id, caseId, updatedAt',
        attachments: 'id, caseId, lineCode, updatedAt',
        attachmentChunks: '[attachmentId+index], attachmentId',
        interviews: 'id, caseId, updatedAt',
        tombstones: 'id, table, deletedAt',
        outbox: '++seq, [table+entityId], createdAt',
        syncState: 'key',
        audit: 'id, at, caseId',
        settings: 'key',
        vault: 'id',
        drafts: 'id',
      })
      .upgrade((tx) =>
        tx
          .table<StoredCase>('cases')
          .toCollection()
          .modify((row) => {
            row.rev ??= 1;
          }),
      );
    // v3, 2026-11-22: the timeline and the document lines move into the case's sealed payload (one
    // record to decrypt per case for lists and dashboards). The v2 tables only ever existed on
    // development machines, on the day they were added; they are dropped.
    this.version(3).stores({ events: null, checklist: null });
    // v4, 2026-11-22: one outbox row per write unit (its changes listed inside), not one per record:
    // IndexedDB charges per row, and a bulk import is one unit. Rows of v3 become one-change units.
    this.version(4)
      .stores({ outbox: '++seq, createdAt' })
      .upgrade((tx) =>
        tx
          .table('outbox')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            if (Array.isArray(row.changes)) return;
            row.changes = [{ table: row.table, entityId: row.entityId, op: row.op, rev: row.rev }];
            delete row.table;
            delete row.entityId;
            delete row.op;
            delete row.rev;
          }),
      );
    // v5, 2026-11-22: rows still in v1's plain form are marked by an index (`legacy`), set here
    // without any crypto, so that an unlock finds them by index instead of reading every case.
    this.version(5)
      .stores({ cases: 'id, pathway, createdAt, updatedAt, legacy' })
      .upgrade((tx) =>
        tx
          .table<StoredCase>('cases')
          .toCollection()
          .modify((row) => {
            if (!isSealed(row.payload)) row.legacy = 1;
          }),
      );
    // v6, 2026-12-01: `views`, the sealed ids of the case list's first screenful, read at unlock
    // before the other cases (issue 13).
    this.version(6).stores({ views: 'id' });
    // v7, 2026-12-01: sync with the association's server (issue 14): each synced record's base
    // version and pending flag, and the conflicts waiting for a person (docs/sync-protocol.md).
    this.version(7).stores({ syncBases: 'id, dirty', syncConflicts: 'id, caseId' });
  }
}
