import { describe, expect, it } from 'vitest';
import { PasserelleDb } from '../../src/storage/db';
import {
  changePassphrase,
  createVault,
  getRepositories,
  getVaultState,
  lock,
  openStorage,
  unlock,
} from '../../src/storage/storage';
import { freshDatabaseName } from '../setup/storage';

const PASSPHRASE = 'cheval-batterie-agrafe-2026';
const OTHER = 'marée-haute-sur-la-digue-7';

async function rawVault(name: string) {
  const db = new PasserelleDb(name);
  await db.open();
  const row = await db.vault.get('vault');
  db.close();
  return row;
}

describe('the vault', () => {
  it('is absent on a new device, then set up with a passphrase and unlocked', async () => {
    await openStorage({ name: freshDatabaseName() });
    expect(await getVaultState()).toBe('absent');
    await createVault(PASSPHRASE);
    expect(await getVaultState()).toBe('unlocked');
  });

  it('stores the data key only wrapped, derived with PBKDF2-SHA256 and at least 600,000 iterations', async () => {
    const name = freshDatabaseName();
    await openStorage({ name });
    await createVault(PASSPHRASE);
    const row = await rawVault(name);
    expect(row).toMatchObject({ kdf: 'PBKDF2-SHA256' });
    expect(row?.iterations).toBeGreaterThanOrEqual(600_000);
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

    await expect(unlock('pas-la-bonne-phrase-du-tout')).rejects.toThrow(/does not open/);

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

  it('a change of passphrase needs the current one', async () => {
    await openStorage({ name: freshDatabaseName() });
    await createVault(PASSPHRASE);
    await expect(changePassphrase('pas-la-bonne-phrase-du-tout', OTHER)).rejects.toThrow(
      /does not open/,
    );
  });
});
