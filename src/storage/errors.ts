/** Errors the storage layer reports to features; each maps to a translated message in the UI. */
import type { CaseFile, MergeConflict } from '../domain';

/** The record changed since it was read (another tab, or a sync): the user must see both versions. */
export class StaleRecordError extends Error {
  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`The ${table} record changed since it was read`);
    this.name = 'StaleRecordError';
  }
}

/**
 * A save made on an older version met changes made elsewhere (another tab, a sync) to the same
 * fields: nothing was written. `conflicts` gives both values of each; `current` is what is stored now,
 * for the form to show the other side's changes and let the user settle.
 */
export class MergeConflictError extends Error {
  constructor(
    readonly table: string,
    readonly id: string,
    readonly conflicts: readonly MergeConflict[],
    readonly current: CaseFile,
  ) {
    super(`The ${table} record was changed elsewhere in the same fields`);
    this.name = 'MergeConflictError';
  }
}

export class RecordNotFoundError extends Error {
  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`No ${table} record with this id`);
    this.name = 'RecordNotFoundError';
  }
}

/** The user cancelled a backup's import before its records were written: nothing was changed. */
export class ImportCancelledError extends Error {
  constructor() {
    super('The import was cancelled');
    this.name = 'ImportCancelledError';
  }
}

export class VaultLockedError extends Error {
  constructor() {
    super('The vault is locked');
    this.name = 'VaultLockedError';
  }
}

/** Realm-independent: DOMException is not an Error subclass everywhere (older engines, jsdom). */
export function isQuotaError(error: unknown): boolean {
  const nameOf = (value: unknown) =>
    typeof value === 'object' && value !== null && 'name' in value ? value.name : undefined;
  const inner =
    typeof error === 'object' && error !== null && 'inner' in error ? error.inner : undefined;
  return nameOf(error) === 'QuotaExceededError' || nameOf(inner) === 'QuotaExceededError';
}

/** The passphrase does not open this vault: nothing was changed. */
export class WrongPassphraseError extends Error {
  constructor() {
    super('The passphrase does not open this vault');
    this.name = 'WrongPassphraseError';
  }
}

/**
 * Too many wrong passphrases in a row: no attempt before `retryAt`. Thrown before any key
 * derivation; the passphrase given was not tried.
 */
export class UnlockThrottledError extends Error {
  constructor(readonly retryAt: Date) {
    super('Too many wrong passphrases: wait before trying again');
    this.name = 'UnlockThrottledError';
  }
}

/** A backup file that cannot be imported; nothing was changed. */
export class BackupUnreadableError extends Error {
  constructor(readonly reason: 'not-a-backup' | 'wrong-passphrase-or-damaged' | 'invalid-content') {
    super(`The backup cannot be imported: ${reason}`);
    this.name = 'BackupUnreadableError';
  }
}

/**
 * The choices made on a backup's review would make a case file the schema refuses (e.g. a permit's
 * first day taken from one side and its last day from the other, the last before the first):
 * nothing was written, the choices are still there to change. `cases` names each case and the
 * paths of the fields the schema refused.
 */
export class BackupChoicesInvalidError extends Error {
  constructor(
    readonly cases: readonly { caseId: string; paths: readonly (readonly string[])[] }[],
  ) {
    super('These choices would make an invalid case file');
    this.name = 'BackupChoicesInvalidError';
  }
}

/** A stored scan that does not match what was stored (missing chunk, wrong hash). */
export class CorruptAttachmentError extends Error {
  constructor(readonly id: string) {
    super('An attachment does not match what was stored');
    this.name = 'CorruptAttachmentError';
  }
}

/**
 * A colleague's scan whose content is still on the association's server only: it is fetched when
 * opened (the sync's `fetchAttachment`), which needs the network.
 */
export class AttachmentNotOnDeviceError extends Error {
  constructor(readonly id: string) {
    super('This scan is not on this device yet');
    this.name = 'AttachmentNotOnDeviceError';
  }
}

/** A vault already exists on this device (set up meanwhile in another tab): nothing was changed. */
export class VaultExistsError extends Error {
  constructor() {
    super('This device already has a vault');
    this.name = 'VaultExistsError';
  }
}
