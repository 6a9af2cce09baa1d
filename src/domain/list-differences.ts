/**
 * Two versions of a record with no version both started from (a backup file and this device): every
 * place where they differ, for the user to choose, since nothing says which side changed. The
 * counterpart of `mergeThreeWay` when there is no base (decision 018).
 *
 * Objects are compared key by key, lists whose items all carry an `id` item by item; a value on one
 * side only (an entry, a document line) is one difference as a whole, and so is a tagged object
 * whose `type` differs (a timeline event of another kind): half of one and half of the other would
 * make no sense. Any other list, and any other value, is one value.
 */
import { isEntries, isItemList, isSameValue, type MergePath } from './merge-three-way';

export interface Difference {
  path: MergePath;
  /** This side's value (this device); `undefined` where it has none. */
  ours: unknown;
  /** The other side's value (the backup); `undefined` where it has none. */
  theirs: unknown;
}

function isRetyped(ours: Record<string, unknown>, theirs: Record<string, unknown>): boolean {
  return (
    typeof ours.type === 'string' && typeof theirs.type === 'string' && ours.type !== theirs.type
  );
}

function collect(ours: unknown, theirs: unknown, path: MergePath, found: Difference[]): void {
  if (isSameValue(ours, theirs)) return;
  if (isEntries(ours) && isEntries(theirs) && !isRetyped(ours, theirs)) {
    const keys = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
    for (const key of keys) collect(ours[key], theirs[key], [...path, key], found);
    return;
  }
  if (isItemList(ours) && isItemList(theirs)) {
    const byId = (items: typeof ours) => new Map(items.map((item) => [item.id, item]));
    const [ourItems, theirItems] = [byId(ours), byId(theirs)];
    const ids = new Set([...ourItems.keys(), ...theirItems.keys()]);
    for (const id of ids) collect(ourItems.get(id), theirItems.get(id), [...path, id], found);
    return;
  }
  found.push({ path, ours, theirs });
}

/**
 * Where `ours` and `theirs` differ, in our order then theirs. Pure. Taking `theirs` at some of the
 * paths is `settleConflicts(ours, chosen.map(({ path, theirs }) => ({ path, value: theirs })))`.
 */
export function listDifferences(ours: unknown, theirs: unknown): Difference[] {
  const found: Difference[] = [];
  collect(ours, theirs, [], found);
  return found;
}
