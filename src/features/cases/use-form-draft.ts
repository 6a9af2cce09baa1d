import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { clearDraft, loadDraft, saveDraft } from '../../queries/drafts';

/**
 * Keeps a form's unsaved input as a sealed draft on the device: restored when the form opens again
 * (after a lock, a reload, a crash), cleared once saved. Returns whether a draft was restored.
 */
export function useFormDraft<T extends FieldValues, Context, Output>(
  draftId: string,
  form: UseFormReturn<T, Context, Output>,
): { restored: boolean; clear: () => Promise<void> } {
  const [restored, setRestored] = useState(false);
  const loaded = useRef(false);
  const { reset, watch, formState } = form;

  useEffect(() => {
    let cancelled = false;
    void loadDraft(draftId).then((draft) => {
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
      if (loaded.current) void saveDraft(draftId, values);
    });
    return () => subscription.unsubscribe();
  }, [draftId, watch]);

  return {
    restored: restored && formState.isDirty,
    clear: () => clearDraft(draftId),
  };
}
