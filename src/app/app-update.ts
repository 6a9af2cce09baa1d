/**
 * A new version of the app, installed and waiting (decision 008): the update banner reads it here.
 * Apart from the worker's registration (src/app/app-worker.ts, with workbox-window), which loads
 * after the first screen.
 */
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

/** Called by the worker's registration when a new version waits: `activate` applies it. */
export function announceUpdate(activate: () => void): void {
  apply = activate;
  for (const listener of listeners) listener();
}
