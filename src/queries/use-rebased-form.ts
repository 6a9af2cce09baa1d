/**
 * Keeps a form standing on the newest saved version of its record while the user types: when
 * another tab (or a sync) saves the record, the fields the user has not changed take the new
 * values, the fields the user changed keep the typing, and a field changed on both sides becomes
 * a conflict the user settles, both values shown. The same three-way merge as the save itself
 * (domain `mergeThreeWay`), so what the form shows is what a save would keep.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { isSameValue, mergeThreeWay } from '../domain';

/** A field changed here and elsewhere: `ours` is in the form, `theirs` is saved. */
export interface FieldConflict {
  path: string;
  ours: unknown;
  theirs: unknown;
}

/** The value at a dotted path ('identity.givenNames') of a form's values. */
export function readValueAt(values: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        typeof value === 'object' && value !== null
          ? (value as Record<string, unknown>)[key]
          : undefined,
      values,
    );
}

/** The leaves of `values` that differ from `reference`, by path ('identity.givenNames'). */
export function findChangedLeaves(
  values: unknown,
  reference: unknown,
  prefix = '',
): [string, unknown][] {
  if (
    typeof values === 'object' &&
    values !== null &&
    !Array.isArray(values) &&
    typeof reference === 'object' &&
    reference !== null
  ) {
    return Object.entries(values).flatMap(([key, child]) =>
      findChangedLeaves(
        child,
        (reference as Record<string, unknown>)[key],
        prefix ? `${prefix}.${key}` : key,
      ),
    );
  }
  return isSameValue(values, reference) ? [] : [[prefix, values]];
}

export interface RebasedForm<Saved> {
  /** The saved version the form's values stand on: send it with the save, as its base. */
  base: Saved;
  conflicts: readonly FieldConflict[];
  /** Settles a conflict: keep the user's value, or take the saved one. */
  choose: (path: string, side: 'ours' | 'theirs') => void;
  /** Moves the form onto a newer saved version (another tab's, or one a refused save returned). */
  rebaseOnto: (newer: Saved) => void;
  /** After the user's own save: the form stands on what was saved, nothing left to settle. */
  settle: (saved: Saved) => void;
  /** Conflicts found elsewhere (a draft typed on an older version, restored). */
  addConflicts: (found: readonly FieldConflict[]) => void;
  /**
   * After a save made while the user may still be typing (autosave): the form stands on what was
   * saved, and the values typed since stay in the fields.
   */
  markSaved: (saved: Saved) => void;
  /** The base as of now, for a save started outside a render (a flush on leaving). */
  readBase: () => Saved;
}

export function useRebasedForm<Saved extends { rev: number }, T extends FieldValues, C, O>(
  form: UseFormReturn<T, C, O>,
  saved: Saved,
  toValues: (saved: Saved) => T,
): RebasedForm<Saved> {
  const [base, setBase] = useState(saved);
  const baseRef = useRef(saved);
  const [conflicts, setConflicts] = useState<readonly FieldConflict[]>([]);
  const { getValues, reset, setValue } = form;

  const addConflicts = useCallback((found: readonly FieldConflict[]) => {
    setConflicts((previous) => [
      ...previous.filter(({ path }) => !found.some((conflict) => conflict.path === path)),
      ...found,
    ]);
  }, []);

  const rebaseOnto = useCallback(
    (newer: Saved) => {
      const before = toValues(baseRef.current);
      baseRef.current = newer;
      setBase(newer);
      const ours = getValues();
      const theirs = toValues(newer);
      const found = mergeThreeWay<unknown>(before, ours, theirs).conflicts.map(
        ({ path, ours: mine, theirs: saved }) => ({
          path: path.join('.'),
          ours: mine,
          theirs: saved,
        }),
      );
      // The saved version becomes the form's reference; the user's changes are typed back over it.
      reset(theirs);
      for (const [path, value] of findChangedLeaves(ours, before))
        if (!isSameValue(value, readValueAt(theirs, path)))
          setValue(path as FieldPath<T>, value as never, { shouldDirty: true });
      setConflicts((previous) => [
        // An earlier conflict stands while the user's value still differs from the saved one.
        ...previous.filter(
          ({ path }) =>
            !found.some((conflict) => conflict.path === path) &&
            !isSameValue(readValueAt(ours, path), readValueAt(theirs, path)),
        ),
        ...found,
      ]);
    },
    [getValues, reset, setValue, toValues],
  );

  useEffect(() => {
    if (saved.rev > baseRef.current.rev) rebaseOnto(saved);
  }, [saved, rebaseOnto]);

  return {
    base,
    conflicts,
    choose: (path, side) => {
      const conflict = conflicts.find((candidate) => candidate.path === path);
      if (!conflict) return;
      if (side === 'theirs')
        setValue(path as FieldPath<T>, conflict.theirs as never, { shouldDirty: true });
      setConflicts(conflicts.filter((candidate) => candidate !== conflict));
    },
    rebaseOnto,
    settle: (next) => {
      baseRef.current = next;
      setBase(next);
      reset(toValues(next));
      setConflicts([]);
    },
    addConflicts,
    markSaved: (next) => {
      baseRef.current = next;
      setBase(next);
      reset(toValues(next), { keepValues: true });
    },
    readBase: () => baseRef.current,
  };
}
