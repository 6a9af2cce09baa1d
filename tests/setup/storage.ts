import {
  getRepositories,
  openStorage,
  unlockWithKey,
  type Repositories,
} from '../../src/storage/storage';

let databaseCount = 0;

/** A database name of its own for each test: nothing leaks from one test to the next. */
export function freshDatabaseName(): string {
  databaseCount += 1;
  return `passerelle-test-${databaseCount}-${Math.random().toString(36).slice(2)}`;
}

/** A random AES-GCM key: real encryption, without the passphrase derivation's deliberate cost. */
export function randomDataKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** Opens a fresh database and unlocks it with a random key. */
export async function openUnlockedStorage(
  name: string = freshDatabaseName(),
  key?: CryptoKey,
): Promise<Repositories> {
  await openStorage({ name });
  await unlockWithKey(key ?? (await randomDataKey()));
  return getRepositories();
}
