/**
 * The storage session of this tab: the database is opened at start; the repositories exist only
 * while the vault is unlocked, and the data key only in memory. Reached through storage.ts, which
 * loads this module (and Dexie) once the first screen is up.
 */
import Dexie from 'dexie';
import { readAnnouncement, watchCommitted, type ChangedRecord } from './change-feed';
import { DEFAULT_DB_NAME, PasserelleDb } from './db';
import { VaultLockedError } from './errors';
import { createEncryptedCodec, type RecordCodec } from './record-codec';
import type { BackupChoices, BackupReview, ImportOptions, ImportReport } from './backup';
import type { Admission } from './crypto/team-key';
import type { SyncStore } from './sync-store';
import type { Repositories } from './repositories';
import type { DeviceSettings, SettingsRepository } from './settings-repository';
import {
  changeVaultPassphrase,
  hasVault,
  readVaultCreatedAt,
  refuseWeakPassphrase,
  setUpVault,
  unlockVault,
} from './vault';
import { clearVaultMarker, hasVaultMarker, writeVaultMarker } from './vault-marker';
import { readUnlockRetryAt, throttleUnlock } from './unlock-throttle';

/** 'erased': this device had a vault, and its database is gone (the browser evicted it). */
export type VaultState = 'absent' | 'erased' | 'locked' | 'unlocked';

interface Session {
  db: PasserelleDb;
  /** Made when first read (its schema loads then: the unlock screen does not need it). */
  settings?: Promise<SettingsRepository>;
  repositories?: Repositories;
  codec?: RecordCodec;
  stopWatching?: () => void;
  listeners: Set<StorageListener>;
  /** Reads and writes under way: a newer version's upgrade waits for them (flush, then close). */
  inFlight: Set<Promise<unknown>>;
}

export type StorageEvent =
  /**
   * Committed writes, named by record (ids and revisions, no content), from this tab or another
   * one; `fromThisTab` tells which.
   */
  | { type: 'changed'; records: readonly ChangedRecord[]; fromThisTab: boolean }
  /** A newer version of the app opened the database in another tab: this one must reload. */
  | { type: 'version-change' }
  | { type: 'locked' };
export type StorageListener = (event: StorageEvent) => void;

let session: Session | undefined;

export interface OpenStorageOptions {
  name?: string;
}

const now = () => new Date().toISOString();

export async function openStorage({
  name = DEFAULT_DB_NAME,
}: OpenStorageOptions = {}): Promise<void> {
  closeStorage();
  const db = new PasserelleDb(name);
  const listeners = new Set<StorageListener>();
  const inFlight = new Set<Promise<unknown>>();
  db.on('versionchange', () => {
    // Let the newer version upgrade: tell the UI first (it stops taking input and offers a reload),
    // let the writes under way (the last keystrokes' drafts) finish, then close.
    for (const listener of listeners) listener({ type: 'version-change' });
    void (async () => {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      db.close();
    })();
    return false;
  });
  await db.open();
  session = { db, listeners, inFlight };
  // Every committed write is announced by record, here and (ids and revisions only, never content)
  // to this app's other tabs, which refresh the same records.
  const emit = (records: readonly ChangedRecord[], fromThisTab: boolean) => {
    for (const listener of listeners) listener({ type: 'changed', records, fromThisTab });
  };
  const channel =
    typeof BroadcastChannel === 'undefined'
      ? undefined
      : new BroadcastChannel(`passerelle-changes:${name}`);
  const onMessage = (message: MessageEvent) => {
    const records = readAnnouncement(message.data);
    if (records.length > 0) emit(records, false);
  };
  channel?.addEventListener('message', onMessage);
  const stopCommits = watchCommitted(db, (records) => {
    emit(records, true);
    channel?.postMessage(records);
  });
  session.stopWatching = () => {
    stopCommits();
    channel?.removeEventListener('message', onMessage);
    channel?.close();
  };
}

function requireSession(): Session {
  if (!session) throw new Error('Storage is not open');
  return session;
}

export async function getVaultState(): Promise<VaultState> {
  const current = requireSession();
  if (current.repositories) return 'unlocked';
  if (await hasVault(current.db)) return 'locked';
  return hasVaultMarker(current.db.name) ? 'erased' : 'absent';
}

