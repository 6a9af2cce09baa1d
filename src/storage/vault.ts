/**
 * The vault's life on a device: set up once with a passphrase, unlocked for a working session,
 * locked by the user, by idle time or by a reload. Rows written before encryption existed are
 * sealed right after an unlock.
 */
import {
  WRAPPED_KEY_FIELDS,
  createVaultKey,
  rewrapVaultKey,
  unlockAndStrengthenVaultKey,
  type WrappedKey,
} from './crypto/vault-key';
import type { PasserelleDb } from './db';
import type { PassphraseProblem } from './passphrase-policy';
import type { VaultRow } from './stored-records';
import { VaultExistsError } from './errors';

export class WeakPassphraseError extends Error {
  constructor(readonly problems: readonly PassphraseProblem[]) {
    super('The passphrase does not meet the minimum');
    this.name = 'WeakPassphraseError';
  }
}

/** The forms check first; this is the last line, for any caller (the checker is loaded if need be). */
export async function refuseWeakPassphrase(passphrase: string): Promise<void> {
  const { loadPassphraseChecker } = await import('./passphrase-policy');
  const { acceptable, problems } = (await loadPassphraseChecker()).assess(passphrase);
  if (!acceptable) throw new WeakPassphraseError(problems);
}

export { VaultExistsError };

const VAULT_ID = 'vault';

function toRow(record: WrappedKey, createdAt: string): VaultRow {
  return { id: VAULT_ID, ...record, createdAt };
}

/** The row with its wrapped key replaced by `record`; the row's own fields are kept. */
function withKey(row: VaultRow, record: WrappedKey): VaultRow {
  const own = Object.entries(row).filter(([field]) => !WRAPPED_KEY_FIELDS.has(field));
  return { ...Object.fromEntries(own), ...toRow(record, row.createdAt) };
}

/** The same wrapped key (each wrap has a fresh random IV): nothing changed it meanwhile. */
function isSameKey(a: WrappedKey, b: WrappedKey): boolean {
  return (
    a.kdf === b.kdf && a.iv.length === b.iv.length && a.iv.every((byte, i) => byte === b.iv[i])
  );
}

export async function hasVault(db: PasserelleDb): Promise<boolean> {
  return (await db.vault.get(VAULT_ID)) !== undefined;
}

/** When the vault was set up on this device (an ISO instant); undefined without a vault. */
export async function readVaultCreatedAt(db: PasserelleDb): Promise<string | undefined> {
  return (await db.vault.get(VAULT_ID))?.createdAt;
}

export async function setUpVault(
  db: PasserelleDb,
  passphrase: string,
  at: string,
): Promise<CryptoKey> {
  if (await hasVault(db)) throw new VaultExistsError();
  // The check (its dictionaries may still be loading) and the key derivation run side by side;
  // nothing is stored unless both succeed.
  const [{ record, key }] = await Promise.all([
    createVaultKey(passphrase),
    refuseWeakPassphrase(passphrase),
  ]);
  await db.transaction('rw', db.vault, db.audit, async () => {
    await db.vault.add(toRow(record, at));
    await db.audit.add({ id: `vault-${at}`, at, action: 'vault.create' });
  });
  return key;
}

/**
 * Throws WrongPassphraseError, and changes nothing, when the passphrase is not the right one. A vault
 * whose key is derived more weakly than the app now derives it (PBKDF2, before decision 011) moves
 * to Argon2id here: the same data key wrapped again, stored with an audit entry in one transaction;
 * no record is re-encrypted.
 */
export async function unlockVault(
  db: PasserelleDb,
  passphrase: string,
  at: string,
): Promise<CryptoKey> {
  const row = await db.vault.get(VAULT_ID);
  if (!row) throw new Error('This device has no vault');
  const { key, strengthened } = await unlockAndStrengthenVaultKey(row, passphrase);
  if (strengthened) {
    await db
      .transaction('rw', db.vault, db.audit, async () => {
        // Another tab may have moved it on, or changed the passphrase, meanwhile: theirs stays.
        const current = await db.vault.get(VAULT_ID);
        if (!current || !isSameKey(current, row)) return;
        await db.vault.put(withKey(current, strengthened));
        await db.audit.add({ id: `vault-kdf-${at}`, at, action: 'vault.kdf-upgrade' });
      })
      // The unlock stands: the data key is the same either way, and the next unlock tries again.
      .catch(() => undefined);
  }
  return key;
}

/** Re-wraps the data key under the new passphrase: no record is re-encrypted. */
export async function changeVaultPassphrase(
  db: PasserelleDb,
  current: string,
  next: string,
  at: string,
): Promise<void> {
  await refuseWeakPassphrase(next);
  const row = await db.vault.get(VAULT_ID);
  if (!row) throw new Error('This device has no vault');
  const record = await rewrapVaultKey(row, current, next);
  await db.transaction('rw', db.vault, db.audit, async () => {
    await db.vault.put(withKey(row, record));
    await db.audit.add({ id: `vault-${at}`, at, action: 'vault.passphrase-change' });
  });
}
