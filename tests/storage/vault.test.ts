import { describe, expect, it } from 'vitest';
import { randomBytes } from '../../src/storage/crypto/aes-gcm';
import { ARGON2ID_MIN } from '../../src/storage/crypto/argon2id-params';
import { derivePassphraseKey } from '../../src/storage/crypto/passphrase-key';
import { createVaultKey } from '../../src/storage/crypto/vault-key';
import { PasserelleDb } from '../../src/storage/db';
import { WrongPassphraseError } from '../../src/storage/errors';
import {
  changePassphrase,
  createVault,
  getRepositories,
  getVaultState,
  lock,
  openStorage,
  unlock,
  unlockWithKey,
} from '../../src/storage/storage';
import { freshDatabaseName } from '../setup/storage';

const PASSPHRASE = 'cheval-batterie-agrafe-2026';
const OTHER = 'marée-haute-sur-la-digue-7';
const WRONG = 'pas-la-bonne-phrase-du-tout';

async function rawVault(name: string) {
  const db = new PasserelleDb(name);
  await db.open();
  const row = await db.vault.get('vault');
  db.close();
  return row;
}

async function rawTable(name: string, table: 'audit' | 'cases'): Promise<unknown[]> {
  const db = new PasserelleDb(name);
  await db.open();
  const rows: unknown[] = await db.table(table).toArray();
  db.close();
  return rows;
}

/**
 * A vault as the versions before decision 011 left it, written the way they wrote it: the data key
 * wrapped under PBKDF2-SHA256 with 600,000 iterations. Returns the data key, to write records with.
 */
async function writePbkdf2Vault(name: string, passphrase: string): Promise<CryptoKey> {
  const dataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ]);
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const wrappingKey = await derivePassphraseKey(passphrase, salt, 600_000, ['wrapKey']);
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, wrappingKey, {
    name: 'AES-GCM',
    iv,
    additionalData: new TextEncoder().encode('passerelle/vault/data-key/v1'),
  });
  const db = new PasserelleDb(name);
  await db.open();
  const at = '2026-11-02T09:00:00.000Z';
  await db.vault.add({
    id: 'vault',
    kdf: 'PBKDF2-SHA256',
    iterations: 600_000,
    salt,
    iv,
    wrapped,
    createdAt: at,
  });
  await db.audit.add({ id: `vault-${at}`, at, action: 'vault.create' });
  db.close();
  return dataKey;
}

/** An older vault holding one case file, written with its data key, then locked. */
async function pbkdf2VaultWithOneCase(name: string): Promise<string> {
  const dataKey = await writePbkdf2Vault(name, PASSPHRASE);
  await openStorage({ name });
  await unlockWithKey(dataKey);
  const created = await getRepositories().cases.create({
    label: 'DEMO-PBKDF2',
    pathway: 'fr-trafficking',
  });
  lock();
  return created.id;
}