async function startUnlocked(current: Session, key: CryptoKey): Promise<void> {
  const codec = createEncryptedCodec(key);
  // The repositories (and the domain's schemas they check) load with the first unlock, not before
  // the first screen.
  const [{ createRepositories }, { sealLegacyRows }] = await Promise.all([
    import('./repositories'),
    import('./legacy-rows'),
  ]);
  await sealLegacyRows(current.db, codec);
  current.codec = codec;
  current.repositories = trackCalls(createRepositories(current.db, codec), current.inFlight);
}

/** The same repositories, each call's promise held in `inFlight` until it settles. */
function trackCalls(repositories: Repositories, inFlight: Set<Promise<unknown>>): Repositories {
  const track = <R extends object>(repository: R): R =>
    Object.fromEntries(
      Object.entries(repository).map(([name, method]: [string, unknown]) => [
        name,
        typeof method === 'function'
          ? (...args: unknown[]) => {
              const result: unknown = Reflect.apply(
                method as (...a: unknown[]) => unknown,
                repository,
                args,
              );
              if (!(result instanceof Promise)) return result;
              inFlight.add(result);
              const forget = () => inFlight.delete(result);
              result.then(forget, forget);
              return result;
            }
          : method,
      ]),
    ) as R;
  return {
    cases: track(repositories.cases),
    attachments: track(repositories.attachments),
    interviews: track(repositories.interviews),
    drafts: track(repositories.drafts),
  };
}

/** When the vault of this device was set up (an ISO instant); undefined without a vault. */
export function getVaultCreatedAt(): Promise<string | undefined> {
  return readVaultCreatedAt(requireSession().db);
}

export async function createVault(passphrase: string): Promise<void> {
  const current = requireSession();
  const at = now();
  await startUnlocked(current, await setUpVault(current.db, passphrase, at));
  writeVaultMarker(current.db.name, at);
  // Ask the browser to keep the data under storage pressure from the first day.
  void requestPersistence();
}

/** The user has read that the browser erased the data: the device starts again as new. */
export function acknowledgeErasure(): void {
  clearVaultMarker(requireSession().db.name);
}

/**
 * Throws WrongPassphraseError, and changes nothing but the count of failures, on a wrong passphrase;
 * UnlockThrottledError, trying nothing, while wrong passphrases in a row make it wait
 * (unlock-throttle.ts). `at` is now, given by tests.
 */
export async function unlock(passphrase: string, at: Date = new Date()): Promise<void> {
  const current = requireSession();
  const key = await throttleUnlock(current.db, at, () =>
    unlockVault(current.db, passphrase, at.toISOString()),
  );
  await startUnlocked(current, key);
}

/**
 * Checks the vault's passphrase while unlocked, changing nothing else (leaving the interview's
 * "show to the person" mode). Under the same slowdown as the unlock: the person holding the device
 * guesses no faster there. Throws WrongPassphraseError or UnlockThrottledError as `unlock` does.
 */
export async function confirmPassphrase(passphrase: string, at: Date = new Date()): Promise<void> {
  const current = requireSession();
  await throttleUnlock(current.db, at, () => unlockVault(current.db, passphrase, at.toISOString()));
}

/** When the next unlock may be tried, after wrong passphrases in a row; undefined: now. */
export function getUnlockRetryAt(at: Date = new Date()): Promise<Date | undefined> {
  return readUnlockRetryAt(requireSession().db, at);
}

/** Unlocks with a key made elsewhere (unit tests: a random key, without the passphrase's cost). */
export async function unlockWithKey(key: CryptoKey): Promise<void> {
  await startUnlocked(requireSession(), key);
}

/** Drops the repositories and with them the only reference to the data key. */
export function lock(): void {
  const current = session;
  if (!current?.repositories) return;
  current.repositories = undefined;
  current.codec = undefined;
  for (const listener of current.listeners) listener({ type: 'locked' });
}

export async function changePassphrase(
  currentPassphrase: string,
  nextPassphrase: string,
): Promise<void> {
  await changeVaultPassphrase(requireSession().db, currentPassphrase, nextPassphrase, now());
}

export function getRepositories(): Repositories {
  const repositories = requireSession().repositories;
  if (!repositories) throw new VaultLockedError();
  return repositories;
}

