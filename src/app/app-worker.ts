/**
 * The app's own service worker (production build only, decision 008): registered after the app
 * has started, so it never delays the first screen. A new version, once installed, waits; the
 * update banner says so (src/app/app-update.ts) and applies it when the user agrees (and no typing
 * is left unsaved).
 */
import { Workbox } from 'workbox-window';
import { announceUpdate } from './app-update';

export function registerAppWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => {
    announceUpdate(() => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    });
  });
  void workbox.register();
}
