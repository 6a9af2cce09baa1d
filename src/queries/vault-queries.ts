/**
 * The vault (set up, unlocked, locked, erased) and the device (preferences, storage persistence,
 * backups): read as query options, changed through named hooks. Locking empties the cache of
 * everything decrypted; the storage bridge does it whatever caused the lock.
 */
import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  acknowledgeErasure,
  applyBackup,
  changePassphrase,
  compareBackup,
  confirmPassphrase,
  createVault,
  eraseDevice,
  exportBackup,
  getUnlockRetryAt,
  getVaultCreatedAt,
  getVaultState,
  hadVault,
  lock,
  readSettings,
  requestPersistence,
  unlock,
  writeSettings,
  type BackupChoices,
  type BackupReview,
  type DeviceSettings,
  type ImportOptions,
  type VaultState,
} from '../storage/storage';
import { queryKeys, isKeptWhileLocked } from './query-keys';
import { caseQueries } from './case-queries';

export const vaultQueries = {
  state: () =>
    queryOptions({
      queryKey: queryKeys.vault.state(),
      queryFn: getVaultState,
      networkMode: 'always',
      staleTime: Infinity,
    }),
  /** When the vault was set up on this device (an ISO instant), null without a vault. */
  createdAt: () =>
    queryOptions({
      queryKey: queryKeys.vault.createdAt(),
      queryFn: async () => (await getVaultCreatedAt()) ?? null,
      networkMode: 'always',
      staleTime: Infinity,
    }),
  /** When the next unlock may be tried (epoch ms), after wrong passphrases in a row; null: now. */
  unlockRetryAt: () =>
    queryOptions({
      queryKey: queryKeys.vault.unlockRetryAt(),
      queryFn: async () => (await getUnlockRetryAt())?.getTime() ?? null,
      networkMode: 'always',
    }),
};

/**
 * The vault's state as far as it is known before the database opens: 'locked' where this device
 * has had a vault (a note outside IndexedDB), 'absent' otherwise. The query's answer replaces it.
 */
export function expectedVaultState(): 'locked' | 'absent' {
  return hadVault() ? 'locked' : 'absent';
}

export const deviceQueries = {
  settings: () =>
    queryOptions({
      queryKey: queryKeys.device.settings(),
      queryFn: readSettings,
      networkMode: 'always',
      staleTime: Infinity,
    }),
  /** Asks the browser to keep the data, and reads the usage: refreshed whenever it is shown. */
  storage: () =>
    queryOptions({
      queryKey: queryKeys.device.storage(),
      queryFn: requestPersistence,
      networkMode: 'always',
    }),
};

/** Records the vault's new state; leaving "unlocked" drops every decrypted record from the cache. */
export function moveVaultTo(queryClient: QueryClient, state: VaultState): void {
  queryClient.setQueryData(vaultQueries.state().queryKey, state);
  // The list's first screenful is read before anything asks for every case (they wait for it).
  if (state === 'unlocked') void queryClient.prefetchQuery(caseQueries.firstScreen());
  if (state !== 'unlocked')
    queryClient.removeQueries({ predicate: (query) => !isKeptWhileLocked(query.queryKey) });
}

function useVaultAction<Input>(action: (input: Input) => Promise<void>, next: VaultState) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    networkMode: 'always',
    onSuccess: () => moveVaultTo(queryClient, next),
  });
}

/** First run: the passphrase that will guard every case file. */
export function useCreateVault() {
  return useVaultAction((passphrase: string) => createVault(passphrase), 'unlocked');
}

/**
 * Fails with WrongPassphraseError (nothing changed) on a wrong passphrase, and UnlockThrottledError
 * (nothing tried) while wrong passphrases in a row make it wait; the wait is read again after each.
 */
export function useUnlockVault() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (passphrase: string) => unlock(passphrase),
    networkMode: 'always',
    onSuccess: () => moveVaultTo(queryClient, 'unlocked'),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: vaultQueries.unlockRetryAt().queryKey }),
  });
}

/**
 * Checks the passphrase while unlocked (leaving the interview's person mode): fails like an unlock,
 * with WrongPassphraseError or UnlockThrottledError, and changes nothing else.
 */
export function useConfirmPassphrase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (passphrase: string) => confirmPassphrase(passphrase),
    networkMode: 'always',
    // The passphrase is the mutation's variable: not kept in the cache once the form is gone.
    gcTime: 0,
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: vaultQueries.unlockRetryAt().queryKey }),
  });
}

/** Forgotten passphrase: everything on this device is erased, and the app starts as new. */
export function useEraseDevice() {
  return useVaultAction(() => eraseDevice(), 'absent');
}

/** The browser erased the data: the user has read it, and the device starts again as new. */
export function useAcknowledgeErasure() {
  return useVaultAction(acknowledgeErasure, 'absent');
}

/** Reads the vault's state again (another tab may have set it up meanwhile). */
export function useRefreshVaultState() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: vaultQueries.state().queryKey });
}

/** Locks now: the storage session forgets the key and the bridge empties the cache. */
export function lockVault(): void {
  lock();
}

export function useChangePassphrase() {
  return useMutation({
    mutationFn: ({ current, next }: { current: string; next: string }) =>
      changePassphrase(current, next),
    networkMode: 'always',
  });
}

export function useUpdateDeviceSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<DeviceSettings>) => writeSettings(patch),
    networkMode: 'always',
    onSuccess: (settings) => queryClient.setQueryData(deviceQueries.settings().queryKey, settings),
  });
}

/** The whole vault, re-encrypted under a passphrase chosen for the backup, as the file's text. */
export function useExportBackup() {
  return useMutation({ mutationFn: exportBackup, networkMode: 'always' });
}

/**
 * Notes on the device when its last backup file was produced: call it once the download has
 * started, so a failed export never counts as a backup.
 */
export function useRecordBackupMade() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => writeSettings({ lastBackupAt: new Date().toISOString() }),
    networkMode: 'always',
    onSuccess: (settings) => queryClient.setQueryData(deviceQueries.settings().queryKey, settings),
  });
}

/**
 * Opens a backup and compares it with this device, writing nothing (decision 018). Fails with
 * BackupUnreadableError for a damaged or foreign file, and with ImportCancelledError when `signal`
 * aborts.
 */
export function useCompareBackup() {
  return useMutation({
    mutationFn: ({
      text,
      passphrase,
      ...options
    }: { text: string; passphrase: string } & ImportOptions) =>
      compareBackup(text, passphrase, options),
    networkMode: 'always',
  });
}

/**
 * Writes a compared backup as the person chose, in one transaction. Fails, nothing written, with
 * BackupChoicesInvalidError, StaleRecordError (changed here since the comparison) or
 * ImportCancelledError.
 */
export function useApplyBackup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      review,
      choices,
      ...options
    }: { review: BackupReview; choices: BackupChoices } & ImportOptions) =>
      applyBackup(review, choices, options),
    networkMode: 'always',
    // An import may touch any number of cases: read them again once, rather than one by one.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.cases.all() }),
  });
}
