/** Errors the storage layer reports to features; each maps to a translated message in the UI. */

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

export class RecordNotFoundError extends Error {
  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`No ${table} record with this id`);
    this.name = 'RecordNotFoundError';
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
