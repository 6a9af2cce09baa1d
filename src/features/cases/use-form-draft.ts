import { useEffect, useRef, useState } from 'react';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { clearDraft, loadDraft, saveDraft } from '../../queries/drafts';

/** A draft holds only the fields the user changed, by path: the rest is read fresh from the case. */
interface Draft {
  changed: Record<string, unknown>;
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

/** The leaves of `values` that differ from `defaults`, by path ('identity.givenNames'). */
function changedLeaves(values: unknown, defaults: unknown, prefix = ''): [string, unknown][] {
  if (
    typeof values === 'object' &&
    values !== null &&
    !Array.isArray(values) &&
    typeof defaults === 'object' &&
    defaults !== null
  ) {
    return Object.entries(values).flatMap(([key, child]) =>
      changedLeaves(
        child,
        (defaults as Record<string, unknown>)[key],
        prefix ? `${prefix}.${key}` : key,
      ),
    );
  }
  return JSON.stringify(values) === JSON.stringify(defaults) ? [] : [[prefix, values]];
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
): { restored: boolean; failed: boolean; clear: () => Promise<void> } {
  const [restored, setRestored] = useState(false);
  const [failed, setFailed] = useState(false);
  const loaded = useRef(false);
  const { setValue, watch, formState } = form;
  // What the form was opened with (the case as stored): the draft keeps what differs from it.
  const defaults = useRef<unknown>(formState.defaultValues);
  const openedWith = formState.defaultValues;
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
      for (const path of paths)
        setValue(path as FieldPath<T>, draft.changed[path] as never, { shouldDirty: true });
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
      const changed = Object.fromEntries(changedLeaves(values, defaults.current));
      saveDraft(draftId, { changed } satisfies Draft).then(
        () => setFailed(false),
        () => setFailed(true),
      );
    });
    return () => subscription.unsubscribe();
  }, [draftId, watch]);

  return {
    restored,
    failed,
    clear: () => {
      setRestored(false);
      return clearDraft(draftId);
    },
  };
}
