/**
 * The storage layer's public face. Outside storage/, only this module, errors.ts and
 * passphrase-policy.ts are imported (a lint rule).
 *
 * The session itself (session.ts: Dexie, the database, the vault, the repositories) loads in a
 * chunk of its own when storage is opened, without holding up the first screen (issue 13): the
 * unlock screen takes the passphrase while it loads, and every call here waits for it.
 */
import { VaultLockedError } from './errors';
import { DEFAULT_DB_NAME, hasVaultMarker } from './vault-marker';
import type * as Session from './session';
import type {
  OpenStorageOptions,
  StorageInfo,
  StorageListener,
  StorageEvent,
  VaultState,
} from './session';
import type { DeviceSettings } from './settings-repository';
import type { BackupChoices, BackupReview, ImportOptions, ImportReport } from './backup';
import type { Repositories } from './repositories';
import type { SyncStore } from './sync-store';
import type { Admission } from './crypto/team-key';
import type { JoiningDevice } from './session';

export type { OpenStorageOptions, StorageEvent, StorageInfo, StorageListener, VaultState };
export type { Repositories } from './repositories';
export type { AppointmentInput, SaveBase } from './cases-repository';
export type { AttachmentMeta, NewAttachment } from './attachments-repository';
export type { InterviewChanges, NewInterview, StoredInterview } from './interviews-repository';
export type {
  AttachmentReview,
  AttachmentSide,
  BackupChoices,
  BackupReview,
  CaseReview,
  FieldDifference,
  ImportOptions,
  ImportProgress,
  ImportReport,
} from './backup';
export type { ChangedRecord } from './change-feed';
export type { DeviceSettings } from './settings-repository';
export type { ClashChoice, SyncConflict, SyncStore } from './sync-store';
export type { Admission } from './crypto/team-key';
export type { JoiningDevice } from './session';
export { DEFAULT_BACKUP_REMINDER_DAYS, MAX_BACKUP_REMINDER_DAYS } from './settings-defaults';
export { yieldToPage } from './yield-to-page';
export { FIRST_SCREEN_SIZE } from './first-screen';

type SessionModule = typeof Session;

/** The session module once loaded (the repositories are reached synchronously through it). */
let loaded: SessionModule | undefined;
/** The session being opened, or open; undefined before openStorage() or after closeStorage(). */
let opening: Promise<SessionModule> | undefined;

/** The database this tab opens (tests open their own). */
let dbName = DEFAULT_DB_NAME;

/** Listeners outlive sessions (a device erased is opened again) and may subscribe before one opens. */
const listeners = new Set<StorageListener>();
const dispatch: StorageListener = (event) => {
  for (const listener of listeners) listener(event);
};

async function load(): Promise<SessionModule> {
  loaded ??= await import('./session');
  return loaded;
}

function ready(): Promise<SessionModule> {
  return opening ?? Promise.reject(new Error('Storage is not open'));
}

/**
 * Opens this tab's database; the calls below wait for it (and fail with its error, if any). With
 * `after`, the database's code is fetched only once `after` settles: on a new device the app lets
 * the first-run screen's own code come first over a slow network.
 */
export function openStorage({
  after,
  ...options
}: OpenStorageOptions & { after?: Promise<unknown> } = {}): Promise<void> {
  dbName = options.name ?? DEFAULT_DB_NAME;
  const open = (async () => {
    await after?.catch(() => undefined);
    const session = await load();
    await session.openStorage(options);
    session.subscribeToStorage(dispatch);
    return session;
  })();
  opening = open;
  return open.then(() => undefined);
}

export function closeStorage(): void {
  loaded?.closeStorage();
  opening = undefined;
}

