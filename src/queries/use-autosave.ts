/**
 * Saves a form as the user goes: a short pause after the last change, when the values are valid,
 * and at once when the form goes away (leaving the page section, locking). While a change is not
 * yet saved (or its save failed), leaving the page asks first.
 */
import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { AutosaveState } from '../ui/autosave-feedback';
import { holdLeave } from '../ui/leave-guard';

export type { AutosaveState } from '../ui/autosave-feedback';

export function useAutosave<T extends FieldValues, C, O>(
  key: string,
  form: UseFormReturn<T, C, O>,
  save: (values: O) => Promise<void>,
  delay = 500,
): AutosaveState {
  const [state, setState] = useState<AutosaveState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);
  const { watch, handleSubmit } = form;

  useEffect(() => {
    const run = () => {
      timer.current = undefined;
      void handleSubmit(
        async (values) => {
          setState('saving');
          try {
            await saveRef.current(values);
            if (timer.current === undefined) holdLeave(key, false);
            setState('saved');
          } catch {
            setState('failed');
          }
        },
        () => setState('invalid'),
      )();
    };
    const subscription = watch((_values, { name }) => {
      // A reset (the form moved onto a saved version) is not the user's change.
      if (!name) return;
      holdLeave(key, true);
      setState('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(run, delay);
    });
    return () => {
      subscription.unsubscribe();
      // Leaving with a change not yet saved: save it now.
      if (timer.current !== undefined) {
        clearTimeout(timer.current);
        run();
      }
      holdLeave(key, false);
    };
  }, [key, watch, handleSubmit, delay]);

  return state;
}
