/**
 * Asks before leaving the page only while typing could not be kept: a form whose draft is still
 * being written (or failed to be), or a form with no draft that has unsaved changes. Once typing
 * is in a sealed draft, leaving or reloading is silent: the draft is offered back.
 */
import { useEffect } from 'react';

const holds = new Set<string>();

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