export function subscribeToStorage(listener: StorageListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Whether this device has had a vault (a note outside IndexedDB, nothing personal): known at once,
 * before the database opens, so the first screen can show the unlock form meanwhile.
 */
export function hadVault(): boolean {
  return hasVaultMarker(dbName);
}

export async function getVaultState(): Promise<VaultState> {
  return (await ready()).getVaultState();
}

/** When the vault of this device was set up (an ISO instant); undefined without a vault. */
export async function getVaultCreatedAt(): Promise<string | undefined> {
  return (await ready()).getVaultCreatedAt();
}

export async function createVault(passphrase: string): Promise<void> {
  return (await ready()).createVault(passphrase);
}

/** The user has read that the browser erased the data: the device starts again as new. */
export async function acknowledgeErasure(): Promise<void> {
  (await ready()).acknowledgeErasure();
}

/**
 * Throws WrongPassphraseError, and changes nothing but the count of failures, on a wrong passphrase;
 * UnlockThrottledError, trying nothing, while wrong passphrases in a row make it wait
 * (unlock-throttle.ts). `at` is now, given by tests.
 */
export async function unlock(passphrase: string, at: Date = new Date()): Promise<void> {
  return (await ready()).unlock(passphrase, at);
}

/**
 * Checks the vault's passphrase while unlocked, changing nothing else; counted and slowed down
 * like an unlock (WrongPassphraseError, UnlockThrottledError).
 */
export async function confirmPassphrase(passphrase: string, at: Date = new Date()): Promise<void> {
  return (await ready()).confirmPassphrase(passphrase, at);
}

/** When the next unlock may be tried, after wrong passphrases in a row; undefined: now. */
export async function getUnlockRetryAt(at: Date = new Date()): Promise<Date | undefined> {
  return (await ready()).getUnlockRetryAt(at);
}

/** Unlocks with a key made elsewhere (unit tests: a random key, without the passphrase's cost). */
export async function unlockWithKey(key: CryptoKey): Promise<void> {
  return (await ready()).unlockWithKey(key);
}

/** Drops the repositories and with them the only reference to the data key. */
export function lock(): void {
  loaded?.lock();
}

export async function changePassphrase(
  currentPassphrase: string,
  nextPassphrase: string,
): Promise<void> {
  return (await ready()).changePassphrase(currentPassphrase, nextPassphrase);
}

/** The repositories, while the vault is unlocked (the session is loaded by then). */
export function getRepositories(): Repositories {
  if (!loaded) throw new VaultLockedError();
  return loaded.getRepositories();
}

/** The device's preferences (readable while locked: nothing personal). */
export async function readSettings(): Promise<DeviceSettings> {
  return (await ready()).readSettings();
}

export async function writeSettings(patch: Partial<DeviceSettings>): Promise<DeviceSettings> {
  return (await ready()).writeSettings(patch);
}

/** Erases this app's database on this device (forgotten passphrase: the data is lost), then reopens it empty. */
export async function eraseDevice(): Promise<void> {
  const session = await ready();
  await session.eraseDevice();
  session.subscribeToStorage(dispatch);
}

/** Asks the browser to keep the data under storage pressure; reports the answer and the usage. */
export async function requestPersistence(): Promise<StorageInfo> {
  return (await load()).requestPersistence();
}

/** The whole vault, re-encrypted under a passphrase chosen for the backup, as the file's text. */
export async function exportBackup(passphrase: string): Promise<string> {
  return (await ready()).exportBackup(passphrase);
}

/**
 * Opens a backup and compares it with this device (decision 018), writing nothing: the records new
 * here, those identical, and for each that differs every differing field with both values. Throws
 * BackupUnreadableError for a damaged, foreign or wrongly-keyed file; ImportCancelledError when
 * `options.signal` aborts.
 */
export async function compareBackup(
  text: string,
  passphrase: string,
  options: ImportOptions = {},
): Promise<BackupReview> {
  return (await ready()).compareBackup(text, passphrase, options);
}

/**
 * Writes a compared backup as the person chose (every difference not chosen keeps this device's
 * value), in one transaction. Throws, with nothing written: BackupChoicesInvalidError,
 * StaleRecordError (changed here since the comparison), ImportCancelledError.
 */
export async function applyBackup(
  review: BackupReview,
  choices: BackupChoices,
  options: ImportOptions = {},
): Promise<ImportReport> {
  return (await ready()).applyBackup(review, choices, options);
}

/** Everything held about the person of one case, readable, for a subject access request. */
export async function exportCaseData(caseId: string): Promise<string> {
  return (await ready()).exportCaseData(caseId);
}

/** Whether this device is in its association's team: sync runs only then. */
export async function hasTeam(): Promise<boolean> {
  return (await ready()).hasTeam();
}

/** This device becomes the first of its association's team (a new team key, kept by the vault). */
export async function createTeam(token: string, worker: string): Promise<void> {
  return (await ready()).createTeam(token, worker);
}

/** This device asks to join: a key pair in memory, its public key and fingerprint to compare. */
export async function startJoining(): Promise<JoiningDevice> {
  return (await ready()).startJoining();
}

export async function fingerprintOfKey(publicKey: string): Promise<string> {
  return (await ready()).fingerprintOfKey(publicKey);
}

/** On a device of the team: the team key wrapped for a joining device's public key. */
export async function admitDevice(publicKey: string): Promise<Admission> {
  return (await ready()).admitDevice(publicKey);
}

/** The device's side of sync for the engine, with its token; undefined while locked or alone. */
export async function openSyncStore(
  fallbackWho: () => string | undefined,
): Promise<{ store: SyncStore; token: string; worker: string | undefined } | undefined> {
  return (await ready()).openSyncStore(fallbackWho);
}
