import { afterEach, describe, expect, it, vi } from 'vitest';
import { UnlockThrottledError, WrongPassphraseError } from '../../src/storage/errors';
import {
  closeStorage,
  confirmPassphrase,
  createVault,
  getUnlockRetryAt,
  getVaultState,
  lock,
  openStorage,
  unlock,
} from '../../src/storage/storage';
import { unlockWaitAfter } from '../../src/storage/unlock-throttle';
import { freshDatabaseName } from '../setup/storage';

const PASSPHRASE = 'cheval-batterie-agrafe-2026';
const WRONG = 'pas-la-bonne-phrase-du-tout';
const T0 = new Date('2026-12-01T09:00:00.000Z');
/** `ms` milliseconds after T0. */
const at = (ms: number) => new Date(T0.getTime() + ms);

async function lockedVault(name = freshDatabaseName()): Promise<string> {
  await openStorage({ name });
  await createVault(PASSPHRASE);
  lock();
  return name;
}

async function failTimes(count: number, when: Date): Promise<void> {
  for (let i = 0; i < count; i += 1)
    await expect(unlock(WRONG, when)).rejects.toThrow(WrongPassphraseError);
}

/** Every WebCrypto call that a key derivation or an unwrap would make. */
function watchKeyWork() {
  const subtle = crypto.subtle;
  return [
    vi.spyOn(subtle, 'importKey'),
    vi.spyOn(subtle, 'deriveKey'),
    vi.spyOn(subtle, 'deriveBits'),
    vi.spyOn(subtle, 'unwrapKey'),
    vi.spyOn(subtle, 'decrypt'),
  ];
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('wrong passphrases in a row slow the next attempts', () => {
  it.each([
    [1, 0],
    [3, 0],
    [4, 2_000],
    [5, 4_000],
    [6, 8_000],
    [11, 256_000],
    [12, 300_000],
    [40, 300_000],
  ])('after %i failures, the next attempt waits %i ms', (failures, wait) => {
    expect(unlockWaitAfter(failures)).toBe(wait);
  });

  it('lets three wrong passphrases through, then refuses the next attempt until retryAt, without deriving any key, even with the right passphrase', async () => {
    await lockedVault();
    await failTimes(3, T0);
    expect(await getUnlockRetryAt(T0)).toBeUndefined();
    await failTimes(1, T0);
    expect(await getUnlockRetryAt(at(1_000))).toEqual(at(2_000));

    const keyWork = watchKeyWork();
    const refused = await unlock(PASSPHRASE, at(1_999)).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UnlockThrottledError);
    expect((refused as UnlockThrottledError).retryAt).toEqual(at(2_000));
    for (const call of keyWork) expect(call).not.toHaveBeenCalled();
    expect(await getVaultState()).toBe('locked');
    vi.restoreAllMocks();

    // At retryAt, it is tried again; one more failure doubles the wait.
    await failTimes(1, at(2_000));
    expect(await getUnlockRetryAt(at(2_000))).toEqual(at(6_000));
    await expect(unlock(PASSPHRASE, at(5_000))).rejects.toThrow(UnlockThrottledError);
  }, 60_000);

  it('is not reset by a reload: the count lives in the database', async () => {
    const name = await lockedVault();
    await failTimes(4, T0);
    closeStorage();

    await openStorage({ name });
    expect(await getUnlockRetryAt(at(1_000))).toEqual(at(2_000));
    await expect(unlock(PASSPHRASE, at(1_000))).rejects.toThrow(UnlockThrottledError);
  }, 60_000);

  it('starts again from nothing after the right passphrase', async () => {
    await lockedVault();
    await failTimes(4, T0);
    await unlock(PASSPHRASE, at(2_000));
    expect(await getVaultState()).toBe('unlocked');
    expect(await getUnlockRetryAt(at(2_000))).toBeUndefined();

    lock();
    await failTimes(3, at(2_000));
    expect(await getUnlockRetryAt(at(2_000))).toBeUndefined();
  }, 60_000);

  it('counts attempts started side by side, so they cannot slip past the wait', async () => {
    await lockedVault();
    const outcomes = await Promise.allSettled(Array.from({ length: 6 }, () => unlock(WRONG, T0)));
    const reasons = outcomes.map((outcome) =>
      outcome.status === 'rejected' ? (outcome.reason as Error).name : 'unlocked',
    );
    expect(reasons.filter((name) => name === 'WrongPassphraseError')).toHaveLength(4);
    expect(reasons.filter((name) => name === 'UnlockThrottledError')).toHaveLength(2);
  }, 60_000);

  it('never waits longer than it should when the clock was set back', async () => {
    await lockedVault();
    await failTimes(4, T0);
    const anHourEarlier = at(-3_600_000);
    expect(await getUnlockRetryAt(anHourEarlier)).toEqual(at(-3_600_000 + 2_000));
  }, 60_000);
});

describe('confirming the passphrase while unlocked (leaving the interview’s person mode)', () => {
  it('accepts the right passphrase and leaves the vault unlocked; a wrong one is refused, counted and slowed like an unlock', async () => {
    await openStorage({ name: freshDatabaseName() });
    await createVault(PASSPHRASE);

    await confirmPassphrase(PASSPHRASE, T0);
    expect(await getVaultState()).toBe('unlocked');

    for (let i = 0; i < 4; i += 1)
      await expect(confirmPassphrase(WRONG, T0)).rejects.toThrow(WrongPassphraseError);
    // Still unlocked: a wrong guess by the person holding the device does not lock the worker out.
    expect(await getVaultState()).toBe('unlocked');
    // The same count as the unlock screen's: guessing here is no faster than there.
    await expect(confirmPassphrase(PASSPHRASE, at(1_000))).rejects.toThrow(UnlockThrottledError);
    expect(await getUnlockRetryAt(at(1_000))).toEqual(at(2_000));

    await confirmPassphrase(PASSPHRASE, at(2_000));
    expect(await getUnlockRetryAt(at(2_000))).toBeUndefined();
  }, 60_000);
});