function settingsOf(current: Session): Promise<SettingsRepository> {
  current.settings ??= import('./settings-repository').then(({ createSettingsRepository }) =>
    createSettingsRepository(current.db),
  );
  return current.settings;
}

/** The device's preferences (readable while locked: nothing personal). */
export async function readSettings(): Promise<DeviceSettings> {
  return (await settingsOf(requireSession())).read();
}

export async function writeSettings(patch: Partial<DeviceSettings>): Promise<DeviceSettings> {
  return (await settingsOf(requireSession())).write(patch);
}

export function subscribeToStorage(listener: StorageListener): () => void {
  const current = requireSession();
  current.listeners.add(listener);
  return () => current.listeners.delete(listener);
}

export function closeStorage(): void {
  session?.stopWatching?.();
  session?.db.close();
  session = undefined;
}

/** Erases this app's database on this device (forgotten passphrase: the data is lost), then reopens it empty. */
export async function eraseDevice(): Promise<void> {
  const name = requireSession().db.name;
  closeStorage();
  await Dexie.delete(name);
  clearVaultMarker(name);
  await openStorage({ name });
}

export interface StorageInfo {
  persisted: boolean | undefined;
  usage: number | undefined;
  quota: number | undefined;
}

/** Asks the browser to keep the data under storage pressure; reports the answer and the usage. */
export async function requestPersistence(): Promise<StorageInfo> {
  const manager = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!manager) return { persisted: undefined, usage: undefined, quota: undefined };
  const persisted = (await manager.persisted?.()) || (await manager.persist?.());
  const estimate = await manager.estimate?.();
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}

function requireUnlocked(): Required<Pick<Session, 'repositories' | 'codec'>> & Session {
  const current = requireSession();
  if (!current.repositories || !current.codec) throw new VaultLockedError();
  return current as Required<Pick<Session, 'repositories' | 'codec'>> & Session;
}

/** The whole vault, re-encrypted under a passphrase chosen for the backup, as the file's text. */
export async function exportBackup(passphrase: string): Promise<string> {
  const current = requireUnlocked();
  // The file may end up on a shared drive: its passphrase meets the vault's own policy.
  await refuseWeakPassphrase(passphrase);
  const at = now();
  const { collectBackupContent, sealBackup } = await import('./backup');
  const text = await sealBackup(
    await collectBackupContent(current.db, current.repositories),
    passphrase,
    at,
  );
  await current.db.audit.add({ id: `backup-${at}`, at, action: 'backup.export' });
  return text;
}

/**
 * Opens a backup and compares it with this device, writing nothing. Throws BackupUnreadableError
 * for a damaged, foreign or wrongly-keyed file; ImportCancelledError when `options.signal` aborts.
 */
export async function compareBackup(
  text: string,
  passphrase: string,
  options: ImportOptions = {},
): Promise<BackupReview> {
  const current = requireUnlocked();
  const backup = await import('./backup');
  const content = await backup.openBackup(text, passphrase, options);
  return backup.compareBackup(current.db, current.codec, content, options);
}

/**
 * Writes a compared backup as the person chose, in one transaction. Throws, with nothing written:
 * BackupChoicesInvalidError (a case the choices would make invalid), StaleRecordError (a record
 * changed on this device since the comparison), ImportCancelledError (aborted before the write).
 */
export async function applyBackup(
  review: BackupReview,
  choices: BackupChoices,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const current = requireUnlocked();
  const backup = await import('./backup');
  return backup.applyBackup(current.db, current.codec, review, choices, now(), options);
}

/** Everything held about the person of one case, readable, for a subject access request. */
export async function exportCaseData(caseId: string): Promise<string> {
  const current = requireUnlocked();
  const at = now();
  const { collectSubjectData } = await import('./subject-access');
  const data = await collectSubjectData(current.repositories, caseId, at);
  await current.db.audit.add({
    id: `export-${caseId}-${at}`,
    at,
    action: 'case.export',
    entityId: caseId,
    caseId,
  });
  return JSON.stringify(data, null, 2);
}

/** Where this device keeps its team: the team key's bytes and its token, sealed with the vault. */
const TEAM = 'team';
const teamAddress = { table: 'sync-team', id: TEAM, version: 1 };

