/**
 * Wrong passphrases in a row are slowed down: the first three are free, then each attempt waits, 2 s
 * after the fourth failure and twice as long after each further one, up to 5 minutes. The count and
 * the time of the last attempt live in the database (settings table, in clear: a number and an
 * instant, nothing personal), so neither a reload nor another tab resets them; the right passphrase
 * does. This slows guessing at the unlock screen; against a copy of the database, only the cost of
 * the key derivation and the strength of the passphrase protect.
 */
import type { PasserelleDb } from './db';
import { UnlockThrottledError, WrongPassphraseError } from './errors';

export const FREE_UNLOCK_FAILURES = 3;
export const FIRST_UNLOCK_WAIT_MS = 2_000;
export const MAX_UNLOCK_WAIT_MS = 5 * 60_000;

/** The settings row; DeviceSettingsSchema ignores it. */
const FAILURES_KEY = 'unlockFailures';

interface UnlockFailures {
  count: number;
  /** When the last failed attempt started (an ISO instant). */
  lastAt: string;
}

/**
 * Checked by hand, not with zod: the unlock screen reads it before it answers, and the schema
 * library is not part of the first screen's JavaScript (issue 13). Anything else reads as no failure.
 */
function toUnlockFailures(value: unknown): UnlockFailures | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const count: unknown = Reflect.get(value, 'count');
  const lastAt: unknown = Reflect.get(value, 'lastAt');
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return undefined;
  if (typeof lastAt !== 'string' || Number.isNaN(Date.parse(lastAt))) return undefined;
  return { count, lastAt };
}

/** How long to wait after `failures` wrong passphrases in a row, in milliseconds. */
export function unlockWaitAfter(failures: number): number {
  if (failures <= FREE_UNLOCK_FAILURES) return 0;
  return Math.min(
    FIRST_UNLOCK_WAIT_MS * 2 ** (failures - FREE_UNLOCK_FAILURES - 1),
    MAX_UNLOCK_WAIT_MS,
  );
}

async function readFailures(db: PasserelleDb): Promise<UnlockFailures | undefined> {
  return toUnlockFailures((await db.settings.get(FAILURES_KEY))?.value);
}

function retryAtOf(failures: UnlockFailures | undefined, now: Date): Date | undefined {
  if (!failures) return undefined;
  const wait = unlockWaitAfter(failures.count);
  // A clock set back since the last failure never makes the wait longer than it should be.
  const retryAt = Math.min(Date.parse(failures.lastAt) + wait, now.getTime() + wait);
  return retryAt > now.getTime() ? new Date(retryAt) : undefined;
}

/** When the next unlock attempt may be made; undefined when it may be made now. */
export async function readUnlockRetryAt(db: PasserelleDb, now: Date): Promise<Date | undefined> {
  return retryAtOf(await readFailures(db), now);
}

/**
 * Runs one unlock attempt under the slowdown: refused with UnlockThrottledError, before `attempt`
 * runs, while the wait lasts. The attempt is counted before it runs (so attempts started side by
 * side are all counted) and the count is cleared when it succeeds; it is given back when it fails
 * for another reason than a wrong passphrase.
 */
export async function throttleUnlock<T>(
  db: PasserelleDb,
  now: Date,
  attempt: () => Promise<T>,
): Promise<T> {
  await db.transaction('rw', db.settings, async () => {
    const failures = await readFailures(db);
    const retryAt = retryAtOf(failures, now);
    if (retryAt) throw new UnlockThrottledError(retryAt);
    const counted: UnlockFailures = {
      count: (failures?.count ?? 0) + 1,
      lastAt: now.toISOString(),
    };
    await db.settings.put({ key: FAILURES_KEY, value: counted });
  });
  let result: T;
  try {
    result = await attempt();
  } catch (error) {
    if (!(error instanceof WrongPassphraseError)) await uncountOne(db);
    throw error;
  }
  await db.settings.delete(FAILURES_KEY);
  return result;
}

async function uncountOne(db: PasserelleDb): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const failures = await readFailures(db);
    if (!failures || failures.count <= 1) await db.settings.delete(FAILURES_KEY);
    else
      await db.settings.put({
        key: FAILURES_KEY,
        value: { ...failures, count: failures.count - 1 },
      });
  });
}
