/**
 * The vault's life on a device: set up once with a passphrase, unlocked for a working session,
 * locked by the user, by idle time or by a reload. Rows written before encryption existed are
 * sealed right after an unlock.
 */
import {
  createVaultKey,
  rewrapVaultKey,
  unlockVaultKey,
  type WrappedKey,
} from './crypto/vault-key';
import type { PasserelleDb } from './db';
import { assessPassphrase } from './passphrase-policy';
import type { RecordCodec } from './record-codec';
import type { VaultRow } from './stored-records';
import { VaultExistsError } from './errors';

export class WeakPassphraseError extends Error {
  constructor() {
    super('The passphrase does not meet the minimum');
    this.name = 'WeakPassphraseError';
  }
}

export { VaultExistsError };

const VAULT_ID = 'vault';

function toRow(record: WrappedKey, createdAt: string): VaultRow {
  return { id: VAULT_ID, ...record, createdAt };
}

export async function hasVault(db: PasserelleDb): Promise<boolean> {
  return (await db.vault.get(VAULT_ID)) !== undefined;
}

export async function setUpVault(
  db: PasserelleDb,
  passphrase: string,
  at: string,
): Promise<CryptoKey> {
  if (!assessPassphrase(passphrase).acceptable) throw new WeakPassphraseError();
  if (await hasVault(db)) throw new VaultExistsError();
  const { record, key } = await createVaultKey(passphrase);
  await db.transaction('rw', db.vault, db.audit, async () => {
    await db.vault.add(toRow(record, at));
    await db.audit.add({ id: `vault-${at}`, at, action: 'vault.create' });
  });
  return key;
}

/** Throws WrongPassphraseError, and changes nothing, when the passphrase is not the right one. */
export async function unlockVault(db: PasserelleDb, passphrase: string): Promise<CryptoKey> {
  const row = await db.vault.get(VAULT_ID);
  if (!row) throw new Error('This device has no vault');
  return unlockVaultKey(row, passphrase);
}

/** Re-wraps the data key under the new passphrase: no record is re-encrypted. */
export async function changeVaultPassphrase(
  db: PasserelleDb,
  current: string,
  next: string,
  at: string,
): Promise<void> {
  if (!assessPassphrase(next).acceptable) throw new WeakPassphraseError();
  const row = await db.vault.get(VAULT_ID);
  if (!row) throw new Error('This device has no vault');
  const record = await rewrapVaultKey(row, current, next);
  await db.transaction('rw', db.vault, db.audit, async () => {
    await db.vault.put(toRow(record, row.createdAt));
    await db.audit.add({ id: `vault-${at}`, at, action: 'vault.passphrase-change' });
  });
}

/** Seals the case rows of database v1 (plain payloads); encryption first, then one write. */
export async function sealLegacyRows(db: PasserelleDb, codec: RecordCodec): Promise<number> {
  const legacy = await db.cases.where('legacy').equals(1).toArray();
  if (legacy.length === 0) return 0;
  const sealed = await Promise.all(
    legacy.map(async ({ legacy: _legacy, ...row }) => ({
      ...row,
      payload: await codec.seal(
        { table: 'cases', id: row.id, version: row.payloadVersion },
        row.payload,
      ),
    })),
  );
  await db.cases.bulkPut(sealed);
  return sealed.length;
}