interface TeamRecord {
  /** The team key's raw bytes, base64. */
  key: string;
  /** The token the association's server gave this device. */
  token: string;
  /** The worker's name as colleagues see it beside each version this device makes. */
  worker?: string;
}

/** Whether this device is in a team (its key kept): sync runs only then. */
export async function hasTeam(): Promise<boolean> {
  return (await requireSession().db.syncState.get(TEAM)) !== undefined;
}

async function keepTeam(teamKey: CryptoKey, token: string, worker: string): Promise<void> {
  const current = requireUnlocked();
  const [{ teamKeyBytes }, { bytesToBase64 }] = await Promise.all([
    import('./crypto/team-key'),
    import('./base64'),
  ]);
  const bytes = await teamKeyBytes(teamKey);
  const record: TeamRecord = { key: bytesToBase64(bytes), token, worker };
  bytes.fill(0);
  const value = await current.codec.seal(teamAddress, record);
  await current.db.syncState.put({ key: TEAM, value });
}

async function readTeam(): Promise<{ team: TeamRecord; teamKey: CryptoKey } | undefined> {
  const current = session;
  if (!current?.codec) return undefined;
  const row = await current.db.syncState.get(TEAM);
  if (!row) return undefined;
  const [{ importTeamKey }, { base64ToBytes }] = await Promise.all([
    import('./crypto/team-key'),
    import('./base64'),
  ]);
  const team = (await current.codec.open(teamAddress, row.value)) as TeamRecord;
  const bytes = base64ToBytes(team.key);
  const teamKey = await importTeamKey(bytes);
  bytes.fill(0);
  return { team, teamKey };
}

/**
 * This device becomes the first of its association's team: a new team key, kept sealed by the
 * vault, with the token the server gave it.
 */
export async function createTeam(token: string, worker: string): Promise<void> {
  const { makeTeamKey } = await import('./crypto/team-key');
  await keepTeam(await makeTeamKey(), token, worker);
}

/**
 * A device that asks to join: its key pair lives in memory only (the private key cannot be
 * exported); `finish` opens the admission a colleague's device made for it and keeps the team.
 */
export interface JoiningDevice {
  publicKey: string;
  fingerprint: string;
  finish(admission: Admission, token: string, worker: string): Promise<void>;
}

export async function startJoining(): Promise<JoiningDevice> {
  const [teamKeys, { bytesToBase64 }] = await Promise.all([
    import('./crypto/team-key'),
    import('./base64'),
  ]);
  const pair = await teamKeys.makeJoiningKeyPair();
  const raw = await teamKeys.publicKeyBytes(pair.publicKey);
  return {
    publicKey: bytesToBase64(raw),
    fingerprint: await teamKeys.fingerprintOf(raw),
    finish: async (admission, token, worker) =>
      keepTeam(await teamKeys.acceptAdmission(pair, admission), token, worker),
  };
}

/** The short fingerprint of a joining device's public key (base64), as its own screen shows it. */
export async function fingerprintOfKey(publicKey: string): Promise<string> {
  const [{ fingerprintOf }, { base64ToBytes }] = await Promise.all([
    import('./crypto/team-key'),
    import('./base64'),
  ]);
  return fingerprintOf(base64ToBytes(publicKey));
}

/** On a device of the team: the team key wrapped for a joining device's public key (base64). */
export async function admitDevice(publicKey: string): Promise<Admission> {
  const opened = await readTeam();
  if (!opened) throw new Error('This device is not in a team');
  const [{ admit }, { base64ToBytes }] = await Promise.all([
    import('./crypto/team-key'),
    import('./base64'),
  ]);
  return admit(opened.teamKey, base64ToBytes(publicKey));
}

/** The device's side of sync, for the engine; undefined while locked or outside a team. */
export async function openSyncStore(
  /** The worker's name where the team was kept without one (before names were asked). */
  fallbackWho: () => string | undefined,
): Promise<{ store: SyncStore; token: string; worker: string | undefined } | undefined> {
  const current = session;
  const opened = await readTeam();
  if (!current?.codec || !opened) return undefined;
  const { createSyncStore } = await import('./sync-store');
  const { team, teamKey } = opened;
  return {
    store: createSyncStore(current.db, current.codec, teamKey, {
      now,
      who: () => team.worker ?? fallbackWho(),
    }),
    token: team.token,
    worker: team.worker,
  };
}
