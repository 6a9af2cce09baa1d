/**
 * Asks before leaving the page only while typing could not be kept: a form whose draft is still
 * being written (or failed to be), or a form with no draft that has unsaved changes. Once typing
 * is in a sealed draft, leaving or reloading is silent: the draft is offered back.
 */
import { useEffect, useSyncExternalStore } from 'react';

const holds = new Set<string>();
/** Forms with changes not saved yet, even if kept in a draft: an update waits for them. */
const unsaved = new Set<string>();
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function askBeforeLeaving(event: BeforeUnloadEvent): void {
  event.preventDefault();
}

/** Holds (or releases) the page for `reason`; the browser's leave prompt shows while any hold. */
export function holdLeave(reason: string, hold: boolean): void {
  const before = holds.size;
  if (hold) holds.add(reason);
  else holds.delete(reason);
  // Listening only while held keeps the page eligible for the back/forward cache otherwise.
  if (before === 0 && holds.size > 0) window.addEventListener('beforeunload', askBeforeLeaving);
  if (before > 0 && holds.size === 0) window.removeEventListener('beforeunload', askBeforeLeaving);
  if (before !== holds.size) notify();
}

/** Marks a form as having changes not saved yet (kept in a draft or not). */
export function markUnsaved(reason: string, active: boolean): void {
  const before = unsaved.size;
  if (active) unsaved.add(reason);
  else unsaved.delete(reason);
  if (before !== unsaved.size) notify();
}

/** Whether some typing is not saved yet: what an update of the app must wait for. */
export function hasUnsavedWork(): boolean {
  return holds.size > 0 || unsaved.size > 0;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useHasUnsavedWork(): boolean {
  return useSyncExternalStore(subscribe, hasUnsavedWork);
}

/** Marks the form `reason` unsaved while `active` (its draft, if any, still offered back). */
export function useUnsavedMark(reason: string, active: boolean): void {
  useEffect(() => {
    markUnsaved(reason, active);
    return () => markUnsaved(reason, false);
  }, [reason, active]);
}

/** Whether leaving now would ask (for tests and the idle lock). */
export function isLeaveHeld(): boolean {
  return holds.size > 0;
}

/** Holds the page while `active` (a form with unsaved changes it cannot keep as a draft). */
export function useLeaveGuard(reason: string, active: boolean): void {
  useEffect(() => {
    holdLeave(reason, active);
    return () => holdLeave(reason, false);
  }, [reason, active]);
}