// Argon2id's deliberate cost (about half a second a derivation here) several times a test.
describe('the vault', { timeout: 20_000 }, () => {
  it('is absent on a new device, then set up with a passphrase and unlocked', async () => {
    await openStorage({ name: freshDatabaseName() });
    expect(await getVaultState()).toBe('absent');
    await createVault(PASSPHRASE);
    expect(await getVaultState()).toBe('unlocked');
  });

  it('stores the data key only wrapped, by a key derived with Argon2id: 64 MiB, 3 passes, 1 lane', async () => {
    const name = freshDatabaseName();
    await openStorage({ name });
    await createVault(PASSPHRASE);
    const row = await rawVault(name);
    expect(row).toMatchObject({ kdf: 'Argon2id', memoryKiB: 65_536, passes: 3, parallelism: 1 });
    expect(row).not.toHaveProperty('iterations');
    expect(row?.salt.byteLength).toBe(16);
    // A wrapped 256-bit key: 32 bytes of key and a 16-byte GCM tag.
    expect(row?.wrapped.byteLength).toBe(48);
  });

  it('refuses a passphrase under the minimum and creates nothing', async () => {
    await openStorage({ name: freshDatabaseName() });
    await expect(createVault('court')).rejects.toThrow(/minimum/);
    expect(await getVaultState()).toBe('absent');
  });

  it('a wrong passphrase does not unlock and changes nothing', async () => {
    const name = freshDatabaseName();
    await openStorage({ name });
    await createVault(PASSPHRASE);
    const created = await getRepositories().cases.create({
      label: 'DEMO-VAULT',
      pathway: 'fr-trafficking',
    });
    lock();
    const before = await rawVault(name);

    await expect(unlock(WRONG)).rejects.toThrow(WrongPassphraseError);

    expect(await getVaultState()).toBe('locked');
    expect(() => getRepositories()).toThrow(/locked/);
    expect(await rawVault(name)).toEqual(before);
    await unlock(PASSPHRASE);
    expect((await getRepositories().cases.get(created.id))?.label).toBe('DEMO-VAULT');
  });

  it('locking drops access to the data until the passphrase is given again', async () => {
    await openStorage({ name: freshDatabaseName() });
    await createVault(PASSPHRASE);
    lock();
    expect(await getVaultState()).toBe('locked');
    expect(() => getRepositories()).toThrow(/locked/);
  });

  it('a change of passphrase re-wraps the key only: records stay readable, the old passphrase stops working', async () => {
    const name = freshDatabaseName();
    await openStorage({ name });
    await createVault(PASSPHRASE);
    const created = await getRepositories().cases.create({
      label: 'DEMO-REWRAP',
      pathway: 'be-trafficking',
    });
    const probe = new PasserelleDb(name);
    await probe.open();
    const sealedBefore = await probe.cases.get(created.id);

    await changePassphrase(PASSPHRASE, OTHER);
    lock();

    await expect(unlock(PASSPHRASE)).rejects.toThrow(/does not open/);
    await unlock(OTHER);
    expect((await getRepositories().cases.get(created.id))?.label).toBe('DEMO-REWRAP');
    expect(await probe.cases.get(created.id)).toEqual(sealedBefore);
    probe.close();
  });

  it('a vault made with PBKDF2 by an earlier version unlocks with its passphrase and is Argon2id afterwards, its records untouched', async () => {
    const name = freshDatabaseName();
    const caseId = await pbkdf2VaultWithOneCase(name);
    const before = await rawVault(name);
    const casesBefore = await rawTable(name, 'cases');

    await unlock(PASSPHRASE);

    expect((await getRepositories().cases.get(caseId))?.label).toBe('DEMO-PBKDF2');
    const after = await rawVault(name);
    expect(after).toMatchObject({
      id: 'vault',
      kdf: 'Argon2id',
      memoryKiB: 65_536,
      passes: 3,
      parallelism: 1,
      createdAt: before?.createdAt,
    });
    expect(after).not.toHaveProperty('iterations');
    expect(after?.salt).not.toEqual(before?.salt);
    // The same data key, wrapped again: no record was re-encrypted.
    expect(await rawTable(name, 'cases')).toEqual(casesBefore);
    const audit = await rawTable(name, 'audit');
    expect(audit.map((entry) => (entry as { action: string }).action)).toEqual([
      'case.create',
      'vault.create',
      'vault.kdf-upgrade',
    ]);

    // The next unlock goes through Argon2id, opens the same data, and moves nothing again.
    lock();
    await expect(unlock(WRONG)).rejects.toThrow(WrongPassphraseError);
    await unlock(PASSPHRASE);
    expect((await getRepositories().cases.get(caseId))?.label).toBe('DEMO-PBKDF2');
    expect(await rawVault(name)).toEqual(after);
    expect(await rawTable(name, 'audit')).toHaveLength(3);
  });

  it('a wrong passphrase on a PBKDF2 vault throws WrongPassphraseError and changes nothing', async () => {
    const name = freshDatabaseName();
    const caseId = await pbkdf2VaultWithOneCase(name);
    const before = await rawVault(name);
    const auditBefore = await rawTable(name, 'audit');

    await expect(unlock(WRONG)).rejects.toThrow(WrongPassphraseError);

    expect(await getVaultState()).toBe('locked');
    expect(await rawVault(name)).toEqual(before);
    expect(await rawTable(name, 'audit')).toEqual(auditBefore);
    await unlock(PASSPHRASE);
    expect((await getRepositories().cases.get(caseId))?.label).toBe('DEMO-PBKDF2');
  });

  it('an Argon2id vault with less work than the app now asks for is moved on at unlock too', async () => {
    const name = freshDatabaseName();
    const { record } = await createVaultKey(PASSPHRASE, { kdf: 'Argon2id', ...ARGON2ID_MIN });
    const db = new PasserelleDb(name);
    await db.open();
    await db.vault.add({ id: 'vault', ...record, createdAt: '2026-11-02T09:00:00.000Z' });
    db.close();
    await openStorage({ name });

    await unlock(PASSPHRASE);

    expect(await rawVault(name)).toMatchObject({ kdf: 'Argon2id', memoryKiB: 65_536, passes: 3 });
    lock();
    await unlock(PASSPHRASE);
    expect(await getVaultState()).toBe('unlocked');
  });

  it('a change of passphrase of a PBKDF2 vault writes Argon2id', async () => {
    const name = freshDatabaseName();
    const caseId = await pbkdf2VaultWithOneCase(name);

    await changePassphrase(PASSPHRASE, OTHER);

    expect(await rawVault(name)).toMatchObject({ kdf: 'Argon2id', memoryKiB: 65_536, passes: 3 });
    expect(await rawVault(name)).not.toHaveProperty('iterations');
    await expect(unlock(PASSPHRASE)).rejects.toThrow(WrongPassphraseError);
    await unlock(OTHER);
    expect((await getRepositories().cases.get(caseId))?.label).toBe('DEMO-PBKDF2');
  });

  it('a change of passphrase needs the current one', async () => {
    await openStorage({ name: freshDatabaseName() });
    await createVault(PASSPHRASE);
    await expect(changePassphrase('pas-la-bonne-phrase-du-tout', OTHER)).rejects.toThrow(
      /does not open/,
    );
  });
});
