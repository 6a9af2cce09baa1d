/**
 * The app's own service worker (production build only, decision 008): registered after the app
 * has started, so it never delays the first screen. A new version, once installed, waits; the
 * update banner says so and applies it when the user agrees (and no typing is left unsaved).
 */
import { Workbox } from 'workbox-window';

type Listener = () => void;

let apply: (() => void) | undefined;
const listeners = new Set<Listener>();

/** Whether a new version is installed and waiting. */
export function isUpdateReady(): boolean {
  return apply !== undefined;
}

export function subscribeUpdateReady(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Activates the waiting version; the page reloads once it controls it. */
export function applyUpdate(): void {
  apply?.();
}

export function registerAppWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => {
    apply = () => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    };
    for (const listener of listeners) listener();
  });
  void workbox.register();
}
