/**
 * App-wide alerts about the device's storage: it is full, or a newer version of the app opened the
 * database in another tab. Kept outside React so the query cache and the storage session can raise them.
 */
import { useSyncExternalStore } from 'react';

export interface StorageAlerts {
  full: boolean;
  newerVersion: boolean;
}

let alerts: StorageAlerts = { full: false, newerVersion: false };
const listeners = new Set<() => void>();

export function raiseStorageAlert(kind: keyof StorageAlerts): void {
  if (alerts[kind]) return;
  alerts = { ...alerts, [kind]: true };
  for (const listener of listeners) listener();
}

export function dismissStorageAlert(kind: keyof StorageAlerts): void {
  alerts = { ...alerts, [kind]: false };
  for (const listener of listeners) listener();
}

export function useStorageAlerts(): StorageAlerts {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => alerts,
  );
}
