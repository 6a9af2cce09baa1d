/**
 * Deleting a case, with a short undo (issue 14): a shared case goes from every colleague's device,
 * so nothing is erased at once. The case leaves the list at once and is erased when the undo's
 * time has passed; undone, it was never touched. A lock or a closed app before then leaves the
 * case as it was (the safe side).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { getRepositories } from '../storage/storage';
import { forgetCase } from './case-queries';

export const UNDO_DELETE_MS = 10_000;

export interface PendingDeletion {
  caseId: string;
  /** The case's pseudonym, shown in the undo banner (never in a title or a URL). */
  label: string;
  /** When it is erased (epoch milliseconds). */
  until: number;
  failed?: boolean;
}

let pending: readonly PendingDeletion[] = [];
const timers = new Map<string, ReturnType<typeof setTimeout>>();
const listeners = new Set<() => void>();

function publish(next: readonly PendingDeletion[]): void {
  pending = next;
  for (const listener of listeners) listener();
}

export function usePendingDeletions(): readonly PendingDeletion[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => pending,
  );
}

/** The undo: the case stays as it is. */
export function undoDeletion(caseId: string): void {
  clearTimeout(timers.get(caseId));
  timers.delete(caseId);
  publish(pending.filter((deletion) => deletion.caseId !== caseId));
}

/** Asks for a case's deletion: it is erased after `UNDO_DELETE_MS` unless undone. */
export function useScheduleDeletion(): (caseId: string, label: string) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (caseId: string, label: string) => {
      if (timers.has(caseId)) return;
      const erase = async () => {
        timers.delete(caseId);
        try {
          await getRepositories().cases.remove(caseId);
          forgetCase(queryClient, caseId);
          publish(pending.filter((deletion) => deletion.caseId !== caseId));
        } catch {
          // Locked meanwhile, or the database refused: the case is intact, and says so.
          publish(
            pending.map((deletion) =>
              deletion.caseId === caseId ? { ...deletion, failed: true } : deletion,
            ),
          );
        }
      };
      timers.set(
        caseId,
        setTimeout(() => void erase(), UNDO_DELETE_MS),
      );
      publish([...pending, { caseId, label, until: Date.now() + UNDO_DELETE_MS }]);
    },
    [queryClient],
  );
}

/** A failed deletion's message, once read. */
export function dismissDeletion(caseId: string): void {
  publish(pending.filter((deletion) => deletion.caseId !== caseId));
}
