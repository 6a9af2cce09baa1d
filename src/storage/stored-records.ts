/**
 * The shape of rows as they sit in IndexedDB. Only index fields are in clear, and they identify
 * no one (ids, pathway, dates of the record's life); everything about the person is in `payload`,
 * sealed with AES-GCM by the vault's codec.
 */
import type { Sealed } from './crypto/aes-gcm';
import type { WrappedKey } from './crypto/vault-key';

/** A row of a synced table. `rev` counts local revisions, for conflict detection when syncing. */
export interface SealedRow {
  id: string;
  createdAt: string;
  updatedAt: string;
  rev: number;
  /** Version of the payload's schema, bound into the ciphertext's additional data. */
  payloadVersion: number;
  /** Sealed content; a plain object only in rows written before encryption existed (db v1). */
  payload: unknown;
}

export interface StoredCase extends SealedRow {
  pathway: string;
  /** 1 while the payload is still in database v1's plain form (indexed; absent once sealed). */
  legacy?: 1;
}

/** Rows that belong to one case: its attachments and interviews. */
export interface CaseChildRow extends SealedRow {
  caseId: string;
}

export interface StoredAttachment extends CaseChildRow {
  /** The checklist line the file is attached to (e.g. 'host-attestation'). */
  lineCode: string;
  chunkCount: number;
  /**
   * 1 for a colleague's scan whose chunks are still on the association's server only (fetched
   * when opened); absent once they are here.
   */
  remote?: 1;
}

export interface StoredChunk {
  attachmentId: string;
  index: number;
  content: Sealed;
}

/** What is left of a deleted record: enough for sync to delete it elsewhere, nothing personal. */
export interface Tombstone {
  id: string;
  table: SyncedTable;
  entityId: string;
  deletedAt: string;
}

export type SyncedTable = 'cases' | 'attachments' | 'interviews';
/** What sync keeps a server revision of: the synced records, and the conflicts shared with them. */
export type WireTableName = SyncedTable | 'conflicts';

/** One record changed by a write unit. */
export interface OutboxChange {
  table: SyncedTable;
  entityId: string;
  op: 'put' | 'delete';
  rev: number;
}

/**
 * The changes of one write unit, pending until the association's server has them. One row per
 * write unit, not per record: IndexedDB charges per row, and a 10,000-case import is one unit.
 */
export interface OutboxEntry {
  seq?: number;
  changes: OutboxChange[];
  createdAt: string;
  attempts: number;
  lastError?: string;
}

/** Who did what, when: codes and ids only, never content. */
export interface AuditEntry {
  id: string;
  at: string;
  action:
    | 'case.create'
    | 'case.update'
    /** A change an interview proposed, accepted by the worker. */
    | 'case.from-interview'
    | 'case.delete'
    | 'case.export'
    | 'event.put'
    | 'event.delete'
    | 'document.put'
    | 'appointment.put'
    | 'appointment.delete'
    | 'attachment.put'
    | 'attachment.delete'
    | 'interview.put'
    | 'backup.export'
    | 'backup.import'
    | 'vault.create'
    | 'vault.passphrase-change'
    /** A vault's key wrapped again with a stronger derivation at unlock (PBKDF2 → Argon2id). */
    | 'vault.kdf-upgrade';
  entityId?: string;
  caseId?: string;
  /** The records of a bulk action (an import), in one entry. */
  entityIds?: string[];
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * The vault's one row: its own fields, and the wrapped data key with how the wrapping key is derived,
 * a union on `kdf` ('PBKDF2-SHA256' with `iterations` in vaults made before decision 011 and not
 * unlocked since; 'Argon2id' with `memoryKiB`, `passes`, `parallelism`).
 */
export type VaultRow = VaultRowFields & WrappedKey;

export interface VaultRowFields {
  id: 'vault';
  createdAt: string;
}

export interface DraftRow {
  id: string;
  updatedAt: string;
  payload: Sealed;
}

/** A view's data kept sealed on this device (the case list's first screenful): derived, never synced. */
export interface ViewRow {
  id: string;
  updatedAt: string;
  /** Sealed content (its schema's version is the view's own). */
  payload: unknown;
}

export interface SyncStateRow {
  key: string;
  value: unknown;
}

/**
 * What this device knows of a synced record's life on the server (docs/sync-protocol.md): the
 * server revision it last agreed on, and that version's content sealed with the device's key (the
 * base of the three-way merge); `dirty` while a local change waits to be pushed (indexed).
 */
export interface SyncBaseRow {
  /** `<table>:<id>` */
  id: string;
  table: WireTableName;
  entityId: string;
  /** For a shared conflict: the case it is about. */
  caseId?: string;
  /**
   * For a shared conflict: counts the times it was marked to push, so that an answer to an older
   * push does not clear a newer mark.
   */
  localVersion?: number;
  /** 0 while the server has never had the record. */
  serverRev: number;
  dirty: 0 | 1;
  /** Sealed base content; absent while the server has never had the record. */
  base?: unknown;
}

/** A same-field clash between this device's version and the server's, waiting for a person. */
export interface SyncConflictRow {
  /**
   * `cases:<id>`: a conflict this device found (it holds back that record's push until settled);
   * `conflicts:<id>`: one a colleague's device found and shared, shown here too.
   */
  id: string;
  caseId: string;
  /** Sealed: both values of each clash, who changed the server's side and when. */
  payload: unknown;
}
