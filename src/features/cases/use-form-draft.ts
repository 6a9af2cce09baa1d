import { useEffect, useRef, useState } from 'react';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { clearDraft, loadDraft, saveDraft } from '../../queries/drafts';
import { findChangedLeaves, readValueAt, type FieldConflict } from '../../queries/use-rebased-form';
import { isSameValue } from '../../domain';
import { holdLeave } from '../../ui/leave-guard';

/**
 * A draft holds only the fields the user changed, by path, and what each held when the typing
 * began: the rest is read fresh from the case, and a field saved elsewhere since is a conflict.
 */
interface Draft {
  changed: Record<string, unknown>;
  was?: Record<string, unknown>;
}

function isDraft(value: unknown): value is Draft {
  return (
    typeof value === 'object' &&
    value !== null &&
    'changed' in value &&
    typeof value.changed === 'object' &&
    value.changed !== null
  );
}

/**
 * Keeps a form's unsaved input as a sealed draft on the device, for this tab only: restored when
 * the form opens again in this tab (after a lock, a reload, a crash), cleared once saved. The draft
 * holds only the fields the user changed, so what another tab saved meanwhile still shows.
 * Returns whether a draft was restored, and whether keeping the typing failed.
 */
export function useFormDraft<T extends FieldValues, Context, Output>(
  draftId: string,
  form: UseFormReturn<T, Context, Output>,
  onConflicts?: (found: readonly FieldConflict[]) => void,
): { restored: boolean; failed: boolean; clear: () => Promise<void> } {
  const [restored, setRestored] = useState(false);
  const [failed, setFailed] = useState(false);
  const loaded = useRef(false);
  const writing = useRef(0);
  const { setValue, watch, formState } = form;
  // What the form was opened with (the case as stored): the draft keeps what differs from it.
  const defaults = useRef<unknown>(formState.defaultValues);
  const openedWith = formState.defaultValues;
  const onConflictsRef = useRef(onConflicts);
  useEffect(() => {
    onConflictsRef.current = onConflicts;
  }, [onConflicts]);
  useEffect(() => {
    defaults.current = openedWith;
  }, [openedWith]);

  useEffect(() => {
    let cancelled = false;
    void loadDraft(draftId).then((draft) => {
      if (cancelled) return;
      loaded.current = true;
      if (!isDraft(draft)) return;
      const paths = Object.keys(draft.changed);
      const conflicts: FieldConflict[] = [];
      for (const path of paths) {
        const ours = draft.changed[path];
        const saved = readValueAt(defaults.current, path);
        // Saved elsewhere since the typing began, differently: the user chooses, both shown.
        if (draft.was && !isSameValue(draft.was[path], saved) && !isSameValue(ours, saved))
          conflicts.push({ path, ours, theirs: saved });
        setValue(path as FieldPath<T>, ours as never, { shouldDirty: true });
      }
      if (conflicts.length > 0) onConflictsRef.current?.(conflicts);
      if (paths.length > 0) setRestored(true);
    });
    return () => {
      cancelled = true;
    };
  }, [draftId, setValue]);

  useEffect(() => {
    const subscription = watch((values, { name }) => {
      // A reset (after a save) has no field name: it is not the user's typing.
      if (!loaded.current || !name) return;
      const changes = findChangedLeaves(values, defaults.current);
      const changed = Object.fromEntries(changes);
      const was = Object.fromEntries(
        changes.map(([path]) => [path, readValueAt(defaults.current, path)]),
      );
      // Until the draft is written, leaving the page would lose the typing: the browser asks.
      writing.current += 1;
      holdLeave(draftId, true);
      saveDraft(draftId, { changed, was } satisfies Draft).then(
        () => {
          writing.current -= 1;
          if (writing.current === 0) holdLeave(draftId, false);
          setFailed(false);
        },
        () => {
          // Not kept: the hold stays, so leaving asks first.
          writing.current -= 1;
          setFailed(true);
        },
      );
    });
    return () => {
      subscription.unsubscribe();
      holdLeave(draftId, false);
    };
  }, [draftId, watch]);

  return {
    restored,
    failed,
    clear: () => {
      setRestored(false);
      setFailed(false);
      holdLeave(draftId, false);
      return clearDraft(draftId);
    },
  };
}
