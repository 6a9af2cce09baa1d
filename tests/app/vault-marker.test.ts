import Dexie from 'dexie';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  acknowledgeErasure,
  closeStorage,
  createVault,
  eraseDevice,
  getVaultState,
  openStorage,
} from '../../src/storage/storage';
import { loadPassphraseChecker } from '../../src/storage/passphrase-policy';
import { freshDatabaseName } from '../setup/storage';

const PASSPHRASE = 'cheval-batterie-agrafe-2026';

describe('a device that had a vault', () => {
  // The passphrase checker's dictionaries load once per file, before the clock of any test runs.
  beforeAll(() => loadPassphraseChecker(), 60_000);

  it('knows its database was erased behind its back, until the user has read it', async () => {
    const name = freshDatabaseName();
    await openStorage({ name });
    await createVault(PASSPHRASE);
    closeStorage();
    await Dexie.delete(name); // what a browser short of room does, without a word

    await openStorage({ name });
    expect(await getVaultState()).toBe('erased');
    // The note says when, never who: no personal data outside the sealed database.
    expect(localStorage.getItem(`passerelle.vault:${name}`)).toMatch(
      /^\{"createdAt":"[\d\-T:.Z]+"\}$/,
    );

    await acknowledgeErasure();
    expect(await getVaultState()).toBe('absent');
  });

  it('starts as new after the user erased the device on purpose', async () => {
    const name = freshDatabaseName();
    await openStorage({ name });
    await createVault(PASSPHRASE);

    await eraseDevice();

    expect(await getVaultState()).toBe('absent');
    expect(localStorage.getItem(`passerelle.vault:${name}`)).toBeNull();
  });
});
