import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { getRepositories } from '../../storage/storage';

/**
 * Keeps a form's unsaved input as a sealed draft on the device: restored when the form opens again
 * (after a lock, a reload, a crash), cleared once saved. Returns whether a draft was restored.
 */
export function useFormDraft<T extends FieldValues>(
  draftId: string,
  form: UseFormReturn<T>,
): { restored: boolean; clear: () => Promise<void> } {
  const [restored, setRestored] = useState(false);
  const loaded = useRef(false);
  const { reset, watch, formState } = form;

  useEffect(() => {
    let cancelled = false;
    void getRepositories()
      .drafts.load(draftId)
      .then((draft) => {
        if (cancelled) return;
        loaded.current = true;
        if (draft && typeof draft === 'object') {
          reset(draft as T, { keepDefaultValues: true });
          setRestored(true);
        }
      });
    return () => {
      cancelled = true;
    };
  }, [draftId, reset]);

  useEffect(() => {
    const subscription = watch((values) => {
      if (loaded.current) void getRepositories().drafts.save(draftId, values);
    });
    return () => subscription.unsubscribe();
  }, [draftId, watch]);

  return {
    restored: restored && formState.isDirty,
    clear: () => getRepositories().drafts.clear(draftId),
  };
}
