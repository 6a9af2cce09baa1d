/**
 * A note, outside IndexedDB, that this device had a vault: the day it was set up, nothing
 * personal. A browser short of room may erase the whole database without a word; the note outlives
 * it, so the app can say what happened and point to a backup instead of starting as a new device.
 * Erasing the device on purpose removes it.
 */
/** The app's database (tests and the bench open others). */
export const DEFAULT_DB_NAME = 'passerelle';

const keyOf = (dbName: string) => `passerelle.vault:${dbName}`;

/** localStorage where there is one (not in Node, where the storage tests run). */
function store(): Storage | undefined {
  return typeof localStorage === 'undefined' ? undefined : localStorage;
}

export function writeVaultMarker(dbName: string, createdAt: string): void {
  store()?.setItem(keyOf(dbName), JSON.stringify({ createdAt }));
}

export function hasVaultMarker(dbName: string): boolean {
  return store()?.getItem(keyOf(dbName)) != null;
}

export function clearVaultMarker(dbName: string): void {
  store()?.removeItem(keyOf(dbName));
}
